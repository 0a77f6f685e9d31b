#include "incidents/Catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hms", text);
}

TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString joinedIds(const QStringList &ids)
{
    return ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", "));
}
} // namespace

Catalog::Catalog(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

std::vector<RuleParseError> Catalog::installRules(const QByteArray &yaml, const QString &fileName,
                                                  std::vector<Rule> *installed)
{
    RuleParseResult parsed = parseRules(yaml, fileName);
    if (!parsed.ok())
        return parsed.errors;

    QStringList rotationIds;
    for (const Rotation &r : rotations())
        rotationIds << r.id;
    QStringList playbookIds;
    for (const Playbook &p : playbooks())
        playbookIds << p.id;
    QStringList policyIds;
    for (const EscalationPolicy &p : escalationPolicies())
        policyIds << p.id;
    std::vector<RuleParseError> errors;
    QStringList sloRules;
    for (const Slo &slo : slos())
        for (const Rule &rule : slo.alertRules())
            sloRules << rule.name;
    for (const Rule &rule : parsed.rules) {
        if (sloRules.contains(rule.name))
            errors.push_back({fileName, rule.sourceLine, 1,
                              tr("rule %1: the name is taken by an SLO's generated alert; choose another").arg(rule.name)});
        if (!rule.escalation.isEmpty() && !policyIds.contains(rule.escalation))
            errors.push_back({fileName, rule.sourceLine, 1,
                              tr("rule %1: escalation: unknown escalation policy \"%2\" (known: %3); create it first "
                                 "with `opsctl escalation create FILE`")
                                  .arg(rule.name, rule.escalation, joinedIds(policyIds))});
        if (!rule.notify.isEmpty() && !rotationIds.contains(rule.notify))
            errors.push_back({fileName, rule.sourceLine, 1,
                              tr("rule %1: notify: unknown rotation \"%2\" (known: %3); create it first with "
                                 "`opsctl rotation create FILE`")
                                  .arg(rule.name, rule.notify, joinedIds(rotationIds))});
        if (!rule.playbook.isEmpty() && !playbookIds.contains(rule.playbook))
            errors.push_back({fileName, rule.sourceLine, 1,
                              tr("rule %1: playbook: unknown playbook \"%2\" (known: %3); import it first with "
                                 "`opsctl playbook import FILE.md`")
                                  .arg(rule.name, rule.playbook, joinedIds(playbookIds))});
    }
    if (!errors.empty())
        return errors;

    if (!m_db.transaction())
        return {{fileName, 0, 0, m_db.lastError().text()}};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO rules(name, file, source, installed_at) VALUES(?, ?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET file = excluded.file, source = excluded.source, "
                             "installed_at = excluded.installed_at"));
    for (const Rule &rule : parsed.rules) {
        q.addBindValue(rule.name);
        q.addBindValue(fileName);
        q.addBindValue(QString::fromUtf8(yaml));
        q.addBindValue(nowMs());
        if (!q.exec()) {
            const QString error = q.lastError().text();
            m_db.rollback();
            return {{fileName, 0, 0, error}};
        }
    }
    if (!m_db.commit())
        return {{fileName, 0, 0, m_db.lastError().text()}};
    if (installed)
        *installed = parsed.rules;
    Q_EMIT rulesChanged(std::make_shared<const std::vector<Rule>>(rules()));
    return {};
}

bool Catalog::deleteRule(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM rules WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || q.numRowsAffected() == 0)
        return false;
    Q_EMIT rulesChanged(std::make_shared<const std::vector<Rule>>(rules()));
    return true;
}

std::vector<Rule> Catalog::rules() const
{
    std::vector<Rule> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT name, file, source FROM rules ORDER BY name"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        // The stored source was valid when installed and the parser is deterministic.
        const RuleParseResult parsed = parseRules(q.value(2).toString().toUtf8(), q.value(1).toString());
        for (const Rule &rule : parsed.rules)
            if (rule.name == name)
                out.push_back(rule);
    }
    for (const Slo &slo : slos())
        for (Rule &rule : slo.alertRules())
            out.push_back(std::move(rule));
    return out;
}

std::pair<QByteArray, QString> Catalog::ruleSource(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT source, file FROM rules WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString().toUtf8(), q.value(1).toString()};
}

std::pair<QByteArray, QString> Catalog::sloSource(const QString &id) const
{
    const auto found = sources(QStringLiteral("slos"), id);
    return found.empty() ? std::pair<QByteArray, QString>{} : found.front();
}

