// IncidentModel and EventModel: model-tester clean, incremental updates, state colours, sort
// values, the timeline's text.
#include "EventModel.h"
#include "IncidentFilterProxy.h"
#include "IncidentModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using hms::Incident;
using hms::IncidentEvent;

namespace {
Incident makeIncident(qint64 id, Incident::State state = Incident::State::Triggered, qint64 openedAt = 1000)
{
    Incident i;
    i.id = id;
    i.fingerprint = QStringLiteral("fp%1").arg(id);
    i.rule = QStringLiteral("latency_alert");
    i.service = QStringLiteral("aid_form");
    i.severity = QStringLiteral("warning");
    i.state = state;
    i.metric = QStringLiteral("aid_form.latency_ms");
    i.aggregate = QStringLiteral("p95");
    i.threshold = QStringLiteral("> 1000");
    i.value = 1400;
    i.rotation = QStringLiteral("fema_oncall");
    i.assignee = QStringLiteral("alex-ops");
    i.assigneePager = QStringLiteral("#149");
    i.playbookId = QStringLiteral("pb_aid_latency");
    i.openedAt = openedAt;
    return i;
}

IncidentEvent makeEvent(qint64 id, qint64 incidentId, qint64 at, const QString &message)
{
    IncidentEvent e;
    e.id = id;
    e.incidentId = incidentId;
    e.at = at;
    e.kind = QStringLiteral("fired");
    e.message = message;
    return e;
}
} // namespace

class TestIncidentModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyModel();
    void setIncidentsResets();
    void upsertInsertsThenUpdates();
    void stateColours_data();
    void stateColours();
    void sortRoleValues();
    void rolesAndHeaders();
    void eventModelShowsOneIncident();
    void eventModelAppendInOrderWithoutDuplicates();
    void filterProxyFiltersEveryField();
    void filterProxyFollowsLiveChanges();
};

void TestIncidentModel::emptyModel()
{
    IncidentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(IncidentModel::ColumnCount));
    QCOMPARE(model.rowOfId(1), -1);
    QVERIFY(!model.incidentAt(0).has_value());
}

void TestIncidentModel::setIncidentsResets()
{
    IncidentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setIncidents({makeIncident(3), makeIncident(7, Incident::State::Resolved), makeIncident(3)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2); // the duplicate id is dropped
    QCOMPARE(model.rowOfId(3), 0);
    QCOMPARE(model.rowOfId(7), 1);
    QCOMPARE(model.incidentAt(1)->state, Incident::State::Resolved);
    QCOMPARE(model.countInState(Incident::State::Triggered), 1);
}

void TestIncidentModel::upsertInsertsThenUpdates()
{
    IncidentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncidents({makeIncident(1)});

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    Incident second = makeIncident(2);
    model.upsert(second);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 2);

    second.state = Incident::State::Acknowledged;
    second.acknowledgedBy = QStringLiteral("alex-ops");
    second.value = 1500;
    model.upsert(second);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), IncidentModel::ColumnCount - 1);
    QCOMPARE(model.incidentAt(1)->state, Incident::State::Acknowledged);
    QCOMPARE(model.index(1, IncidentModel::StateColumn).data(IncidentModel::StateRole).toInt(),
             int(Incident::State::Acknowledged));
    QCOMPARE(model.index(1, IncidentModel::ValueColumn).data(IncidentModel::SortRole).toDouble(), 1500.0);

    second.state = Incident::State::Resolved;
    model.upsert(second);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.rowOfId(1), 0);
    QCOMPARE(model.rowOfId(2), 1);
}

void TestIncidentModel::stateColours_data()
{
    QTest::addColumn<Incident::State>("state");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("foreground");
    QTest::addRow("triggered") << Incident::State::Triggered << QColor(QStringLiteral("#b71c1c"))
                               << QColor(QStringLiteral("#ffffff"));
    QTest::addRow("acknowledged") << Incident::State::Acknowledged << QColor(QStringLiteral("#f9a825"))
                                  << QColor(QStringLiteral("#000000"));
    QTest::addRow("resolved") << Incident::State::Resolved << QColor(QStringLiteral("#37474f"))
                              << QColor(QStringLiteral("#cfd8dc"));
}

void TestIncidentModel::stateColours()
{
    QFETCH(Incident::State, state);
    QFETCH(QColor, background);
    QFETCH(QColor, foreground);
    QCOMPARE(IncidentModel::stateColor(state), background);

    IncidentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(makeIncident(5, state));
    for (int column = 0; column < IncidentModel::ColumnCount; ++column) {
        const QModelIndex idx = model.index(0, column);
        QCOMPARE(idx.data(Qt::BackgroundRole).value<QColor>(), background);
        QCOMPARE(idx.data(Qt::ForegroundRole).value<QColor>(), foreground);
    }
    QCOMPARE(model.index(0, IncidentModel::StateColumn).data().toString(), IncidentModel::stateLabel(state));
    // The three states must be told apart at a glance.
    QVERIFY(IncidentModel::stateColor(Incident::State::Triggered) != IncidentModel::stateColor(Incident::State::Acknowledged));
    QVERIFY(IncidentModel::stateColor(Incident::State::Acknowledged) != IncidentModel::stateColor(Incident::State::Resolved));
}

