// On-call rotations: the YAML reader and who is on call when.
#include "oncall/Rotation.h"

#include <QTest>
#include <limits>

using namespace hms;

namespace {
// The seed's `notify: fema_oncall`, with the seed's "pager #149".
const QByteArray kFemaOncall = QByteArrayLiteral("# FEMA web on-call\n"
                                                 "id: fema_oncall\n"
                                                 "description: FEMA web on-call\n"
                                                 "start: 2026-01-05T08:00:00-05:00\n"
                                                 "handoff: 1w\n"
                                                 "members:\n"
                                                 "  - name: alex-ops\n"
                                                 "    pager: \"149\"\n"
                                                 "    slack: \"@alex-ops\"\n"
                                                 "    email: alex@example.gov\n"
                                                 "  - sam-ops\n"
                                                 "  - name: kim-ops\n");

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
// 2026-01-05T13:00:00Z, i.e. 08:00 in UTC-5.
constexpr TimestampMs kStart = 1'767'618'000'000LL;

Rotation threeMembers(qint64 handoff = kWeek)
{
    Rotation r;
    r.id = QStringLiteral("fema_oncall");
    r.members = {{QStringLiteral("alex-ops"), {}, {}, {}}, {QStringLiteral("sam-ops"), {}, {}, {}},
        {QStringLiteral("kim-ops"), {}, {}, {}}};
    r.startMs = kStart;
    r.handoffMs = handoff;
    return r;
}
} // namespace

class TestRotation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseSeedRotation();
    void startFormats_data();
    void startFormats();
    void errors_data();
    void errors();
    void memberIndexAt_data();
    void memberIndexAt();
    void noMembersOrNoHandoff();
    void nextHandoffAfter_data();
    void nextHandoffAfter();
    void extremeTimes();
};

void TestRotation::parseSeedRotation()
{
    const RotationParseResult r = parseRotation(kFemaOncall, QStringLiteral("fema_oncall.yml"));
    QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
    QVERIFY(r.rotation.has_value());
    const Rotation &rot = *r.rotation;
    QCOMPARE(rot.id, QStringLiteral("fema_oncall"));
    QCOMPARE(rot.description, QStringLiteral("FEMA web on-call"));
    QCOMPARE(rot.startMs, kStart);
    QCOMPARE(rot.handoffMs, kWeek);
    QCOMPARE(rot.members.size(), size_t(3));
    QCOMPARE(rot.members[0].name, QStringLiteral("alex-ops"));
    QCOMPARE(rot.members[0].pager, QStringLiteral("149"));
    QCOMPARE(rot.members[0].slack, QStringLiteral("@alex-ops"));
    QCOMPARE(rot.members[0].email, QStringLiteral("alex@example.gov"));
    QCOMPARE(rot.members[1].name, QStringLiteral("sam-ops"));
    QCOMPARE(rot.members[1].pager, QString());
    QCOMPARE(rot.members[2].name, QStringLiteral("kim-ops"));
    // Who holds the pager a day after the start, and in the second week.
    QCOMPARE(rot.memberIndexAt(kStart + kDay), std::optional<int>(0));
    QCOMPARE(rot.memberIndexAt(kStart + kWeek + kDay), std::optional<int>(1));
}

void TestRotation::startFormats_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("offset") << QStringLiteral("2026-01-05T08:00:00-05:00") << kStart;
    QTest::addRow("Z") << QStringLiteral("2026-01-05T13:00:00Z") << kStart;
    QTest::addRow("+00:00") << QStringLiteral("2026-01-05T13:00:00+00:00") << kStart;
    QTest::addRow("milliseconds") << QStringLiteral("2026-01-05T13:00:00.250Z") << kStart + 250;
    QTest::addRow("positive offset") << QStringLiteral("2026-01-05T14:30:00+01:30") << kStart;
    QTest::addRow("quoted") << QStringLiteral("\"2026-01-05T13:00:00Z\"") << kStart;
}

void TestRotation::startFormats()
{
    QFETCH(QString, start);
    QFETCH(qint64, ms);
    const QByteArray yaml = "id: r\nstart: " + start.toUtf8() + "\nhandoff: 1d\nmembers: [a]\n";
    const RotationParseResult r = parseRotation(yaml, QStringLiteral("r.yml"));
    QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
    QCOMPARE(r.rotation->startMs, ms);
}

