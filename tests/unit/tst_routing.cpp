// Routing configuration (Alertmanager's route and inhibit_rules), inhibition semantics, and the
// aggregation groups: group_wait, group_interval, repeat_interval, dedup, muting.
#include "alerting/Grouper.h"
#include "alerting/Routing.h"

#include <QTest>

using namespace hms;

namespace {
RoutingConfig config(const QByteArray &yaml)
{
    const RoutingParseResult r = parseRouting(yaml, QStringLiteral("routing.yml"));
    if (!r.errors.empty())
        qWarning("%s", qPrintable(r.errors.front().toString()));
    return r.config.value_or(RoutingConfig{});
}

GroupedAlert alert(qint64 id, const QString &name, const QString &service, const QString &severity = QStringLiteral("page"))
{
    const Labels labels{{QStringLiteral("alertname"), name},
                        {QStringLiteral("service"), service},
                        {QStringLiteral("severity"), severity}};
    return {id, formatLabels(labels), labels, false};
}

GroupedAlert resolved(GroupedAlert a)
{
    a.resolved = true;
    return a;
}

std::vector<qint64> ids(const std::vector<GroupedAlert> &alerts)
{
    std::vector<qint64> out;
    for (const GroupedAlert &a : alerts)
        out.push_back(a.incidentId);
    return out;
}

constexpr qint64 kS = 1000;
} // namespace