void TestIncidentModel::sortRoleValues()
{
    IncidentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Incident critical = makeIncident(1, Incident::State::Acknowledged, 5000);
    critical.severity = QStringLiteral("critical");
    critical.value = 2500.5;
    Incident info = makeIncident(2, Incident::State::Triggered, 9000);
    info.severity = QStringLiteral("info");
    model.setIncidents({critical, info});

    auto sortValue = [&](int row, int column) { return model.index(row, column).data(IncidentModel::SortRole); };
    QCOMPARE(sortValue(0, IncidentModel::OpenedColumn).toLongLong(), 5000);
    QCOMPARE(sortValue(1, IncidentModel::OpenedColumn).toLongLong(), 9000);
    QVERIFY(QVariant::compare(sortValue(0, IncidentModel::OpenedColumn), sortValue(1, IncidentModel::OpenedColumn))
            == QPartialOrdering::Less);
    QCOMPARE(sortValue(0, IncidentModel::SeverityColumn).toInt(), 0);
    QCOMPARE(sortValue(1, IncidentModel::SeverityColumn).toInt(), 2);
    QCOMPARE(sortValue(0, IncidentModel::StateColumn).toInt(), int(Incident::State::Acknowledged));
    QCOMPARE(sortValue(1, IncidentModel::StateColumn).toInt(), int(Incident::State::Triggered));
    QCOMPARE(sortValue(0, IncidentModel::ValueColumn).toDouble(), 2500.5);
    QCOMPARE(sortValue(0, IncidentModel::RuleColumn).toString(), QStringLiteral("latency_alert"));
    QCOMPARE(IncidentModel::severityRank(QStringLiteral("warning")), 1);
    QCOMPARE(IncidentModel::severityRank(QStringLiteral("bogus")), 3);
}

