// Incident -> notification through the real pieces (ops.db, catalog, incidents, silences,
// outbox): grouping under a stored routing file, inhibition, and the timeline entries.
#include "TestOpsDb.h"
#include "alerting/Silence.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/OpsDatabase.h"
#include "notify/Notifier.h"
#include "notify/Outbox.h"
#include "notify/SecretStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hms;

namespace {
AlertTransition firing(const QString &rule, const QString &service, const QString &severity)
{
    AlertTransition t;
    t.rule = rule;
    t.labels = {{QStringLiteral("alertname"), rule},
                {QStringLiteral("service"), service},
                {QStringLiteral("severity"), severity}};
    t.fingerprint = fingerprint(t.labels);
    t.seriesName = QStringLiteral("aid_form.latency_ms");
    t.from = AlertState::Pending;
    t.to = AlertState::Firing;
    t.at = QDateTime::currentMSecsSinceEpoch();
    t.activeAt = t.at;
    t.value = 1;
    return t;
}

AlertTransition resolvedOf(AlertTransition t)
{
    t.from = AlertState::Firing;
    t.to = AlertState::Inactive;
    t.at = QDateTime::currentMSecsSinceEpoch();
    return t;
}
} // namespace

// The real pieces a Notifier works with, on one ops.db.
struct Pieces {
    explicit Pieces(QSqlDatabase db)
        : catalog(db)
        , incidents(db, catalog)
        , secrets(QStringLiteral("hms-ops-test-") + QUuid::createUuid().toString(QUuid::Id128))
        , outbox(db, secrets)
        , silences(db, incidents)
    {
    }
    Catalog catalog;
    IncidentService incidents;
    SecretStore secrets;
    Outbox outbox;
    SilenceService silences;
};

class TestNotifier : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QStringList kinds(IncidentService &incidents, qint64 id)
    {
        QStringList out;
        for (const IncidentEvent &e : incidents.events(id))
            out << e.kind + u' ' + e.message;
        return out;
    }

