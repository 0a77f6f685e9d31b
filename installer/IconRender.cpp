// Renders the SVG app icon into the PNG sizes of the hicolor theme, at build time, with the same
// SVG renderer the application uses (desktops that do not read SVG icons still get a sharp one).
// Usage: hms_icon_render SOURCE.svg OUTPUT_DIR SIZE...  → OUTPUT_DIR/NxN/apps/hms-ops.png
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: hms_icon_render SOURCE.svg OUTPUT_DIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "hms_icon_render: %s is not an SVG it can draw\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString &text : args.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "hms_icon_render: bad size \"%s\" (8 to 1024)\n", qPrintable(text));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString path = dir + QStringLiteral("/hms-ops.png");
        if (!QDir().mkpath(dir) || !image.save(path)) {
            std::fprintf(stderr, "hms_icon_render: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