void TestIncidentModel::rolesAndHeaders()
{
    IncidentModel model;
    model.upsert(makeIncident(42));
    const QModelIndex idx = model.index(0, IncidentModel::RuleColumn);
    QCOMPARE(idx.data(IncidentModel::IncidentIdRole).toLongLong(), 42);
    QCOMPARE(idx.data(IncidentModel::SeverityRole).toString(), QStringLiteral("warning"));
    QCOMPARE(idx.data().toString(), QStringLiteral("latency_alert"));
    QCOMPARE(model.index(0, IncidentModel::ServiceColumn).data().toString(), QStringLiteral("aid_form"));
    QCOMPARE(model.index(0, IncidentModel::AssigneeColumn).data().toString(), QStringLiteral("alex-ops"));
    QCOMPARE(model.index(0, IncidentModel::ValueColumn).data().toString(), QLocale().toString(1400.0, 'f', 0));
    QVERIFY(model.index(0, IncidentModel::ValueColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("> 1000")));
    for (int column = 0; column < IncidentModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.headerData(IncidentModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
}

void TestIncidentModel::eventModelShowsOneIncident()
{
    EventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 t = QDateTime(QDate(2024, 9, 1), QTime(8, 3, 5)).toMSecsSinceEpoch();
    model.setEvents(7, {makeEvent(11, 7, t + 1000, QStringLiteral("assigned to rotation fema_oncall")),
                        makeEvent(10, 7, t, QStringLiteral("AID_LAT_P95_HIGH fired")),
                        makeEvent(12, 8, t, QStringLiteral("another incident"))});
    QCOMPARE(model.incidentId(), 7);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("08:03:05  AID_LAT_P95_HIGH fired"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("08:03:06  assigned to rotation fema_oncall"));
    QCOMPARE(model.index(0).data(EventModel::EventIdRole).toLongLong(), 10);
    QCOMPARE(model.index(0).data(EventModel::KindRole).toString(), QStringLiteral("fired"));
    QCOMPARE(model.index(0).data(EventModel::TimestampRole).toLongLong(), t);
    QCOMPARE(model.index(0).data(EventModel::MessageRole).toString(), QStringLiteral("AID_LAT_P95_HIGH fired"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(makeEvent(13, 8, t, QStringLiteral("ignored: other incident")));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 2);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.append(makeEvent(14, 7, t, QStringLiteral("ignored: nothing shown")));
    QCOMPARE(model.rowCount(), 0);
}

void TestIncidentModel::eventModelAppendInOrderWithoutDuplicates()
{
    EventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(1, {makeEvent(5, 1, 5000, QStringLiteral("five"))});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.append(makeEvent(9, 1, 9000, QStringLiteral("nine")));
    model.append(makeEvent(5, 1, 5000, QStringLiteral("five again"))); // already shown
    model.append(makeEvent(7, 1, 7000, QStringLiteral("seven")));     // late: goes in between
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(EventModel::EventIdRole).toLongLong(), 5);
    QCOMPARE(model.index(1).data(EventModel::EventIdRole).toLongLong(), 7);
    QCOMPARE(model.index(2).data(EventModel::EventIdRole).toLongLong(), 9);
    QCOMPARE(model.index(0).data(EventModel::MessageRole).toString(), QStringLiteral("five"));
}

void TestIncidentModel::filterProxyFiltersEveryField()
{
    IncidentModel model;
    IncidentFilterProxy proxy;
    proxy.setIncidentModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Incident a = makeIncident(1, Incident::State::Triggered, 1000);
    a.severity = QStringLiteral("critical");
    Incident b = makeIncident(2, Incident::State::Acknowledged, 2000);
    b.service = QStringLiteral("payments");
    b.assignee = QStringLiteral("sam-ops");
    b.labels = {{QStringLiteral("region"), QStringLiteral("us-east-1")}};
    Incident c = makeIncident(3, Incident::State::Resolved, 3000);
    c.assignee.clear();
    c.severity = QStringLiteral("info");
    model.setIncidents({a, b, c});
    proxy.sort(IncidentModel::OpenedColumn, Qt::DescendingOrder);
    auto ids = [&] {
        QList<qint64> out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data(IncidentModel::IncidentIdRole).toLongLong();
        return out;
    };
    QCOMPARE(ids(), (QList<qint64>{2, 1})); // open ones by default, newest first
    proxy.setStates(IncidentFilterProxy::AnyState);
    QCOMPARE(ids(), (QList<qint64>{3, 2, 1}));
    proxy.setStates(IncidentFilterProxy::Resolved);
    QCOMPARE(ids(), (QList<qint64>{3}));
    proxy.setStates(IncidentFilterProxy::AnyState);
    proxy.setSeverities(IncidentFilterProxy::Critical | IncidentFilterProxy::Warning);
    QCOMPARE(ids(), (QList<qint64>{2, 1}));
    proxy.setSeverities(IncidentFilterProxy::AnySeverity);
    proxy.setService(QStringLiteral("payments"));
    QCOMPARE(ids(), (QList<qint64>{2}));
    proxy.setService({});
    proxy.setAssignee(IncidentFilterProxy::kUnassigned);
    QCOMPARE(ids(), (QList<qint64>{3}));
    proxy.setAssignee(QStringLiteral("alex-ops"));
    QCOMPARE(ids(), (QList<qint64>{1}));
    proxy.setAssignee({});
    proxy.setOpenedRange(1500, 2500);
    QCOMPARE(ids(), (QList<qint64>{2}));
    proxy.setOpenedRange(2000, 0);
    QCOMPARE(ids(), (QList<qint64>{3, 2}));
    proxy.setOpenedRange(0, 0);
    proxy.setText(QStringLiteral("US-EAST"));
    QCOMPARE(ids(), (QList<qint64>{2}));
    proxy.setText(QStringLiteral("#3"));
    QCOMPARE(ids(), (QList<qint64>{3}));
    proxy.setText(QStringLiteral("payments east")); // every word must match, in any field
    QCOMPARE(ids(), (QList<qint64>{2}));
    proxy.setText(QStringLiteral("latency nowhere"));
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(model.services(), (QStringList{QStringLiteral("aid_form"), QStringLiteral("payments")}));
    QCOMPARE(model.assignees(), (QStringList{QStringLiteral("alex-ops"), QStringLiteral("sam-ops")}));
}

void TestIncidentModel::filterProxyFollowsLiveChanges()
{
    IncidentModel model;
    IncidentFilterProxy proxy;
    proxy.setIncidentModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSeverities(IncidentFilterProxy::Critical);
    model.setIncidents({makeIncident(1)});
    QCOMPARE(proxy.rowCount(), 0);
    Incident one = makeIncident(1);
    one.severity = QStringLiteral("critical");
    model.upsert(one);
    QCOMPARE(proxy.rowCount(), 1);
    one.state = Incident::State::Resolved; // leaves the open view when it resolves
    std::vector<Incident> batch{one, makeIncident(2)};
    batch[1].severity = QStringLiteral("critical");
    model.upsertMany(batch);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(IncidentModel::IncidentIdRole).toLongLong(), 2);
}

QTEST_MAIN(TestIncidentModel)
#include "tst_incidentmodel.moc"
