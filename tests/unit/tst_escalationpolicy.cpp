// Escalation policies: the YAML reader and which step is due when.
#include "oncall/EscalationPolicy.h"

#include <QTest>
#include <limits>

using namespace hms;

namespace {
// examples/fema_escalation.yml, shortened.
const QByteArray kFemaEscalation = QByteArrayLiteral("# FEMA escalation\n"
                                                     "id: fema_escalation\n"
                                                     "description: FEMA web, primary then team lead\n"
                                                     "repeat: 1\n"
                                                     "steps:\n"
                                                     "  - rotation: fema_oncall\n"
                                                     "    after: 5m\n"
                                                     "  - person:\n"
                                                     "      name: dana-lead\n"
                                                     "      pager: \"152\"\n"
                                                     "      slack: \"@dana-lead\"\n"
                                                     "      email: dana.lead@fema.example.gov\n"
                                                     "    after: 10m\n");

constexpr qint64 kMinute = 60 * 1000;

EscalationPolicy twoSteps(int repeat = 1)
{
    EscalationPolicy p;
    p.id = QStringLiteral("fema_escalation");
    p.steps = {{{QStringLiteral("fema_oncall"), {}}, 5 * kMinute},
        {{QString(), {QStringLiteral("dana-lead"), {}, {}, {}}}, 10 * kMinute}};
    p.repeat = repeat;
    return p;
}
} // namespace

class TestEscalationPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseFemaPolicy();
    void defaults();
    void levelAt_data();
    void levelAt();
    void levels();
    void degeneratePolicies();
    void errors_data();
    void errors();
    void severalErrorsInFileOrder();
};

void TestEscalationPolicy::parseFemaPolicy()
{
    const EscalationPolicyParseResult r = parseEscalationPolicy(kFemaEscalation, QStringLiteral("fema_escalation.yml"));
    QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
    QVERIFY(r.policy.has_value());
    const EscalationPolicy &p = *r.policy;
    QCOMPARE(p.id, QStringLiteral("fema_escalation"));
    QCOMPARE(p.description, QStringLiteral("FEMA web, primary then team lead"));
    QCOMPARE(p.repeat, 1);
    QCOMPARE(p.steps.size(), size_t(2));

    QVERIFY(p.steps[0].target.isRotation());
    QCOMPARE(p.steps[0].target.rotation, QStringLiteral("fema_oncall"));
    QCOMPARE(p.steps[0].target.person.name, QString());
    QCOMPARE(p.steps[0].afterMs, 5 * kMinute);

    QVERIFY(!p.steps[1].target.isRotation());
    QCOMPARE(p.steps[1].target.person.name, QStringLiteral("dana-lead"));
    QCOMPARE(p.steps[1].target.person.pager, QStringLiteral("152"));
    QCOMPARE(p.steps[1].target.person.slack, QStringLiteral("@dana-lead"));
    QCOMPARE(p.steps[1].target.person.email, QStringLiteral("dana.lead@fema.example.gov"));
    QCOMPARE(p.steps[1].afterMs, 10 * kMinute);
    QCOMPARE(p.levelCount(), 4);
}

void TestEscalationPolicy::defaults()
{
    const EscalationPolicyParseResult r = parseEscalationPolicy(
        QByteArrayLiteral("id: p\nsteps:\n  - {person: {name: \" dana \"}, after: 24h}\n"), QStringLiteral("p.yml"));
    QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
    QCOMPARE(r.policy->repeat, 0);
    QCOMPARE(r.policy->description, QString());
    QCOMPARE(r.policy->steps.size(), size_t(1));
    QCOMPARE(r.policy->steps[0].target.person.name, QStringLiteral("dana")); // trimmed
    QCOMPARE(r.policy->steps[0].afterMs, 24 * 60 * kMinute);
    QCOMPARE(r.policy->levelCount(), 1);
}

void TestEscalationPolicy::levelAt_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("index"); // -1: exhausted
    QTest::addColumn<int>("round");
    QTest::addColumn<int>("step");

    // Steps: the rotation for 5m, then dana-lead for 10m; the list runs twice (repeat 1).
    QTest::addRow("at the start") << qint64(0) << 0 << 0 << 0;
    QTest::addRow("negative counts as 0") << qint64(-1) << 0 << 0 << 0;
    QTest::addRow("last ms of step 0") << 5 * kMinute - 1 << 0 << 0 << 0;
    QTest::addRow("5m: step 1") << 5 * kMinute << 1 << 0 << 1;
    QTest::addRow("last ms of round 0") << 15 * kMinute - 1 << 1 << 0 << 1;
    QTest::addRow("15m: round 1, step 0") << 15 * kMinute << 2 << 1 << 0;
    QTest::addRow("20m: round 1, step 1") << 20 * kMinute << 3 << 1 << 1;
    QTest::addRow("last ms before exhausted") << 30 * kMinute - 1 << 3 << 1 << 1;
    QTest::addRow("30m: exhausted") << 30 * kMinute << -1 << 0 << 0;
    QTest::addRow("far past the end") << std::numeric_limits<qint64>::max() << -1 << 0 << 0;
}

