// The catalogues are complete and current: lupdate is run over today's sources into copies of
// translations/*.ts (the same project as `update_translations`, but keeping obsolete entries), and
// the test fails on any entry that is unfinished (a new string nobody translated) or obsolete (a
// translation whose source string is gone), naming each. It also checks what a translator can get
// wrong without lupdate noticing: placeholders, menu accelerators and plural forms; and that the
// compiled catalogues (:/i18n) are the ones the program switches between.
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Entry {
    QString context;
    QString source;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms; // one, or the plural forms
    bool numerus = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message") {
            entry = Entry{context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
        } else if (name == u"source")
            entry.source = xml.readElementText();
        else if (name == u"translation") {
            entry.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!entry.numerus)
                entry.forms << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    entry.forms << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2:%3: %4").arg(path).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?=[^\\s&])"));
    return int(text.count(re));
}

QString where(const Entry &e)
{
    return QStringLiteral("[%1] \"%2\"").arg(e.context, e.source.left(70));
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void current_data();
    void current();
    void wellFormed_data() { current_data(); }
    void wellFormed();
    void compiledCatalogues();
};

void TestTranslations::current_data()
{
    QTest::addColumn<QString>("ts");
    for (const QString &path : QStringLiteral(HMS_TS_FILES).split(u'|'))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslations::current()
{
    QFETCH(QString, ts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The project file `update_translations` uses: hms-ops' sources and include paths.
    const QString project = dir.filePath(QStringLiteral("project.json"));
    QProcess generate;
    generate.start(QStringLiteral(HMS_CMAKE_COMMAND),
                   {QStringLiteral("-DIN_FILE=" HMS_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project,
                    QStringLiteral("-P"), QStringLiteral(HMS_LUPDATE_GENERATOR)});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

    QProcess lupdate;
    lupdate.start(QStringLiteral(HMS_LUPDATE),
                  {QStringLiteral("-project"), project, QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Entry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 1000);
    QStringList unfinished, obsolete;
    for (const Entry &e : entries) {
        if (e.type == u"unfinished")
            unfinished << where(e);
        else if (e.type == u"obsolete" || e.type == u"vanished")
            obsolete << where(e);
    }
    const QString fix = QStringLiteral(" (run `cmake --build build/dev --target update_translations`, then translate)");
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1: %2 unfinished, e.g. %3%4")
                                                  .arg(QFileInfo(ts).fileName()).arg(unfinished.size())
                                                  .arg(unfinished.mid(0, 5).join(QStringLiteral("; ")), fix)));
    QVERIFY2(obsolete.isEmpty(), qPrintable(QStringLiteral("%1: %2 obsolete, e.g. %3%4")
                                                .arg(QFileInfo(ts).fileName()).arg(obsolete.size())
                                                .arg(obsolete.mid(0, 5).join(QStringLiteral("; ")), fix)));
}

void TestTranslations::wellFormed()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Entry> entries = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Entry &e : entries) {
        if (e.numerus && e.forms.size() != 2) // English and Spanish: one, other
            problems << where(e) + QStringLiteral(": %1 plural forms, expected 2").arg(e.forms.size());
        for (const QString &form : e.forms) {
            if (form.trimmed().isEmpty() && !e.source.trimmed().isEmpty())
                problems << where(e) + QStringLiteral(": empty translation");
            const QSet<QString> want = placeholders(e.source), got = placeholders(form);
            // A singular form may leave out %n ("un incidente").
            if (got != want && !(e.numerus && got == (QSet<QString>(want) - QSet<QString>{QStringLiteral("%n")})))
                problems << where(e) + QStringLiteral(": placeholders differ in \"%1\"").arg(form);
            if (accelerators(form) != accelerators(e.source))
                problems << where(e) + QStringLiteral(": %1 menu accelerators in \"%2\", the source has %3")
                                           .arg(accelerators(form)).arg(form).arg(accelerators(e.source));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::compiledCatalogues()
{
    QCOMPARE(hms::Language::available(), (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
    QCOMPARE(hms::Language::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QVERIFY(!hms::Language::instance().apply(QStringLiteral("fr"))); // no catalogue: refused

    QVERIFY(hms::Language::instance().apply(QStringLiteral("es")));
    QCOMPARE(hms::Language::instance().effective(), QStringLiteral("es"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Archivo"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n incident(s) acknowledged", nullptr, 3),
             QStringLiteral("3 incidentes reconocidos"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n incident(s) acknowledged", nullptr, 1),
             QStringLiteral("1 incidente reconocido"));

    // Switching back removes the Spanish catalogue: nothing of it is left installed.
    QVERIFY(hms::Language::instance().apply(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n incident(s) acknowledged", nullptr, 1),
             QStringLiteral("1 incident acknowledged"));
    // The system's choice: LANGUAGE=en for every test.
    QVERIFY(hms::Language::instance().apply(QString()));
    QCOMPARE(hms::Language::instance().effective(), QStringLiteral("en"));
    QCOMPARE(hms::Language::instance().chosen(), QString());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
