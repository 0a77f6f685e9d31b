// Markdown playbooks: id, title and numbered steps.
#include "incidents/Playbook.h"

#include <QTest>

using namespace hms;

namespace {
// The seed chapter's playbook (section 3.3), byte for byte.
const QString kSeedPlaybook = QString::fromUtf8("# Playbook: pb_aid_latency\n"
                                                "1. `kubectl top pod svc-aid-form` \xe2\x80\x93 check CPU/RAM.\n"
                                                "2. If CPU > 80 %, scale replicas: `kubectl scale --replicas=6`.\n"
                                                "3. Verify latency < 1 s with `opsctl metric watch`.\n"
                                                "4. Post update in #incident-fema.\n");
} // namespace

class TestPlaybook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedPlaybook();
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void sizeLimit();
};

void TestPlaybook::seedPlaybook()
{
    const PlaybookParseResult r = parsePlaybook(kSeedPlaybook, QStringLiteral("playbooks/whatever.md"));
    QCOMPARE(r.error, QString());
    QCOMPARE(r.playbook.id, QStringLiteral("pb_aid_latency"));
    QCOMPARE(r.playbook.title, QStringLiteral("Playbook: pb_aid_latency"));
    QCOMPARE(r.playbook.markdown, kSeedPlaybook);
    const QStringList steps{
        QString::fromUtf8("`kubectl top pod svc-aid-form` \xe2\x80\x93 check CPU/RAM."),
        QStringLiteral("If CPU > 80 %, scale replicas: `kubectl scale --replicas=6`."),
        QStringLiteral("Verify latency < 1 s with `opsctl metric watch`."),
        QStringLiteral("Post update in #incident-fema."),
    };
    QCOMPARE(r.playbook.steps, steps);
}

void TestPlaybook::parse_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("steps");

    const QString file = QStringLiteral("pb_disk.md");
    QTest::addRow("id from file name") << QStringLiteral("# Disk full\n1. Free space\n") << file
                                       << QStringLiteral("pb_disk") << QStringLiteral("Disk full")
                                       << QStringList{QStringLiteral("Free space")};
    QTest::addRow("id from file in a directory") << QStringLiteral("text\n") << QStringLiteral("/srv/pb/pb.cpu.md")
                                                 << QStringLiteral("pb.cpu") << QString() << QStringList();
    QTest::addRow("heading id wins over file") << QStringLiteral("# Playbook: pb_x\n") << file << QStringLiteral("pb_x")
                                               << QStringLiteral("Playbook: pb_x") << QStringList();
    QTest::addRow("case-insensitive, extra spaces")
        << QStringLiteral("#   PLAYBOOK:   pb-y   \n") << file << QStringLiteral("pb-y")
        << QStringLiteral("PLAYBOOK:   pb-y") << QStringList();
    QTest::addRow("second-level heading is not the id")
        << QStringLiteral("## Playbook: pb_z\n") << file << QStringLiteral("pb_disk")
        << QStringLiteral("Playbook: pb_z") << QStringList();
    QTest::addRow("title is the first heading") << QStringLiteral("intro\n## Steps\n# Playbook: pb_q\n") << file
                                                << QStringLiteral("pb_q") << QStringLiteral("Steps") << QStringList();
    QTest::addRow("closing hashes") << QStringLiteral("# Disk full ##\n") << file << QStringLiteral("pb_disk")
                                    << QStringLiteral("Disk full") << QStringList();
    QTest::addRow("#tag is not a heading") << QStringLiteral("#incident-fema\n# Real\n") << file
                                           << QStringLiteral("pb_disk") << QStringLiteral("Real") << QStringList();
    QTest::addRow("paren markers and indentation")
        << QStringLiteral("1) one\n  2) two\n\t3. three\n") << file << QStringLiteral("pb_disk") << QString()
        << QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    QTest::addRow("numbers as written, order kept")
        << QStringLiteral("10. ten\n2. two\n1. one\n") << file << QStringLiteral("pb_disk") << QString()
        << QStringList{QStringLiteral("ten"), QStringLiteral("two"), QStringLiteral("one")};
    QTest::addRow("not steps") << QStringLiteral("1.no space\n- bullet\n* star\n1.5 kg\nv1. x\n1.\n2.   \n"
                                                 "1234567890. too many digits\n")
                               << file << QStringLiteral("pb_disk") << QString() << QStringList();
    QTest::addRow("steps between prose") << QStringLiteral("Intro.\n\n1. a\n   more text\n2. b\n\nOutro 3. c\n") << file
                                         << QStringLiteral("pb_disk") << QString()
                                         << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("CRLF") << QStringLiteral("# Playbook: pb_crlf\r\n1. first  \r\n2. second\r\n") << file
                          << QStringLiteral("pb_crlf") << QStringLiteral("Playbook: pb_crlf")
                          << QStringList{QStringLiteral("first"), QStringLiteral("second")};
    QTest::addRow("code fence hides headings and steps")
        << QStringLiteral("# Playbook: pb_f\n```bash\n# tail incidents\n1. not a step\n```\n1. real\n~~~\n2. hidden\n"
                          "```\n3. still hidden\n~~~\n4. shown\n")
        << file << QStringLiteral("pb_f") << QStringLiteral("Playbook: pb_f")
        << QStringList{QStringLiteral("real"), QStringLiteral("shown")};
    QTest::addRow("unclosed fence hides the rest")
        << QStringLiteral("1. a\n```\n1. b\n") << file << QStringLiteral("pb_disk") << QString()
        << QStringList{QStringLiteral("a")};
    QTest::addRow("no trailing newline") << QStringLiteral("1. last") << file << QStringLiteral("pb_disk") << QString()
                                         << QStringList{QStringLiteral("last")};
}

