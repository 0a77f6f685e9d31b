// On-call rotations: the YAML reader and who is on call when.
#include "oncall/Rotation.h"

#include <QDateTime>
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
    r.zone = QTimeZone(-5 * 3600);
    RotationLayer layer;
    layer.name = QStringLiteral("rotation");
    layer.members = {0, 1, 2};
    layer.startLocalMs = kStart - 5 * kHour; // 08:00 wall-clock
    layer.turnMs = handoff;
    r.layers.push_back(layer);
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
    void dstNewYork();
    void dstBerlin();
    void layersRestrictionsOverrides();
    void scheduleErrors_data();
    void scheduleErrors();
};

void TestRotation::parseSeedRotation()
{
    const RotationParseResult r = parseRotation(kFemaOncall, QStringLiteral("fema_oncall.yml"));
    QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
    QVERIFY(r.rotation.has_value());
    const Rotation &rot = *r.rotation;
    QCOMPARE(rot.id, QStringLiteral("fema_oncall"));
    QCOMPARE(rot.description, QStringLiteral("FEMA web on-call"));
    QCOMPARE(rot.layers.size(), size_t(1));
    QCOMPARE(rot.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC)), -5 * 3600);
    QCOMPARE(rot.instantOf(rot.layers[0].startLocalMs), kStart);
    QCOMPARE(rot.layers[0].turnMs, kWeek);
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
    QCOMPARE(r.rotation->instantOf(r.rotation->layers.at(0).startLocalMs), ms);
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
    const QString kBadTime = QStringLiteral("start: expected a date and time, like \"2026-01-05T08:00:00-05:00\" or "
                                            "\"2026-01-05T08:00:00\" (wall-clock time in time_zone), got %1");

    QTest::addRow("start without offset or zone")
        << QByteArray(id + "start: 2026-01-05T08:00:00\n" + handoff + members) << 2 << 8
        << QStringLiteral("start: give an offset, like \"2026-01-05T08:00:00-05:00\", or a time_zone for "
                          "wall-clock time");
    // Found by fuzz_rotation under UBSan: a hand-off of 106 million days overflowed the next
    // hand-off's instant.
    QTest::addRow("handoff too long") << QByteArray(id + start + "handoff: 106751991d\n" + members) << 3 << 10
                                      << QStringLiteral("handoff: a hand-off every 106751991d is too long: at most "
                                                        "3650d (ten years)");
    QTest::addRow("start date only") << QByteArray(id + "start: 2026-01-05\n" + handoff + members) << 2 << 8
                                     << kBadTime.arg(QStringLiteral("\"2026-01-05\""));
    QTest::addRow("start month 13") << QByteArray(id + "start: 2026-13-05T00:00:00Z\n" + handoff + members) << 2 << 8
                                    << kBadTime.arg(QStringLiteral("\"2026-13-05T00:00:00Z\""));
    QTest::addRow("start empty") << QByteArray(id + "start:\n" + handoff + members) << 2 << 1
                                 << kBadTime.arg(QStringLiteral("nothing"));
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
                                                     "time_zone, start, handoff, members, layers, overrides");
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
    r.layers[0].members.clear();
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
    // No overflow at the ends of the time axis: times are clamped to years 1..9999.
    Rotation r = threeMembers(kWeek);
    r.layers[0].startLocalMs = Rotation::kMinMs + 3 * kDay;
    const TimestampMs max = std::numeric_limits<TimestampMs>::max();
    const TimestampMs min = std::numeric_limits<TimestampMs>::min();
    QVERIFY(r.memberIndexAt(max).has_value());
    QVERIFY(*r.memberIndexAt(max) >= 0 && *r.memberIndexAt(max) < 3);
    QCOMPARE(r.memberIndexAt(min), std::nullopt);
    QCOMPARE(r.nextHandoffAfter(max), max); // saturates
    const TimestampMs start = r.instantOf(r.layers[0].startLocalMs);
    QCOMPARE(r.memberIndexAt(start), std::optional<int>(0));
    QCOMPARE(r.memberIndexAt(start + kWeek), std::optional<int>(1));
    QCOMPARE(r.nextHandoffAfter(start + 1), start + kWeek);
}

namespace {
TimestampMs utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid() && t.timeSpec() != Qt::LocalTime);
    return t.toMSecsSinceEpoch();
}

Rotation parsed(const QByteArray &yaml)
{
    const RotationParseResult r = parseRotation(yaml, QStringLiteral("schedule.yml"));
    if (!r.errors.empty())
        qWarning("%s", qPrintable(r.errors.front().toString()));
    return r.rotation.value_or(Rotation{});
}