void TestRotation::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray id = "id: r\n";
    const QByteArray start = "start: 2026-01-05T13:00:00Z\n";
    const QByteArray handoff = "handoff: 1w\n";
    const QByteArray members = "members: [a, b]\n";

    QTest::addRow("start without offset")
        << QByteArray(id + "start: 2026-01-05T08:00:00\n" + handoff + members) << 2 << 8
        << QStringLiteral("start: expected a date and time with an offset, like "
                          "\"2026-01-05T08:00:00-05:00\", got "
                          "\"2026-01-05T08:00:00\"");
    QTest::addRow("start date only") << QByteArray(id + "start: 2026-01-05\n" + handoff + members) << 2 << 8
                                     << QStringLiteral("start: expected a date and time with an offset, like "
                                                       "\"2026-01-05T08:00:00-05:00\", got \"2026-01-05\"");
    QTest::addRow("start month 13") << QByteArray(id + "start: 2026-13-05T00:00:00Z\n" + handoff + members) << 2 << 8
                                    << QStringLiteral("start: expected a date and time with an offset, like "
                                                      "\"2026-01-05T08:00:00-05:00\", got \"2026-13-05T00:00:00Z\"");
    QTest::addRow("start empty") << QByteArray(id + "start:\n" + handoff + members) << 2 << 1
                                 << QStringLiteral("start: expected a date and time with an offset, like "
                                                   "\"2026-01-05T08:00:00-05:00\", got nothing");
    QTest::addRow("handoff zero") << QByteArray(id + start + "handoff: 0s\n" + members) << 3 << 10
                                  << QStringLiteral("handoff: expected a duration longer than 0, like \"1w\" or "
                                                    "\"12h\", got \"0s\"");
    QTest::addRow("handoff words") << QByteArray(id + start + "handoff: weekly\n" + members) << 3 << 10
                                   << QStringLiteral("handoff: expected a duration longer than 0, like \"1w\" or "
                                                     "\"12h\", got \"weekly\"");
    QTest::addRow("bad id") << QByteArray("id: fema oncall\n" + start + handoff + members) << 1 << 5
                            << QStringLiteral("id: expected an id of letters, digits, '_', '.' or '-', got \"fema "
                                              "oncall\"");
    QTest::addRow("missing id") << QByteArray(start + handoff + members) << 1 << 1
                                << QStringLiteral("id: required field missing");
    QTest::addRow("missing members") << QByteArray(id + start + handoff) << 1 << 1
                                     << QStringLiteral("members: required field missing");
    QTest::addRow("empty members") << QByteArray(id + start + handoff + "members: []\n") << 4 << 10
                                   << QStringLiteral("members: expected a non-empty list of members, got an empty "
                                                     "list");
    QTest::addRow("unknown field") << QByteArray(id + start + handoff + members + "timezone: EST\n") << 5 << 1
                                   << QStringLiteral("timezone: unknown field; valid fields are: id, description, "
                                                     "start, handoff, members");
    QTest::addRow("unknown member field")
        << QByteArray(id + start + handoff + "members:\n  - name: a\n    phone: 1\n") << 6 << 5
        << QStringLiteral("members[0].phone: unknown field; valid fields are: name, "
                          "pager, slack, email");
    QTest::addRow("member without name") << QByteArray(id + start + handoff + "members:\n  - a\n  - pager: \"150\"\n")
                                         << 6 << 5 << QStringLiteral("members[1].name: required field missing");
    QTest::addRow("duplicate member") << QByteArray(id + start + handoff + "members:\n  - a\n  - name: a\n") << 6 << 11
                                      << QStringLiteral("members[1].name: \"a\" is listed twice");
    QTest::addRow("member is a list") << QByteArray(id + start + handoff + "members:\n  - [a]\n") << 5 << 5
                                      << QStringLiteral("members[0]: expected a name or a mapping, got a list");
    QTest::addRow("pager is a mapping") << QByteArray(id + start + handoff + "members:\n  - {name: a, pager: {x: 1}}\n")
                                        << 5 << 22
                                        << QStringLiteral("members[0].pager: expected a string, got a mapping");
    QTest::addRow("field twice") << QByteArray(id + start + handoff + members + "id: s\n") << 5 << 1
                                 << QStringLiteral("id: field given twice");
    QTest::addRow("invalid YAML") << QByteArray("id: [r\n") << 2 << 1
                                  << QStringLiteral("invalid YAML: end of sequence flow not found");
    QTest::addRow("not a mapping") << QByteArray("- a\n") << 1 << 1
                                   << QStringLiteral("expected a rotation (a mapping), got a list");
    QTest::addRow("lone comma") << QByteArray(",") << 1 << 1 << QStringLiteral("invalid YAML: unexpected character");
    QTest::addRow("two documents") << QByteArray(id + start + handoff + members + "---\n" + id) << 5 << 1
                                   << QStringLiteral("expected one YAML document, found a second one");
    QTest::addRow("empty file") << QByteArray() << 0 << 0 << QStringLiteral("the file holds no rotation");
}