private Q_SLOTS:
    void groupsAndInhibits()
    {
        QString error;
        QSqlDatabase db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops.db")), QStringLiteral("n"), &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        Pieces pieces(db);
        auto &[catalog, incidents, secrets, outbox, silences] = pieces;
        Notifier notifier(catalog, incidents, outbox, silences);
        catalog.setSetting(QStringLiteral("notify.slack.enabled"), QStringLiteral("1"));

        // A bad file is refused with its position, and the default stays.
        const auto bad = catalog.setRouting("route:\n  group_wait: soon\n", QStringLiteral("routing.yml"));
        QCOMPARE(bad.size(), size_t(1));
        QCOMPARE(bad.front().toString(), QStringLiteral("routing.yml:2:15: route.group_wait: expected a duration, "
                                                        "like \"30s\" or \"0s\", got \"soon\""));
        QVERIFY(catalog.routing().groupByAll);
        QVERIFY(catalog
                    .setRouting("route:\n  group_by: [service]\n  group_wait: 1s\n  group_interval: 1s\n"
                                "inhibit_rules:\n"
                                "  - source_matchers: [severity=\"page\"]\n"
                                "    target_matchers: [severity=\"warning\"]\n"
                                "    equal: [service]\n",
                                QStringLiteral("routing.yml"))
                    .empty());

        const AlertTransition burn = firing(QStringLiteral("AID_BURN"), QStringLiteral("aid"), QStringLiteral("page"));
        const AlertTransition errors = firing(QStringLiteral("AID_ERRORS"), QStringLiteral("aid"), QStringLiteral("page"));
        const AlertTransition slow = firing(QStringLiteral("AID_SLOW"), QStringLiteral("aid"), QStringLiteral("warning"));
        const AlertTransition other = firing(QStringLiteral("PORTAL_SLOW"), QStringLiteral("portal"), QStringLiteral("warning"));
        incidents.handleTransitions({burn, errors, slow, other});
        QCOMPARE(outbox.messages().size(), size_t(0)); // group_wait

        // After group_wait: one message per group; the aid warning is inhibited by a page.
        QTRY_COMPARE_WITH_TIMEOUT(outbox.messages().size(), size_t(2), 5000);
        auto idOf = [&incidents](const AlertTransition &t) {
            for (const Incident &i : incidents.incidents(false))
                if (i.fingerprint == t.fingerprint)
                    return i.id;
            return qint64(0);
        };
        std::vector<OutboxMessage> sent = outbox.messages();
        std::sort(sent.begin(), sent.end(), [](const OutboxMessage &a, const OutboxMessage &b) { return a.id < b.id; });
        std::vector<qint64> aid{sent[0].incidentId};
        aid.insert(aid.end(), sent[0].groupIncidents.begin(), sent[0].groupIncidents.end());
        std::sort(aid.begin(), aid.end());
        QCOMPARE(aid, (std::vector<qint64>{idOf(burn), idOf(errors)}));
        QCOMPARE(sent[0].payload[QStringLiteral("text")].toString(),
                 QStringLiteral(":rotating_light: {service=\"aid\"}: 2 firing, 0 resolved"));
        QCOMPARE(sent[0].payload[QStringLiteral("attachments")].toArray().size(), 2);
        QCOMPARE(sent[1].incidentId, idOf(other));
        QVERIFY(sent[1].groupIncidents.empty());
        const QStringList slowEvents = kinds(incidents, idOf(slow));
        QVERIFY2(slowEvents.filter(QStringLiteral("notification_inhibited no notification: inhibited by incident #")).size() == 1,
                 qPrintable(slowEvents.join(u'\n')));
        QVERIFY2(kinds(incidents, idOf(burn)).filter(QStringLiteral("Slack message queued for group {service=\"aid\"}: 2 firing")).size() == 1,
                 qPrintable(kinds(incidents, idOf(burn)).join(u'\n')));

        // Both pages resolve: the warning is no longer muted and goes out with the resolutions.
        incidents.handleTransitions({resolvedOf(burn), resolvedOf(errors)});
        QTRY_COMPARE_WITH_TIMEOUT(outbox.messages().size(), size_t(3), 5000);
        const OutboxMessage last = outbox.messages().front().id > outbox.messages().back().id ? outbox.messages().front()
                                                                                            : outbox.messages().back();
        QCOMPARE(last.payload[QStringLiteral("text")].toString(),
                 QStringLiteral(":rotating_light: {service=\"aid\"}: 1 firing, 2 resolved"));
        QCOMPARE(last.groupIncidents.size() + 1, size_t(3));
        // Nothing further is due while nothing changes, until repeat_interval (4h).
        const auto next = notifier.grouper().nextDue();
        QVERIFY(next.has_value());
        QVERIFY(*next > QDateTime::currentMSecsSinceEpoch() + 3 * 3600 * 1000);

        // Acknowledging updates what was announced (Slack gets a reply), and only that.
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(incidents.acknowledge(idOf(other), QStringLiteral("ana"), t), QString());
        QVERIFY2(kinds(incidents, idOf(other)).filter(QStringLiteral("acknowledgement queued for slack")).size() == 1,
                 qPrintable(kinds(incidents, idOf(other)).join(u'\n')));
        const AlertTransition quiet = firing(QStringLiteral("AID_QUIET"), QStringLiteral("aid"), QStringLiteral("warning"));
        const AlertTransition page = firing(QStringLiteral("AID_PAGE"), QStringLiteral("aid"), QStringLiteral("page"));
        incidents.handleTransitions({page, quiet});
        QTRY_VERIFY_WITH_TIMEOUT(kinds(incidents, idOf(quiet)).filter(QStringLiteral("notification_inhibited")).size() == 1, 5000);
        QCOMPARE(incidents.acknowledge(idOf(quiet), QStringLiteral("ana"), t), QString());
        QVERIFY2(kinds(incidents, idOf(quiet)).filter(QStringLiteral("acknowledgement queued")).isEmpty(),
                 qPrintable(kinds(incidents, idOf(quiet)).join(u'\n')));

    }

    // A process that died before its notifier grouped what it opened: the next start queues the
    // opening, records why the muted and the unrouted ones went nowhere, and a further restart
    // adds nothing (no second message, no second timeline entry).
    void recoverTakesUpWhatACrashLeftAndOnlyThat()
    {
        QTemporaryDir dir;
        QString error;
        QSqlDatabase db = hms::test::openTestOps(dir.filePath(QStringLiteral("ops.db")), QStringLiteral("r"), &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        Pieces pieces(db);
        auto &[catalog, incidents, secrets, outbox, silences] = pieces;
        catalog.setSetting(QStringLiteral("notify.slack.enabled"), QStringLiteral("1"));
        catalog.setSetting(QStringLiteral("notify.slack.severities"), QStringLiteral("page,warning"));
        QVERIFY(catalog
                    .setRouting("route:\n  group_wait: 0s\ninhibit_rules:\n"
                                "  - source_matchers: [severity=\"page\"]\n"
                                "    target_matchers: [severity=\"warning\"]\n"
                                "    equal: [service]\n",
                                QStringLiteral("routing.yml"))
                    .empty());
        const AlertTransition page = firing(QStringLiteral("AID_PAGE"), QStringLiteral("aid"), QStringLiteral("page"));
        const AlertTransition slow = firing(QStringLiteral("AID_SLOW"), QStringLiteral("aid"), QStringLiteral("warning"));
        const AlertTransition info = firing(QStringLiteral("PORTAL_INFO"), QStringLiteral("portal"), QStringLiteral("info"));
        {
            Notifier dead(catalog, incidents, outbox, silences);
            dead.setActive(false);
            incidents.handleTransitions({page, slow, info});
        }
        QCOMPARE(outbox.messages().size(), size_t(0));
        auto idOf = [&incidents](const AlertTransition &t) {
            for (const Incident &i : incidents.incidents(false))
                if (i.fingerprint == t.fingerprint)
                    return i.id;
            return qint64(0);
        };
        auto eventCount = [&] {
            return incidents.events(idOf(page)).size() + incidents.events(idOf(slow)).size()
                   + incidents.events(idOf(info)).size();
        };
        {
            Notifier restarted(catalog, incidents, outbox, silences);
            QCOMPARE(restarted.recover(), 3);
        }
        QCOMPARE(outbox.messages().size(), size_t(1));
        QCOMPARE(outbox.messages().front().incidentId, idOf(page));
        QCOMPARE(kinds(incidents, idOf(slow)).filter(QStringLiteral("notification_inhibited")).size(), 1);
        QCOMPARE(kinds(incidents, idOf(info)).filter(QStringLiteral("notification_skipped no channel takes severity info")).size(), 1);
        const std::size_t events = eventCount();
        {
            Notifier again(catalog, incidents, outbox, silences);
            QCOMPARE(again.recover(), 0);
        }
        QCOMPARE(outbox.messages().size(), size_t(1));
        QCOMPARE(eventCount(), events);
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