void TestPlaybook::parse()
{
    QFETCH(QString, markdown);
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(QStringList, steps);

    const PlaybookParseResult r = parsePlaybook(markdown, file);
    QCOMPARE(r.error, QString());
    QCOMPARE(r.playbook.id, id);
    QCOMPARE(r.playbook.title, title);
    QCOMPARE(r.playbook.steps, steps);
    QCOMPARE(r.playbook.markdown, markdown);
}

void TestPlaybook::errors_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::addRow("empty") << QString() << QStringLiteral("pb.md") << QStringLiteral("the playbook is empty");
    QTest::addRow("blank") << QStringLiteral(" \n\t\n") << QStringLiteral("pb.md")
                           << QStringLiteral("the playbook is empty");
    QTest::addRow("bad heading id") << QStringLiteral("# Playbook: pb aid\n") << QStringLiteral("pb.md")
                                    << QStringLiteral("the heading names the playbook \"pb aid\"; an id may only hold "
                                                      "letters, digits, '_', '.' and '-'");
    QTest::addRow("empty heading id") << QStringLiteral("# Playbook:\n") << QStringLiteral("pb.md")
                                      << QStringLiteral("the heading names the playbook \"\"; an id may only hold "
                                                        "letters, digits, '_', '.' and '-'");
    QTest::addRow("bad file id") << QStringLiteral("1. a\n") << QStringLiteral("my playbook.md")
                                 << QStringLiteral("no \"# Playbook: <id>\" heading, and the file name gives the "
                                                   "invalid id \"my playbook\"");
    QTest::addRow("no file name") << QStringLiteral("1. a\n") << QString()
                                  << QStringLiteral("no \"# Playbook: <id>\" heading, and the file name gives the "
                                                    "invalid id \"\"");
}

void TestPlaybook::errors()
{
    QFETCH(QString, markdown);
    QFETCH(QString, file);
    QFETCH(QString, error);
    QCOMPARE(parsePlaybook(markdown, file).error, error);
}

void TestPlaybook::sizeLimit()
{
    const QString header = QStringLiteral("# Playbook: pb_big\n");
    QString exact = header + QString(1024 * 1024 - header.size(), u'x');
    QCOMPARE(parsePlaybook(exact, QString()).error, QString());
    QCOMPARE(parsePlaybook(exact + u'x', QString()).error, QStringLiteral("the playbook is larger than 1 MiB"));
    // Counted in UTF-8 bytes: 2 bytes per 'é'.
    const QString wide = header + QString(512 * 1024, QChar(0xe9));
    QCOMPARE(parsePlaybook(wide, QString()).error, QStringLiteral("the playbook is larger than 1 MiB"));
}

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