void TestRotation::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const RotationParseResult r = parseRotation(yaml, QStringLiteral("fema_oncall.yml"));
    QVERIFY(!r.rotation.has_value());
    QCOMPARE(r.errors.size(), size_t(1));
    QCOMPARE(r.errors.front().message, message);
    QCOMPARE(r.errors.front().line, line);
    QCOMPARE(r.errors.front().column, column);
    QCOMPARE(r.errors.front().file, QStringLiteral("fema_oncall.yml"));
}

void TestRotation::memberIndexAt_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<int>("index"); // -1: nobody

    QTest::addRow("long before start") << kStart - 365 * kDay << -1;
    QTest::addRow("1 ms before start") << kStart - 1 << -1;
    QTest::addRow("exactly at start") << kStart << 0;
    QTest::addRow("inside turn 0") << kStart + 3 * kDay << 0;
    QTest::addRow("last ms of turn 0") << kStart + kWeek - 1 << 0;
    QTest::addRow("first ms of turn 1") << kStart + kWeek << 1;
    QTest::addRow("last ms of turn 1") << kStart + 2 * kWeek - 1 << 1;
    QTest::addRow("first ms of turn 2") << kStart + 2 * kWeek << 2;
    QTest::addRow("turn 3 wraps to 0") << kStart + 3 * kWeek << 0;
    QTest::addRow("turn 4") << kStart + 4 * kWeek + kHour << 1;
    QTest::addRow("turn 1000 (1000 mod 3 = 1)") << kStart + 1000 * kWeek << 1;
}

void TestRotation::memberIndexAt()
{
    QFETCH(qint64, t);
    QFETCH(int, index);
    const Rotation r = threeMembers();
    QCOMPARE(r.memberIndexAt(t), index < 0 ? std::nullopt : std::optional<int>(index));
}

void TestRotation::noMembersOrNoHandoff()
{
    Rotation r = threeMembers();
    r.members.clear();
    QCOMPARE(r.memberIndexAt(kStart + kDay), std::nullopt);
    r = threeMembers(0);
    QCOMPARE(r.memberIndexAt(kStart + kDay), std::nullopt);
    QCOMPARE(r.nextHandoffAfter(kStart + kDay), std::numeric_limits<TimestampMs>::max());
}

void TestRotation::nextHandoffAfter_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<qint64>("handoff");

    QTest::addRow("before start: the first turn begins") << kStart - kDay << kStart;
    QTest::addRow("at start") << kStart << kStart + kWeek;
    QTest::addRow("inside turn 0") << kStart + kDay << kStart + kWeek;
    QTest::addRow("last ms of turn 0") << kStart + kWeek - 1 << kStart + kWeek;
    QTest::addRow("exactly at a handoff: the next one") << kStart + kWeek << kStart + 2 * kWeek;
    QTest::addRow("turn 10") << kStart + 10 * kWeek + 5 << kStart + 11 * kWeek;
}

void TestRotation::nextHandoffAfter()
{
    QFETCH(qint64, t);
    QFETCH(qint64, handoff);
    const Rotation r = threeMembers();
    QCOMPARE(r.nextHandoffAfter(t), handoff);
    QVERIFY(r.nextHandoffAfter(t) > t);
    // The member changes exactly there (or starts there, before the start).
    if (t >= kStart) {
        QCOMPARE(r.memberIndexAt(handoff - 1), r.memberIndexAt(t));
        QVERIFY(r.memberIndexAt(handoff) != r.memberIndexAt(t));
    }
}

void TestRotation::extremeTimes()
{
    // No overflow at the ends of the time axis.
    Rotation r = threeMembers(kWeek);
    r.startMs = std::numeric_limits<TimestampMs>::min();
    const TimestampMs max = std::numeric_limits<TimestampMs>::max();
    QVERIFY(r.memberIndexAt(max).has_value());
    QVERIFY(*r.memberIndexAt(max) >= 0 && *r.memberIndexAt(max) < 3);
    QCOMPARE(r.nextHandoffAfter(max), max); // saturates
    QCOMPARE(r.memberIndexAt(r.startMs), std::optional<int>(0));
    QCOMPARE(r.nextHandoffAfter(r.startMs), r.startMs + kWeek);

    // A start before 1970 (found by fuzz_rotation: `max - t` overflowed for negative t).
    r.startMs = -62'135'647'200'000LL; // 0001-01-01T00:00:00+14:00
    QCOMPARE(r.memberIndexAt(r.startMs + kWeek), std::optional<int>(1));
    QCOMPARE(r.nextHandoffAfter(r.startMs + 1), r.startMs + kWeek);
    QCOMPARE(r.nextHandoffAfter(max), max);
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
