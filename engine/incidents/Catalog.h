// What operators configure: rules, playbooks and rotations, validated and stored in ops.db.
// Lives on the ops thread (it uses that thread's database connection).
#pragma once

#include "incidents/Playbook.h"
#include "oncall/EscalationPolicy.h"
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

    // Imports (or replaces) a playbook. Returns an error message or an empty string.
    QString importPlaybook(const QString &markdown, const QString &fileName, QString *id = nullptr);
    std::optional<Playbook> playbook(const QString &id) const;
    std::vector<Playbook> playbooks() const;

    std::vector<RuleParseError> createRotation(const QByteArray &yaml, const QString &fileName,
                                               QString *id = nullptr);
    std::optional<Rotation> rotation(const QString &id) const;
    std::vector<Rotation> rotations() const;

    // Escalation policies: parsed, their rotations checked, stored (replacing one with the same id).
    std::vector<RuleParseError> createEscalationPolicy(const QByteArray &yaml, const QString &fileName,
                                                       QString *id = nullptr);
    std::optional<EscalationPolicy> escalationPolicy(const QString &id) const;
    std::vector<EscalationPolicy> escalationPolicies() const;

    // Settings (key/value) for non-secret configuration such as which channels are enabled.
    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

Q_SIGNALS:
    void rulesChanged(std::shared_ptr<const std::vector<hms::Rule>> rules);

private:
    // The YAML sources of `table` (rotations, escalation_policies): stored by id, read back as
    // (source, file) pairs, all of them or the one with `id`.
    QString storeSource(const QString &table, const QString &id, const QString &fileName, const QByteArray &yaml);
    std::vector<std::pair<QByteArray, QString>> sources(const QString &table, const QString &id = QString()) const;

    QSqlDatabase m_db;
};

} // namespace hms

Q_DECLARE_METATYPE(std::shared_ptr<const std::vector<hms::Rule>>)