QString who(const Rotation &r, TimestampMs t)
{
    const auto i = r.memberIndexAt(t);
    return i ? r.members.at(size_t(*i)).name : QStringLiteral("nobody");
}
} // namespace

void TestRotation::dstNewYork()
{
    // Weekly, Monday 08:00 US Eastern: 13:00Z in winter, 12:00Z after the spring-forward of
    // Sunday 2026-03-08 (02:00 EST -> 03:00 EDT).
    const Rotation weekly = parsed("id: r\ntime_zone: America/New_York\nstart: 2026-01-05T08:00:00\nhandoff: 1w\n"
                                   "members: [a, b, c]\n");
    QVERIFY(!weekly.layers.empty());
    QCOMPARE(who(weekly, utc("2026-01-05T13:00:00Z")), QStringLiteral("a"));
    QCOMPARE(who(weekly, utc("2026-01-05T12:59:59.999Z")), QStringLiteral("nobody"));
    // Turn 8 starts Monday 2026-03-02 08:00 EST; turn 9 Monday 2026-03-09 08:00 EDT = 12:00Z.
    QCOMPARE(who(weekly, utc("2026-03-09T11:59:59.999Z")), QStringLiteral("c"));
    QCOMPARE(who(weekly, utc("2026-03-09T12:00:00Z")), QStringLiteral("a"));
    QCOMPARE(weekly.nextHandoffAfter(utc("2026-03-03T00:00:00Z")), utc("2026-03-09T12:00:00Z"));
    // And back to 13:00Z after the fall-back of Sunday 2026-11-01.
    QCOMPARE(weekly.nextHandoffAfter(utc("2026-10-27T00:00:00Z")), utc("2026-11-02T13:00:00Z"));

    // Daily at 02:30, which does not exist on 2026-03-08: that handoff happens at 03:00 EDT (07:00Z).
    const Rotation gap = parsed("id: r\ntime_zone: America/New_York\nstart: 2026-03-01T02:30:00\nhandoff: 1d\n"
                                "members: [a, b]\n");
    QCOMPARE(who(gap, utc("2026-03-08T06:59:59.999Z")), QStringLiteral("a")); // turn 6
    QCOMPARE(who(gap, utc("2026-03-08T07:00:00Z")), QStringLiteral("b"));     // turn 7, 30 min short
    QCOMPARE(gap.nextHandoffAfter(utc("2026-03-08T07:00:00Z")), utc("2026-03-09T06:30:00Z"));
    QCOMPARE(who(gap, utc("2026-03-09T06:30:00Z")), QStringLiteral("a"));

    // Daily at 01:30, which happens twice on 2026-11-01: the handoff is at the first (05:30Z), and the
    // second 01:30 (06:30Z) hands nothing off; that turn lasts 25 hours.
    const Rotation twice = parsed("id: r\ntime_zone: America/New_York\nstart: 2026-10-31T01:30:00\nhandoff: 1d\n"
                                  "members: [a, b]\n");
    QCOMPARE(who(twice, utc("2026-11-01T05:29:59.999Z")), QStringLiteral("a"));
    QCOMPARE(who(twice, utc("2026-11-01T05:30:00Z")), QStringLiteral("b"));
    QCOMPARE(who(twice, utc("2026-11-01T06:30:00Z")), QStringLiteral("b"));
    QCOMPARE(twice.nextHandoffAfter(utc("2026-11-01T05:30:00Z")), utc("2026-11-02T06:30:00Z"));
}