class TestRouting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesAlertmanagerSpelling()
    {
        const RoutingConfig c = config("route:\n"
                                       "  group_by: [alertname, service]\n"
                                       "  group_wait: 10s\n"
                                       "  group_interval: 1m\n"
                                       "inhibit_rules:\n"
                                       "  - source_matchers: ['severity=\"page\"']\n"
                                       "    target_matchers: [severity=~\"ticket|warning\"]\n"
                                       "    equal: [service]\n");
        QCOMPARE(c.groupBy, (QStringList{QStringLiteral("alertname"), QStringLiteral("service")}));
        QVERIFY(!c.groupByAll);
        QCOMPARE(c.groupWaitMs, 10 * kS);
        QCOMPARE(c.groupIntervalMs, 60 * kS);
        QCOMPARE(c.repeatIntervalMs, 4 * 3600 * kS); // Alertmanager's default
        QCOMPARE(c.inhibitRules.size(), size_t(1));
        QCOMPARE(c.inhibitRules[0].target[0].toString(), QStringLiteral("severity=~\"ticket|warning\""));
        // Without a file: every alert alone, at once, never repeated.
        const RoutingConfig none;
        QVERIFY(none.groupByAll);
        QCOMPARE(none.groupWaitMs, 0);
        QCOMPARE(none.groupIntervalMs, 0);
        QCOMPARE(none.repeatIntervalMs, 0);
        QCOMPARE(config("route:\n  group_by: ['...']\n").groupByAll, true);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown field") << QByteArray("route:\n  group_wiat: 1s\n") << 2 << 3
                                       << QStringLiteral("route.group_wiat: unknown field; valid fields are: group_by, "
                                                         "group_wait, group_interval, repeat_interval");
        QTest::addRow("bad label") << QByteArray("route:\n  group_by: [service, 9lives]\n") << 2 << 23
                                   << QStringLiteral("route.group_by[1]: expected a label name "
                                                     "([A-Za-z_][A-Za-z0-9_]*), got \"9lives\"");
        QTest::addRow("ellipsis mixed") << QByteArray("route:\n  group_by: [service, '...']\n") << 2 << 23
                                        << QStringLiteral("route.group_by[1]: '...' groups every alert alone and "
                                                          "must be the only entry");
        QTest::addRow("zero interval") << QByteArray("route:\n  group_interval: 0s\n") << 2 << 19
                                       << QStringLiteral("route.group_interval: expected a duration longer than 0, "
                                                         "like \"5m\", got \"0s\"");
        QTest::addRow("bad regex") << QByteArray("inhibit_rules:\n  - source_matchers: ['service=~\"aid(\"']\n"
                                                 "    target_matchers: [severity=ticket]\n")
                                   << 2 << 38
                                   << QStringLiteral("inhibit_rules[0].source_matchers[0]: invalid regular "
                                                     "expression for service: missing closing parenthesis");
        QTest::addRow("no target") << QByteArray("inhibit_rules:\n  - source_matchers: [severity=page]\n") << 2 << 5
                                   << QStringLiteral("inhibit_rules[0].target_matchers: required field missing");
        QTest::addRow("empty source") << QByteArray("inhibit_rules:\n  - source_matchers: []\n    target_matchers: [a=b]\n")
                                      << 2 << 22
                                      << QStringLiteral("inhibit_rules[0].source_matchers: expected a non-empty list of "
                                                        "matchers like ['severity=\"page\"'], got an empty list");
        QTest::addRow("not a mapping") << QByteArray("- a\n") << 1 << 1
                                       << QStringLiteral("expected a routing configuration (a mapping), got a list");
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const RoutingParseResult r = parseRouting(yaml, QStringLiteral("routing.yml"));
        QVERIFY(!r.config);
        QCOMPARE(r.errors.size(), size_t(1));
        QCOMPARE(r.errors.front().message, message);
        QCOMPARE(r.errors.front().line, line);
        QCOMPARE(r.errors.front().column, column);
    }

    // Alertmanager's documented example: a critical alert mutes the warning of the same alertname
    // and cluster, not another cluster's.
    void inhibition()
    {
        const RoutingConfig c = config("inhibit_rules:\n"
                                       "  - source_matchers: [severity=\"critical\"]\n"
                                       "    target_matchers: [severity=\"warning\"]\n"
                                       "    equal: [alertname, cluster]\n");
        auto labels = [](const char *severity, const char *cluster) {
            return Labels{{QStringLiteral("alertname"), QStringLiteral("HighLatency")},
                          {QStringLiteral("severity"), QString::fromLatin1(severity)},
                          {QStringLiteral("cluster"), QString::fromLatin1(cluster)}};
        };
        const std::vector<InhibitSource> sources{{QStringLiteral("c1"), labels("critical", "east")}};
        QCOMPARE(inhibitedBy(c.inhibitRules, QStringLiteral("w1"), labels("warning", "east"), sources), std::optional<size_t>(0));
        QCOMPARE(inhibitedBy(c.inhibitRules, QStringLiteral("w2"), labels("warning", "west"), sources), std::nullopt);
        QCOMPARE(inhibitedBy(c.inhibitRules, QStringLiteral("c2"), labels("critical", "east"), sources), std::nullopt);
        // `equal` on a label both lack: "" equals "".
        Labels noCluster = labels("warning", "");
        noCluster.erase(QStringLiteral("cluster"));
        Labels sourceNoCluster = labels("critical", "");
        sourceNoCluster.erase(QStringLiteral("cluster"));
        QCOMPARE(inhibitedBy(c.inhibitRules, QStringLiteral("w3"), noCluster, {{QStringLiteral("c3"), sourceNoCluster}}),
                 std::optional<size_t>(0));
        // No alert mutes itself, and two alerts matching both sides do not mute each other.
        const RoutingConfig both = config("inhibit_rules:\n"
                                          "  - source_matchers: [alertname=\"HighLatency\"]\n"
                                          "    target_matchers: [alertname=\"HighLatency\"]\n");
        const Labels a = labels("warning", "east");
        QCOMPARE(inhibitedBy(both.inhibitRules, QStringLiteral("a"), a, {{QStringLiteral("a"), a}}), std::nullopt);
        QCOMPARE(inhibitedBy(both.inhibitRules, QStringLiteral("a"), a, {{QStringLiteral("b"), labels("critical", "east")}}),
                 std::nullopt);
    }

    void defaultSendsEachAlertAtOnce()
    {
        AlertGrouper g;
        g.add(alert(1, QStringLiteral("A"), QStringLiteral("aid")), 1000);
        g.add(alert(2, QStringLiteral("B"), QStringLiteral("aid")), 1000);
        auto f = g.flushDue(1000, {});
        QCOMPARE(f.notifications.size(), size_t(2));
        QCOMPARE(g.nextDue(), std::nullopt);
        g.add(resolved(alert(1, QStringLiteral("A"), QStringLiteral("aid"))), 5000);
        f = g.flushDue(5000, {});
        QCOMPARE(f.notifications.size(), size_t(1));
        QCOMPARE(ids(f.notifications[0].resolved), std::vector<qint64>{1});
        QVERIFY(f.notifications[0].firing.empty());
        QCOMPARE(g.groupCount(), size_t(1));
    }

    void groupWaitBatchesAStorm()
    {
        AlertGrouper g(config("route:\n  group_by: [service]\n  group_wait: 30s\n  group_interval: 5m\n"));
        const TimestampMs t0 = 1'000'000;
        // 50 alerts for service aid within group_wait, 1 for service other.
        for (int i = 0; i < 50; ++i)
            g.add(alert(i + 1, QStringLiteral("A%1").arg(i), QStringLiteral("aid")), t0 + i * 100);
        g.add(alert(100, QStringLiteral("X"), QStringLiteral("other")), t0 + 10 * kS);
        QCOMPARE(g.nextDue(), std::optional<TimestampMs>(t0 + 30 * kS));
        QVERIFY(g.flushDue(t0 + 30 * kS - 1, {}).notifications.empty());
        auto f = g.flushDue(t0 + 30 * kS, {});
        QCOMPARE(f.notifications.size(), size_t(1)); // one notification for 50 alerts
        QCOMPARE(f.notifications[0].firing.size(), size_t(50));
        QCOMPARE(f.notifications[0].groupLabels, (Labels{{QStringLiteral("service"), QStringLiteral("aid")}}));
        QCOMPARE(g.nextDue(), std::optional<TimestampMs>(t0 + 40 * kS)); // the other group
        QCOMPARE(g.flushDue(t0 + 40 * kS, {}).notifications.size(), size_t(1));

        // A 51st alert for aid waits for the next group_interval tick after the flush, then the
        // notification holds all 51 firing; only the new one is new (dedup).
        g.add(alert(51, QStringLiteral("A50"), QStringLiteral("aid")), t0 + 60 * kS);
        QCOMPARE(g.nextDue(), std::optional<TimestampMs>(t0 + 330 * kS));
        f = g.flushDue(t0 + 330 * kS, {});
        QCOMPARE(f.notifications.size(), size_t(1));
        QCOMPARE(f.notifications[0].firing.size(), size_t(51));
        QCOMPARE(f.notifications[0].newIncidents, std::vector<qint64>{51});
        // Nothing new: no notification until repeat_interval, 4h after each group's last send.
        QCOMPARE(g.nextDue(), std::optional<TimestampMs>(t0 + 40 * kS + 4 * 3600 * kS));
        f = g.flushDue(t0 + 330 * kS + 4 * 3600 * kS, {});
        QCOMPARE(f.notifications.size(), size_t(2));
        for (const GroupNotification &n : f.notifications) {
            QVERIFY(n.repeat);
            QVERIFY(n.newIncidents.empty());
        }
        // The same firing alert reported again changes nothing.
        g.add(alert(51, QStringLiteral("A50"), QStringLiteral("aid")), t0 + 5 * 3600 * kS);
        QCOMPARE(g.flushDue(t0 + 5 * 3600 * kS, {}).notifications.size(), size_t(0));
    }

    void mutedAlertsAreAnnouncedWhenTheMuteEnds()
    {
        AlertGrouper g(config("route:\n  group_by: [service]\n  group_wait: 0s\n  group_interval: 1m\n"));
        bool inhibited = true;
        const AlertGrouper::MuteFn mute = [&inhibited](const GroupedAlert &a) -> std::optional<MuteDecision> {
            if (inhibited && a.labels.at(QStringLiteral("severity")) == u"ticket")
                return MuteDecision{MuteDecision::Kind::Inhibited, QStringLiteral("inhibited by #1"), QStringLiteral("1")};
            return std::nullopt;
        };
        g.add(alert(1, QStringLiteral("Burn"), QStringLiteral("aid"), QStringLiteral("page")), 0);
        g.add(alert(2, QStringLiteral("Slow"), QStringLiteral("aid"), QStringLiteral("ticket")), 0);
        auto f = g.flushDue(0, mute);
        QCOMPARE(f.notifications.size(), size_t(1));
        QCOMPARE(ids(f.notifications[0].firing), std::vector<qint64>{1});
        QCOMPARE(f.newlyMuted.size(), size_t(1));
        QCOMPARE(f.newlyMuted[0].alert.incidentId, 2);
        // Rechecked while muted; reported once.
        QCOMPARE(g.nextDue(), std::optional<TimestampMs>(60 * kS));
        f = g.flushDue(60 * kS, mute);
        QVERIFY(f.notifications.empty());
        QVERIFY(f.newlyMuted.empty());
        // The source resolves: the target is announced at the next tick, with the resolution.
        inhibited = false;
        g.add(resolved(alert(1, QStringLiteral("Burn"), QStringLiteral("aid"), QStringLiteral("page"))), 70 * kS);
        f = g.flushDue(*g.nextDue(), mute);
        QCOMPARE(f.notifications.size(), size_t(1));
        QCOMPARE(ids(f.notifications[0].firing), std::vector<qint64>{2});
        QCOMPARE(ids(f.notifications[0].resolved), std::vector<qint64>{1});
        // An alert only ever inhibited resolves quietly; a silenced one still reports resolution.
        inhibited = true;
        g.add(alert(3, QStringLiteral("Other"), QStringLiteral("x"), QStringLiteral("ticket")), 200 * kS);
        QVERIFY(g.flushDue(200 * kS, mute).notifications.empty());
        g.add(resolved(alert(3, QStringLiteral("Other"), QStringLiteral("x"), QStringLiteral("ticket"))), 210 * kS);
        QVERIFY(g.flushDue(*g.nextDue(), mute).notifications.empty());
        const AlertGrouper::MuteFn silence = [](const GroupedAlert &) -> std::optional<MuteDecision> {
            return MuteDecision{MuteDecision::Kind::Silenced, QStringLiteral("silenced"), QStringLiteral("s1")};
        };
        g.add(alert(4, QStringLiteral("Quiet"), QStringLiteral("y")), 300 * kS);
        QVERIFY(g.flushDue(300 * kS, silence).notifications.empty());
        g.add(resolved(alert(4, QStringLiteral("Quiet"), QStringLiteral("y"))), 310 * kS);
        f = g.flushDue(*g.nextDue(), silence);
        QCOMPARE(f.notifications.size(), size_t(1));
        QCOMPARE(ids(f.notifications[0].resolved), std::vector<qint64>{4});
    }

    void resolutionAfterRestartIsReported()
    {
        // Fired before a restart: the grouper never saw it firing, but it was announced then.
        AlertGrouper g;
        g.add(resolved(alert(7, QStringLiteral("A"), QStringLiteral("aid"))), 0);
        const auto f = g.flushDue(0, {});
        QCOMPARE(f.notifications.size(), size_t(1));
        QCOMPARE(ids(f.notifications[0].resolved), std::vector<qint64>{7});
        QCOMPARE(g.groupCount(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