void TestEscalationPolicy::levelAt()
{
    QFETCH(qint64, elapsed);
    QFETCH(int, index);
    QFETCH(int, round);
    QFETCH(int, step);
    const EscalationPolicy p = twoSteps();
    const auto l = p.levelAt(elapsed);
    if (index < 0) {
        QVERIFY(!l.has_value());
        return;
    }
    QVERIFY(l.has_value());
    QCOMPARE(l->index, index);
    QCOMPARE(l->round, round);
    QCOMPARE(l->step, step);
    // The level found is due by then, and the next one is not yet.
    QVERIFY(*p.dueAfterMs(index) <= std::max<qint64>(elapsed, 0));
    if (const auto next = p.dueAfterMs(index + 1))
        QVERIFY(*next > elapsed);
}

void TestEscalationPolicy::levels()
{
    const EscalationPolicy p = twoSteps();
    QCOMPARE(p.levelCount(), 4);
    const qint64 due[] = {0, 5 * kMinute, 15 * kMinute, 20 * kMinute};
    for (int i = 0; i < 4; ++i) {
        const auto l = p.level(i);
        QVERIFY(l.has_value());
        QCOMPARE(l->index, i);
        QCOMPARE(l->round, i / 2);
        QCOMPARE(l->step, i % 2);
        QCOMPARE(p.dueAfterMs(i), std::optional<qint64>(due[i]));
        QCOMPARE(p.levelAt(due[i])->index, i);
    }
    QVERIFY(!p.level(4).has_value());
    QVERIFY(!p.level(-1).has_value());
    QCOMPARE(p.dueAfterMs(4), std::nullopt);
    QCOMPARE(p.dueAfterMs(-1), std::nullopt);

    // Without repeat the list runs once and is exhausted after 15m.
    const EscalationPolicy once = twoSteps(0);
    QCOMPARE(once.levelCount(), 2);
    QVERIFY(!once.level(2).has_value());
    QCOMPARE(once.levelAt(15 * kMinute - 1)->index, 1);
    QVERIFY(!once.levelAt(15 * kMinute).has_value());
}