QString Catalog::importPlaybook(const QString &markdown, const QString &fileName, QString *id)
{
    const PlaybookParseResult parsed = parsePlaybook(markdown, fileName);
    if (!parsed.error.isEmpty())
        return parsed.error;
    if (id)
        *id = parsed.playbook.id;
    const auto current = playbook(parsed.playbook.id);
    if (current && current->markdown == parsed.playbook.markdown)
        return {}; // the same text again: no new version
    if (!m_db.transaction())
        return m_db.lastError().text();
    int version = 0;
    QString error;
    if (!appendPlaybookVersion(parsed.playbook, fileName, tr("import: %1").arg(fileName), &version, &error)
        || !m_db.commit()) {
        m_db.rollback();
        return error.isEmpty() ? m_db.lastError().text() : error;
    }
    Q_EMIT playbookSaved(parsed.playbook.id, version);
    return {};
}

bool Catalog::appendPlaybookVersion(const Playbook &pb, const QString &fileName, const QString &by, int *version,
                                    QString *error)
{
    const TimestampMs now = nowMs();
    *version = latestPlaybookVersion(pb.id) + 1;
    QSqlQuery v(m_db);
    v.prepare(QStringLiteral("INSERT INTO playbook_versions(id, version, markdown, saved_at, saved_by) VALUES(?, ?, ?, ?, ?)"));
    v.addBindValue(pb.id);
    v.addBindValue(*version);
    v.addBindValue(pb.markdown);
    v.addBindValue(now);
    v.addBindValue(by.isEmpty() ? QStringLiteral("?") : by);
    if (!v.exec()) {
        *error = v.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO playbooks(id, title, markdown, file, updated_at) VALUES(?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET title = excluded.title, markdown = excluded.markdown, "
                             "file = excluded.file, updated_at = excluded.updated_at"));
    q.addBindValue(pb.id);
    q.addBindValue(pb.title);
    q.addBindValue(pb.markdown);
    q.addBindValue(fileName.isEmpty() ? pb.id + QStringLiteral(".md") : fileName);
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

int Catalog::latestPlaybookVersion(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM playbook_versions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

PlaybookSave Catalog::savePlaybook(const QString &id, const QString &markdown, int baseVersion, const QString &by)
{
    PlaybookSave result;
    const PlaybookParseResult parsed = parsePlaybook(markdown, id + QStringLiteral(".md"));
    if (!parsed.error.isEmpty()) {
        result.error = parsed.error;
        return result;
    }
    if (parsed.playbook.id != id) {
        result.error = tr("the heading names playbook \"%1\", but this is playbook \"%2\"; keep \"# Playbook: %2\"")
                           .arg(parsed.playbook.id, id);
        return result;
    }
    if (!m_db.transaction()) {
        result.error = m_db.lastError().text();
        return result;
    }
    // Checked and appended in one transaction on the one connection: no save slips in between,
    // and the (id, version) key refuses a second writer of the same version in any case.
    const int latest = latestPlaybookVersion(id);
    if (latest != baseVersion) {
        m_db.rollback();
        result.conflict = true;
        const std::vector<PlaybookVersion> versions = playbookVersions(id);
        if (!versions.empty())
            result.latest = versions.front();
        result.error = latest == 0
            ? tr("playbook %1 does not exist any more").arg(id)
            : tr("conflict: %1 saved version %2 of %3 at %4 after you opened version %5; nothing was overwritten. "
                 "Compare, merge your change into version %2 and save again.")
                  .arg(result.latest.savedBy)
                  .arg(latest)
                  .arg(id, QDateTime::fromMSecsSinceEpoch(result.latest.savedAt).toString(Qt::ISODate))
                  .arg(baseVersion);
        return result;
    }
    QString error;
    if (!appendPlaybookVersion(parsed.playbook, QString(), by, &result.version, &error) || !m_db.commit()) {
        m_db.rollback();
        result.error = error.isEmpty() ? m_db.lastError().text() : error;
        result.version = 0;
        return result;
    }
    Q_EMIT playbookSaved(id, result.version);
    return result;
}

std::vector<PlaybookVersion> Catalog::playbookVersions(const QString &id) const
{
    std::vector<PlaybookVersion> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version, markdown, saved_at, saved_by FROM playbook_versions WHERE id = ? "
                             "ORDER BY version DESC"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.push_back({id, q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}

std::optional<PlaybookVersion> Catalog::playbookVersionAt(const QString &id, TimestampMs at) const
{
    const std::vector<PlaybookVersion> versions = playbookVersions(id);
    for (const PlaybookVersion &v : versions)
        if (v.savedAt <= at)
            return v;
    if (!versions.empty())
        return versions.back();
    return std::nullopt;
}

QStringList Catalog::rulesUsingPlaybook(const QString &id) const
{
    QStringList names;
    for (const Rule &r : rules())
        if (r.playbook == id)
            names << r.name;
    names.sort();
    return names;
}

std::optional<Playbook> Catalog::playbook(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT markdown, file FROM playbooks WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    PlaybookParseResult parsed = parsePlaybook(q.value(0).toString(), q.value(1).toString());
    parsed.playbook.id = id;
    return parsed.playbook;
}

std::vector<Playbook> Catalog::playbooks() const
{
    std::vector<Playbook> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, markdown, file FROM playbooks ORDER BY id"));
    while (q.next()) {
        PlaybookParseResult parsed = parsePlaybook(q.value(1).toString(), q.value(2).toString());
        parsed.playbook.id = q.value(0).toString();
        out.push_back(parsed.playbook);
    }
    return out;
}

std::vector<RuleParseError> Catalog::createRotation(const QByteArray &yaml, const QString &fileName, QString *id)
{
    const RotationParseResult parsed = parseRotation(yaml, fileName);
    if (!parsed.errors.empty())
        return parsed.errors;
    if (const QString problem = storeSource(QStringLiteral("rotations"), parsed.rotation->id, fileName, yaml);
        !problem.isEmpty())
        return {{fileName, 0, 0, problem}};
    if (id)
        *id = parsed.rotation->id;
    return {};
}

std::vector<RuleParseError> Catalog::createSlo(const QByteArray &yaml, const QString &fileName, QString *id)
{
    const SloParseResult parsed = parseSlo(yaml, fileName);
    if (!parsed.errors.empty())
        return parsed.errors;
    const Slo &slo = *parsed.slo;
    std::vector<RuleParseError> errors;
    if (!slo.notify.isEmpty() && !rotation(slo.notify))
        errors.push_back({fileName, 0, 0,
                          tr("notify: unknown rotation \"%1\"; create it first with `opsctl rotation create FILE`")
                              .arg(slo.notify)});
    if (!slo.playbook.isEmpty() && !playbook(slo.playbook))
        errors.push_back({fileName, 0, 0,
                          tr("playbook: unknown playbook \"%1\"; import it first with `opsctl playbook import FILE.md`")
                              .arg(slo.playbook)});
    if (!slo.escalation.isEmpty() && !escalationPolicy(slo.escalation))
        errors.push_back({fileName, 0, 0,
                          tr("escalation: unknown escalation policy \"%1\"; create it first with "
                             "`opsctl escalation create FILE`")
                              .arg(slo.escalation)});
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT name FROM rules"));
    QStringList taken;
    while (q.next())
        taken << q.value(0).toString();
    for (const Rule &rule : slo.alertRules())
        if (taken.contains(rule.name))
            errors.push_back({fileName, 0, 0, tr("id: the generated alert %1 would replace an installed rule of that name")
                                                  .arg(rule.name)});
    if (!errors.empty())
        return errors;
    if (const QString problem = storeSource(QStringLiteral("slos"), slo.id, fileName, yaml); !problem.isEmpty())
        return {{fileName, 0, 0, problem}};
    if (id)
        *id = slo.id;
    Q_EMIT slosChanged(std::make_shared<const std::vector<Slo>>(slos()));
    Q_EMIT rulesChanged(std::make_shared<const std::vector<Rule>>(rules()));
    return {};
}

bool Catalog::deleteSlo(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM slos WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() == 0)
        return false;
    Q_EMIT slosChanged(std::make_shared<const std::vector<Slo>>(slos()));
    Q_EMIT rulesChanged(std::make_shared<const std::vector<Rule>>(rules()));
    return true;
}

std::optional<Slo> Catalog::slo(const QString &id) const
{
    const auto found = sources(QStringLiteral("slos"), id);
    return found.empty() ? std::nullopt : parseSlo(found.front().first, found.front().second).slo;
}

std::vector<Slo> Catalog::slos() const
{
    std::vector<Slo> out;
    for (const auto &[source, file] : sources(QStringLiteral("slos")))
        if (auto s = parseSlo(source, file).slo)
            out.push_back(std::move(*s));
    return out;
}

std::vector<RuleParseError> Catalog::setRouting(const QByteArray &yaml, const QString &fileName)
{
    const RoutingParseResult parsed = parseRouting(yaml, fileName);
    if (!parsed.errors.empty())
        return parsed.errors;
    if (const QString problem = storeSource(QStringLiteral("routing"), QStringLiteral("default"), fileName, yaml);
        !problem.isEmpty())
        return {{fileName, 0, 0, problem}};
    Q_EMIT routingChanged();
    return {};
}

RoutingConfig Catalog::routing() const
{
    const auto [source, file] = routingSource();
    if (source.isEmpty())
        return {};
    return parseRouting(source, file).config.value_or(RoutingConfig{});
}

std::pair<QByteArray, QString> Catalog::routingSource() const
{
    const auto found = sources(QStringLiteral("routing"), QStringLiteral("default"));
    return found.empty() ? std::pair<QByteArray, QString>{} : found.front();
}

std::vector<RuleParseError> Catalog::createEscalationPolicy(const QByteArray &yaml, const QString &fileName,
                                                            QString *id)
{
    const EscalationPolicyParseResult parsed = parseEscalationPolicy(yaml, fileName);
    if (!parsed.errors.empty())
        return parsed.errors;
    std::vector<RuleParseError> errors;
    for (std::size_t i = 0; i < parsed.policy->steps.size(); ++i) {
        const EscalationTarget &t = parsed.policy->steps[i].target;
        if (t.isRotation() && !rotation(t.rotation))
            errors.push_back({fileName, 0, 0,
                              tr("steps[%1].rotation: unknown rotation \"%2\"; create it first with "
                                 "`opsctl rotation create FILE`")
                                  .arg(i)
                                  .arg(t.rotation)});
    }
    if (!errors.empty())
        return errors;
    if (const QString problem = storeSource(QStringLiteral("escalation_policies"), parsed.policy->id, fileName, yaml);
        !problem.isEmpty())
        return {{fileName, 0, 0, problem}};
    if (id)
        *id = parsed.policy->id;
    return {};
}

QString Catalog::storeSource(const QString &table, const QString &id, const QString &fileName, const QByteArray &yaml)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO %1(id, file, source, updated_at) VALUES(?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET file = excluded.file, source = excluded.source, "
                             "updated_at = excluded.updated_at")
                  .arg(table));
    q.addBindValue(id);
    q.addBindValue(fileName);
    q.addBindValue(QString::fromUtf8(yaml));
    q.addBindValue(nowMs());
    return q.exec() ? QString() : q.lastError().text();
}

std::vector<std::pair<QByteArray, QString>> Catalog::sources(const QString &table, const QString &id) const
{
    std::vector<std::pair<QByteArray, QString>> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT source, file FROM %1 %2 ORDER BY id")
                  .arg(table, id.isNull() ? QString() : QStringLiteral("WHERE id = ?")));
    if (!id.isNull())
        q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.emplace_back(q.value(0).toString().toUtf8(), q.value(1).toString());
    return out;
}