void TestRotation::dstBerlin()
{
    // Weekly, Monday 09:00 Berlin: 08:00Z before Sunday 2026-03-29 (02:00 CET -> 03:00 CEST), 07:00Z after.
    const Rotation weekly = parsed("id: r\ntime_zone: Europe/Berlin\nstart: 2026-03-16T09:00:00\nhandoff: 1w\n"
                                   "members: [a, b]\n");
    QCOMPARE(who(weekly, utc("2026-03-23T08:00:00Z")), QStringLiteral("b"));
    QCOMPARE(weekly.nextHandoffAfter(utc("2026-03-23T08:00:00Z")), utc("2026-03-30T07:00:00Z"));
    QCOMPARE(who(weekly, utc("2026-03-30T07:00:00Z")), QStringLiteral("a"));

    // 12-hour turns at 08:00 and 20:00: the night of the spring-forward is an 11-hour turn.
    const Rotation shifts = parsed("id: r\ntime_zone: Europe/Berlin\nstart: 2026-03-28T08:00:00\nhandoff: 12h\n"
                                   "members: [day, night]\n");
    QCOMPARE(who(shifts, utc("2026-03-28T07:00:00Z")), QStringLiteral("day"));
    QCOMPARE(shifts.nextHandoffAfter(utc("2026-03-28T07:00:00Z")), utc("2026-03-28T19:00:00Z"));
    QCOMPARE(shifts.nextHandoffAfter(utc("2026-03-28T19:00:00Z")), utc("2026-03-29T06:00:00Z"));
    QCOMPARE(who(shifts, utc("2026-03-29T06:00:00Z")), QStringLiteral("day"));
    QCOMPARE(who(shifts, utc("2026-03-29T18:00:00Z")), QStringLiteral("night")); // 20:00 CEST

    // Hourly turns over the fall-back of 2026-10-25 (03:00 CEST -> 02:00 CET): the 02:00 turn spans
    // both 02:00-03:00 hours (00:00Z to 02:00Z).
    const Rotation hourly = parsed("id: r\ntime_zone: Europe/Berlin\nstart: 2026-10-25T00:00:00\nhandoff: 1h\n"
                                   "members: [a, b, c]\n");
    QCOMPARE(who(hourly, utc("2026-10-24T22:00:00Z")), QStringLiteral("a")); // 00:00 CEST
    QCOMPARE(who(hourly, utc("2026-10-24T23:00:00Z")), QStringLiteral("b")); // 01:00 CEST
    QCOMPARE(who(hourly, utc("2026-10-25T00:00:00Z")), QStringLiteral("c")); // 02:00 CEST
    QCOMPARE(who(hourly, utc("2026-10-25T01:30:00Z")), QStringLiteral("c")); // 02:30 CET, again
    QCOMPARE(hourly.nextHandoffAfter(utc("2026-10-25T00:00:00Z")), utc("2026-10-25T02:00:00Z"));
    QCOMPARE(who(hourly, utc("2026-10-25T02:00:00Z")), QStringLiteral("a")); // 03:00 CET
}

void TestRotation::layersRestrictionsOverrides()
{
    // A weekly primary layer, a weekday business-hours layer above it, and a Thanksgiving override.
    const Rotation r = parsed("id: fema\n"
                              "time_zone: America/New_York\n"
                              "members: [a, b, c, d, e]\n"
                              "layers:\n"
                              "  - name: primary\n"
                              "    start: 2026-01-05T08:00:00\n"
                              "    handoff: 1w\n"
                              "    members: [a, b, c]\n"
                              "  - name: business-hours\n"
                              "    start: 2026-01-05T09:00:00\n"
                              "    handoff: 1d\n"
                              "    members: [d, e]\n"
                              "    restrictions:\n"
                              "      - days: weekdays\n"
                              "        start: \"09:00\"\n"
                              "        end: \"17:00\"\n"
                              "overrides:\n"
                              "  - member: c\n"
                              "    start: 2026-11-26T08:00:00\n"
                              "    end: 2026-11-27T08:00:00\n");
    QCOMPARE(r.layers.size(), size_t(2));
    // Wednesday 2026-01-07 10:00 EST: the higher layer (turn 2 -> d) wins.
    const auto wed = r.onCallAt(utc("2026-01-07T15:00:00Z"));
    QVERIFY(wed.has_value());
    QCOMPARE(r.members.at(size_t(wed->member)).name, QStringLiteral("d"));
    QCOMPARE(wed->layer, 1);
    QCOMPARE(wed->until, utc("2026-01-07T22:00:00Z")); // 17:00 EST
    // After hours the primary layer shows through, until 09:00 the next morning (e's turn).
    QCOMPARE(who(r, utc("2026-01-07T22:00:00Z")), QStringLiteral("a"));
    QCOMPARE(r.nextHandoffAfter(utc("2026-01-07T22:00:00Z")), utc("2026-01-08T14:00:00Z"));
    QCOMPARE(who(r, utc("2026-01-08T14:00:00Z")), QStringLiteral("e"));
    // Saturday: restricted out, the primary layer.
    QCOMPARE(who(r, utc("2026-01-10T15:00:00Z")), QStringLiteral("a"));
    // Business hours follow the wall clock across DST: Monday 2026-03-09 09:00 EDT is 13:00Z.
    QCOMPARE(who(r, utc("2026-03-09T12:59:00Z")), QStringLiteral("a"));
    QCOMPARE(who(r, utc("2026-03-09T13:00:00Z")), QStringLiteral("e")); // turn 63
    // Thursday 2026-11-26 (Thanksgiving): the override beats both layers, 08:00 to 08:00 EST.
    const auto thanksgiving = r.onCallAt(utc("2026-11-26T15:00:00Z"));
    QVERIFY(thanksgiving.has_value());
    QCOMPARE(r.members.at(size_t(thanksgiving->member)).name, QStringLiteral("c"));
    QCOMPARE(thanksgiving->layer, -1);
    QCOMPARE(thanksgiving->until, utc("2026-11-27T13:00:00Z"));
    QCOMPARE(who(r, utc("2026-11-26T12:59:59.999Z")), QStringLiteral("b")); // primary, turn 46

    // An overnight window belongs to the day it starts on.
    RotationRestriction fridayNight{0x10, 18 * kHour, 8 * kHour};
    const qint64 friday = kDay; // 1970-01-02 was a Friday
    QVERIFY(fridayNight.contains(friday + 20 * kHour));
    QVERIFY(fridayNight.contains(friday + kDay + 7 * kHour));
    QVERIFY(!fridayNight.contains(friday + kDay + 9 * kHour));
    QVERIFY(!fridayNight.contains(friday - kDay + 20 * kHour));
    QVERIFY(!fridayNight.contains(friday + 7 * kHour));
}