void TestEscalationPolicy::degeneratePolicies()
{
    // Hand-built policies the parser would refuse: nothing to page, or steps lasting no time.
    EscalationPolicy empty;
    QCOMPARE(empty.levelCount(), 0);
    QVERIFY(!empty.levelAt(0).has_value());
    QVERIFY(!empty.level(0).has_value());
    QCOMPARE(empty.dueAfterMs(0), std::nullopt);

    EscalationPolicy zero = twoSteps();
    zero.steps[0].afterMs = 0;
    zero.steps[1].afterMs = 0;
    QVERIFY(!zero.levelAt(0).has_value());
    QCOMPARE(zero.dueAfterMs(3), std::optional<qint64>(0));

    // A zero-length step is skipped over.
    EscalationPolicy skip = twoSteps(0);
    skip.steps[0].afterMs = 0;
    QCOMPARE(skip.levelAt(0)->step, 1);

    // Huge values saturate instead of overflowing.
    EscalationPolicy huge = twoSteps(std::numeric_limits<int>::max());
    huge.steps[0].afterMs = std::numeric_limits<qint64>::max();
    QCOMPARE(huge.levelAt(std::numeric_limits<qint64>::max() - 1)->index, 0);
    QCOMPARE(huge.dueAfterMs(3), std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(huge.levelCount(), std::numeric_limits<int>::max());
}

void TestEscalationPolicy::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray id = "id: p\n";
    const QByteArray steps = "steps:\n  - rotation: fema_oncall\n    after: 5m\n";
    const QString afterRange = QStringLiteral("expected a duration from 1m to 24h, like \"5m\" or \"1h30m\", got ");

    QTest::addRow("missing id") << QByteArray(steps) << 1 << 1 << QStringLiteral("id: required field missing");
    QTest::addRow("bad id") << QByteArray("id: fema escalation\n" + steps) << 1 << 5
                            << QStringLiteral("id: expected an id of letters, digits, '_', '.' or '-', got \"fema "
                                              "escalation\"");
    QTest::addRow("id is a list") << QByteArray("id: [p]\n" + steps) << 1 << 5
                                  << QStringLiteral("id: expected a string, got a list");
    QTest::addRow("description is a mapping") << QByteArray(id + "description: {a: 1}\n" + steps) << 2 << 14
                                              << QStringLiteral("description: expected a string, got a mapping");
    QTest::addRow("repeat 10") << QByteArray(id + "repeat: 10\n" + steps) << 2 << 9
                               << QStringLiteral("repeat: expected a whole number from 0 to 9, got \"10\"");
    QTest::addRow("repeat negative") << QByteArray(id + "repeat: -1\n" + steps) << 2 << 9
                                     << QStringLiteral("repeat: expected a whole number from 0 to 9, got \"-1\"");
    QTest::addRow("repeat fraction") << QByteArray(id + "repeat: 1.5\n" + steps) << 2 << 9
                                     << QStringLiteral("repeat: expected a whole number from 0 to 9, got \"1.5\"");
    QTest::addRow("repeat empty") << QByteArray(id + "repeat:\n" + steps) << 2 << 1
                                  << QStringLiteral("repeat: expected a whole number from 0 to 9, got nothing");
    QTest::addRow("missing steps") << QByteArray(id) << 1 << 1 << QStringLiteral("steps: required field missing");
    QTest::addRow("empty steps") << QByteArray(id + "steps: []\n") << 2 << 8
                                 << QStringLiteral("steps: expected a list of 1 to 20 steps, got an empty list");
    QTest::addRow("steps empty value") << QByteArray(id + "steps:\n") << 2 << 1
                                       << QStringLiteral("steps: expected a list of 1 to 20 steps, got nothing");
    QByteArray many = id + "steps:\n";
    for (int i = 0; i < 21; ++i)
        many += "  - {rotation: r, after: 1m}\n";
    QTest::addRow("21 steps") << many << 3 << 3 << QStringLiteral("steps: expected at most 20 steps, got 21");
    QTest::addRow("step is a string") << QByteArray(id + "steps:\n  - fema_oncall\n") << 3 << 5
                                      << QStringLiteral("steps[0]: expected a mapping with rotation or person, and "
                                                        "after, got \"fema_oncall\"");
    QTest::addRow("neither rotation nor person")
        << QByteArray(id + steps + "  - after: 10m\n") << 5 << 5
        << QStringLiteral("steps[1]: expected rotation or person, got neither");
    QTest::addRow("both rotation and person")
        << QByteArray(id + "steps:\n  - rotation: r\n    person: {name: dana}\n    after: 5m\n") << 4 << 5
        << QStringLiteral("steps[0].person: give either rotation or person, not both");
    QTest::addRow("both, person first") << QByteArray(
        id + "steps:\n  - {person: {name: dana}, rotation: r, after: 5m}\n")
                                        << 3 << 28
                                        << QStringLiteral(
                                               "steps[0].rotation: give either rotation or person, not both");
    QTest::addRow("bad rotation id") << QByteArray(id + "steps:\n  - rotation: fema/oncall\n    after: 5m\n") << 3 << 15
                                     << QStringLiteral("steps[0].rotation: expected an id of letters, digits, '_', "
                                                       "'.' or '-', got \"fema/oncall\"");
    QTest::addRow("rotation empty") << QByteArray(id + "steps:\n  - rotation:\n    after: 5m\n") << 3 << 5
                                    << QStringLiteral("steps[0].rotation: expected a string, got nothing");
    QTest::addRow("person is a string") << QByteArray(id + "steps:\n  - person: dana\n    after: 5m\n") << 3 << 13
                                        << QStringLiteral("steps[0].person: expected a mapping with a name, got "
                                                          "\"dana\"");
    QTest::addRow("person without name") << QByteArray(id + steps + "  - person: {pager: \"152\"}\n    after: 5m\n")
                                         << 5 << 13 << QStringLiteral("steps[1].person.name: required field missing");
    QTest::addRow("person name blank") << QByteArray(id + steps + "  - person: {name: \" \"}\n    after: 5m\n") << 5
                                       << 20 << QStringLiteral("steps[1].person.name: must not be empty");
    QTest::addRow("unknown person field")
        << QByteArray(id + steps + "  - person:\n      name: dana\n      phone: 1\n    after: 5m\n") << 7 << 7
        << QStringLiteral("steps[1].person.phone: unknown field; valid fields are: name, pager, slack, email");
    QTest::addRow("pager is a list") << QByteArray(id + steps + "  - person: {name: dana, pager: [1]}\n    after: 5m\n")
                                     << 5 << 33
                                     << QStringLiteral("steps[1].person.pager: expected a string, got a list");
    QTest::addRow("missing after") << QByteArray(id + steps + "  - rotation: r\n") << 5 << 5
                                   << QStringLiteral("steps[1].after: required field missing");
    QTest::addRow("after empty") << QByteArray(id + steps + "  - rotation: r\n    after:\n") << 6 << 5
                                 << QStringLiteral("steps[1].after: ") + afterRange + QStringLiteral("nothing");
    QTest::addRow("after too short") << QByteArray(id + steps + "  - rotation: r\n    after: 30s\n") << 6 << 12
                                     << QStringLiteral("steps[1].after: ") + afterRange + QStringLiteral("\"30s\"");
    QTest::addRow("after too long") << QByteArray(id + steps + "  - rotation: r\n    after: 1d1ms\n") << 6 << 12
                                    << QStringLiteral("steps[1].after: ") + afterRange + QStringLiteral("\"1d1ms\"");
    QTest::addRow("after words") << QByteArray(id + steps + "  - rotation: r\n    after: soon\n") << 6 << 12
                                 << QStringLiteral("steps[1].after: ") + afterRange + QStringLiteral("\"soon\"");
    QTest::addRow("after is a list") << QByteArray(id + steps + "  - rotation: r\n    after: [5m]\n") << 6 << 12
                                     << QStringLiteral("steps[1].after: ") + afterRange + QStringLiteral("a list");
    QTest::addRow("unknown step field") << QByteArray(
        id + steps + "  - rotation: r\n    after: 5m\n    urgency: high\n")
                                        << 7 << 5
                                        << QStringLiteral("steps[1].urgency: unknown field; valid fields are: "
                                                          "rotation, person, after");
    QTest::addRow("unknown field") << QByteArray(id + steps + "escalate_to: dana\n") << 5 << 1
                                   << QStringLiteral("escalate_to: unknown field; valid fields are: id, description, "
                                                     "repeat, steps");
    QTest::addRow("field twice") << QByteArray(id + steps + "id: q\n") << 5 << 1
                                 << QStringLiteral("id: field given twice");
    QTest::addRow("after twice") << QByteArray(id + steps + "    after: 6m\n") << 5 << 5
                                 << QStringLiteral("steps[0].after: field given twice");
    QTest::addRow("invalid YAML") << QByteArray("id: [p\n") << 2 << 1
                                  << QStringLiteral("invalid YAML: end of sequence flow not found");
    QTest::addRow("not a mapping") << QByteArray("- a\n") << 1 << 1
                                   << QStringLiteral("expected an escalation policy (a mapping), got a list");
    QTest::addRow("lone comma") << QByteArray(",") << 1 << 1 << QStringLiteral("invalid YAML: unexpected character");
    QTest::addRow("two documents") << QByteArray(id + steps + "---\n" + id) << 5 << 1
                                   << QStringLiteral("expected one YAML document, found a second one");
    QTest::addRow("empty file") << QByteArray() << 1 << 1 << QStringLiteral("the file holds no escalation policy");
    QTest::addRow("only a comment") << QByteArray("# nothing yet\n") << 1 << 1
                                    << QStringLiteral("the file holds no escalation policy");
}

