// What operators configure: rules, playbooks and rotations, validated and stored in ops.db.
// Lives on the ops thread (it uses that thread's database connection).
#pragma once

#include "incidents/Playbook.h"
#include "alerting/Routing.h"
#include "oncall/EscalationPolicy.h"
#include "slo/Slo.h"
#include "oncall/Rotation.h"
#include "rules/Rule.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace hms {

class Catalog : public QObject {
    Q_OBJECT
public:
    explicit Catalog(QSqlDatabase db, QObject *parent = nullptr);

    // Parses and validates a rule file (also: notify must name a known rotation and playbook a
    // known playbook). On any error nothing is stored and the errors are returned. Rules with an
    // existing name are replaced.
    std::vector<RuleParseError> installRules(const QByteArray &yaml, const QString &fileName,
                                             std::vector<Rule> *installed = nullptr);
    bool deleteRule(const QString &name);
    std::vector<Rule> rules() const;
    // The stored YAML and file name of rule `name` (its whole file) or SLO `id`; empty when none.
    std::pair<QByteArray, QString> ruleSource(const QString &name) const;
    std::pair<QByteArray, QString> sloSource(const QString &id) const;

    // Imports (or replaces) a playbook. Returns an error message or an empty string.
    QString importPlaybook(const QString &markdown, const QString &fileName, QString *id = nullptr);
    std::optional<Playbook> playbook(const QString &id) const;
    std::vector<Playbook> playbooks() const;
    // An edit of playbook `id` made from version `baseVersion` (0: a new playbook). Stored as the
    // next version unless another save came first (a conflict: nothing is stored, never a silent
    // overwrite) or the Markdown does not parse or names another id.
    PlaybookSave savePlaybook(const QString &id, const QString &markdown, int baseVersion, const QString &by);
    std::vector<PlaybookVersion> playbookVersions(const QString &id) const; // newest first
    // The version in force at `at` (the newest saved at or before it; else the oldest).
    std::optional<PlaybookVersion> playbookVersionAt(const QString &id, TimestampMs at) const;
    // Rules (SLO alerts included) that attach playbook `id` to their incidents.
    QStringList rulesUsingPlaybook(const QString &id) const;

    std::vector<RuleParseError> createRotation(const QByteArray &yaml, const QString &fileName,
                                               QString *id = nullptr);
    std::optional<Rotation> rotation(const QString &id) const;
    std::vector<Rotation> rotations() const;

    // Escalation policies: parsed, their rotations checked, stored (replacing one with the same id).
    std::vector<RuleParseError> createEscalationPolicy(const QByteArray &yaml, const QString &fileName,
                                                       QString *id = nullptr);
    std::optional<EscalationPolicy> escalationPolicy(const QString &id) const;
    std::vector<EscalationPolicy> escalationPolicies() const;

    // SLOs: parsed, their notify/playbook/escalation checked, stored (replacing one with the same
    // id). Each brings three alert rules (Slo::alertRules), part of rules() and rulesChanged.
    std::vector<RuleParseError> createSlo(const QByteArray &yaml, const QString &fileName, QString *id = nullptr);
    bool deleteSlo(const QString &id);
    std::optional<Slo> slo(const QString &id) const;
    std::vector<Slo> slos() const;

    // The routing configuration (grouping, inhibition): parsed and stored, replacing the previous
    // one. routing() is the stored one, or the default (every alert alone, at once) without.
    std::vector<RuleParseError> setRouting(const QByteArray &yaml, const QString &fileName);
    RoutingConfig routing() const;
    // The stored routing file as uploaded, and its name; empty without one.
    std::pair<QByteArray, QString> routingSource() const;

    // Settings (key/value) for non-secret configuration such as which channels are enabled.
    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

Q_SIGNALS:
    void rulesChanged(std::shared_ptr<const std::vector<hms::Rule>> rules);
    void routingChanged();
    void slosChanged(std::shared_ptr<const std::vector<hms::Slo>> slos);
    void playbookSaved(const QString &id, int version);

private:
    // The YAML sources of `table` (rotations, escalation_policies): stored by id, read back as
    // (source, file) pairs, all of them or the one with `id`.
    QString storeSource(const QString &table, const QString &id, const QString &fileName, const QByteArray &yaml);
    std::vector<std::pair<QByteArray, QString>> sources(const QString &table, const QString &id = QString()) const;

    // Appends version latest+1 and updates `playbooks`; in the caller's transaction.
    bool appendPlaybookVersion(const Playbook &playbook, const QString &fileName, const QString &by, int *version,
                               QString *error);
    int latestPlaybookVersion(const QString &id) const; // 0 when none

    QSqlDatabase m_db;
};

} // namespace hms

Q_DECLARE_METATYPE(std::shared_ptr<const std::vector<hms::Rule>>)
Q_DECLARE_METATYPE(std::shared_ptr<const std::vector<hms::Slo>>)
