// The icon set: every icon in :/icons is drawn by Qt (the SVG icon engine is present and the file
// is SVG it understands) at menu, toolbar and wall sizes, with something visible in it; the names
// the views ask for exist; an unknown name is reported, not silently blank.
#include "Icons.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QTest>

namespace {
// Pixels that are not fully transparent, as a share of the image.
double inkShare(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += qAlpha(image.pixel(x, y)) > 0;
    return double(ink) / (image.width() * image.height());
}
} // namespace

class TestIcons : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyIconDraws_data();
    void everyIconDraws();
    void namesTheViewsUse();
    void unknownNameIsReported();
};

void TestIcons::everyIconDraws_data()
{
    QTest::addColumn<QString>("name");
    int count = 0;
    for (QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.svg")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        const QString name = path.mid(int(qstrlen(":/icons/"))).chopped(4);
        QTest::newRow(qPrintable(name)) << name;
        ++count;
    }
    QVERIFY(count >= 41); // 27 nav, 3 severity, 10 state, the app icon
}

void TestIcons::everyIconDraws()
{
    QFETCH(QString, name);
    const QIcon icon = hms::icon(name);
    QVERIFY(!icon.isNull());
    for (int size : {16, 24, 48, 128}) {
        const QImage image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        const double ink = inkShare(image);
        // Drawn (not blank), and not a filled square (a broken file drawn as a box); the app icon
        // is a rounded tile, so only its corners are empty.
        const double most = name == u"hms-ops" ? 0.999 : 0.95;
        QVERIFY2(ink > 0.04 && ink < most, qPrintable(QStringLiteral("%1 at %2 px: %3 of the pixels drawn")
                                                         .arg(name).arg(size).arg(ink)));
    }
}

void TestIcons::namesTheViewsUse()
{
    for (const char *name : {"hms-ops", "severity/critical", "severity/warning", "severity/info", "state/firing",
                             "state/acknowledged", "state/resolved", "state/silenced", "state/ok", "state/failing",
                             "state/pending", "nav/settings", "nav/dashboards", "nav/acknowledge", "nav/resolve"})
        QVERIFY2(!hms::icon(QString::fromLatin1(name)).isNull(), name);
    QVERIFY(hms::severityIcon(QStringLiteral("critical")).cacheKey() == hms::icon(QStringLiteral("severity/critical")).cacheKey());
    QVERIFY(hms::severityIcon(QStringLiteral("bogus")).cacheKey() == hms::icon(QStringLiteral("severity/info")).cacheKey());
    QVERIFY(hms::incidentStateIcon(hms::Incident::State::Triggered).cacheKey()
            == hms::icon(QStringLiteral("state/firing")).cacheKey());
}

void TestIcons::unknownNameIsReported()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no icon nav/nonesuch")));
    QVERIFY(hms::icon(QStringLiteral("nav/nonesuch")).isNull());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