std::optional<EscalationPolicy> Catalog::escalationPolicy(const QString &id) const
{
    const auto found = sources(QStringLiteral("escalation_policies"), id);
    return found.empty() ? std::nullopt : parseEscalationPolicy(found.front().first, found.front().second).policy;
}

std::vector<EscalationPolicy> Catalog::escalationPolicies() const
{
    std::vector<EscalationPolicy> out;
    for (const auto &[source, file] : sources(QStringLiteral("escalation_policies")))
        if (auto p = parseEscalationPolicy(source, file).policy)
            out.push_back(std::move(*p));
    return out;
}

std::optional<Rotation> Catalog::rotation(const QString &id) const
{
    const auto found = sources(QStringLiteral("rotations"), id);
    return found.empty() ? std::nullopt : parseRotation(found.front().first, found.front().second).rotation;
}

std::vector<Rotation> Catalog::rotations() const
{
    std::vector<Rotation> out;
    for (const auto &[source, file] : sources(QStringLiteral("rotations")))
        if (auto r = parseRotation(source, file).rotation)
            out.push_back(std::move(*r));
    return out;
}

QString Catalog::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fallback;
    return q.value(0).toString();
}

void Catalog::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString would bind as NULL
    if (!q.exec())
        qWarning("settings: could not store %s: %s", qPrintable(key), qPrintable(q.lastError().text()));
}

} // namespace hms