void TestEscalationPolicy::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const EscalationPolicyParseResult r = parseEscalationPolicy(yaml, QStringLiteral("fema_escalation.yml"));
    QVERIFY(!r.policy.has_value());
    QCOMPARE(r.errors.size(), size_t(1));
    QCOMPARE(r.errors.front().message, message);
    QCOMPARE(r.errors.front().line, line);
    QCOMPARE(r.errors.front().column, column);
    QCOMPARE(r.errors.front().file, QStringLiteral("fema_escalation.yml"));
}

void TestEscalationPolicy::severalErrorsInFileOrder()
{
    const QByteArray yaml = "steps:\n"
                            "  - rotation: r\n"
                            "    after: 1s\n"
                            "  - person: {}\n"
                            "    after: 5m\n"
                            "repeat: x\n"
                            "id: a b\n";
    const EscalationPolicyParseResult r = parseEscalationPolicy(yaml, QStringLiteral("p.yml"));
    QVERIFY(!r.policy.has_value());
    QCOMPARE(r.errors.size(), size_t(4));
    QCOMPARE(r.errors[0].toString().left(17), QStringLiteral("p.yml:3:12: steps"));
    QCOMPARE(r.errors[1].toString().left(16), QStringLiteral("p.yml:4:13: step"));
    QCOMPARE(r.errors[2].toString().left(19), QStringLiteral("p.yml:6:9: repeat: "));
    QCOMPARE(r.errors[3].toString().left(15), QStringLiteral("p.yml:7:5: id: "));
}

QTEST_APPLESS_MAIN(TestEscalationPolicy)
#include "tst_escalationpolicy.moc"