void TestRotation::scheduleErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head = "id: r\ntime_zone: Europe/Berlin\nmembers: [a, b]\n";
    const QByteArray layer = "layers:\n  - name: l\n    start: 2026-01-05T09:00:00\n    handoff: 1d\n";

    QTest::addRow("unknown zone") << QByteArray("id: r\ntime_zone: Mars/Olympus\nmembers: [a]\nstart: 2026-01-05T09:00:00Z\nhandoff: 1d\n") << 2 << 12
                                  << QStringLiteral("time_zone: expected an IANA time zone like "
                                                    "\"America/New_York\", got \"Mars/Olympus\"");
    QTest::addRow("unknown layer member") << QByteArray(head + layer + "    members: [a, z]\n") << 8 << 18
                                          << QStringLiteral("layers[0].members[1]: unknown member \"z\"; "
                                                            "members are: a, b");
    QTest::addRow("start and layers") << QByteArray(head + "start: 2026-01-05T09:00:00\n" + layer
                                                    + "    members: [a]\n")
                                      << 4 << 8
                                      << QStringLiteral("start: give start and handoff in each layer when the "
                                                        "rotation has layers");
    QTest::addRow("bad day") << QByteArray(head + layer + "    members: [a]\n    restrictions:\n"
                                                          "      - {days: [mon, funday], start: \"09:00\", end: \"17:00\"}\n")
                             << 10 << 22
                             << QStringLiteral("layers[0].restrictions[0].days: expected a day (mon, tue, wed, thu, "
                                               "fri, sat, sun, weekdays, weekend), got \"funday\"");
    QTest::addRow("bad clock") << QByteArray(head + layer + "    members: [a]\n    restrictions:\n"
                                                            "      - {start: \"9am\", end: \"17:00\"}\n")
                               << 10 << 17
                               << QStringLiteral("layers[0].restrictions[0].start: expected a time of day like "
                                                 "\"09:00\", got \"9am\"");
    QTest::addRow("empty window") << QByteArray(head + layer + "    members: [a]\n    restrictions:\n"
                                                               "      - {start: \"09:00\", end: \"09:00\"}\n")
                                  << 10 << 31
                                  << QStringLiteral("layers[0].restrictions[0].end: must differ from start (for the "
                                                    "whole day, leave out restrictions or use 00:00 to 24:00)");
    const QByteArray simple = "id: r\ntime_zone: Europe/Berlin\nstart: 2026-01-05T09:00:00\nhandoff: 1w\n"
                              "members: [a, b]\noverrides:\n";
    QTest::addRow("override end before start")
        << QByteArray(simple + "  - {member: a, start: 2026-02-01T10:00:00, end: 2026-02-01T09:00:00}\n") << 7 << 50
        << QStringLiteral("overrides[0].end: must be after start");
    QTest::addRow("overlapping overrides")
        << QByteArray(simple + "  - {member: a, start: 2026-02-01T08:00:00, end: 2026-02-02T08:00:00}\n"
                               "  - {member: b, start: 2026-02-01T20:00:00, end: 2026-02-03T08:00:00}\n")
        << 8 << 50
        << QStringLiteral("overrides[1]: overlaps overrides[0] (b and a from 2026-02-01T20:00:00+01:00 to "
                          "2026-02-02T08:00:00+01:00)");
    QTest::addRow("override unknown member")
        << QByteArray(simple + "  - {member: x, start: 2026-02-01T08:00:00, end: 2026-02-02T08:00:00}\n") << 7 << 14
        << QStringLiteral("overrides[0].member: unknown member \"x\"; members are: a, b");
}

void TestRotation::scheduleErrors()
{
    errors();
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
