#include "MarkdownView.h"

#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QTextDocument>

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);         // never navigate inside the view
    setOpenExternalLinks(false); // never hand URLs to the desktop by ourselves
    setSearchPaths({});
    setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownView::linkActivated);
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    setMarkdown(markdown);
    verticalScrollBar()->setValue(0);
}

bool MarkdownView::isAllowed(const QUrl &url)
{
    return url.scheme() == u"qrc" && !url.path().isEmpty();
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    // QTextDocument resolves relative names against the document's base URL, which is empty:
    // anything that is not explicitly qrc:/ is refused (no file://, no http(s)://, no relative
    // paths that would read from the working directory).
    if (!isAllowed(name))
        return {};
    QFile file(u':' + name.path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(4 * 1024 * 1024);
    if (type == QTextDocument::ImageResource) {
        QImage image;
        if (image.loadFromData(bytes))
            return image;
        return {};
    }
    if (type == QTextDocument::HtmlResource || type == QTextDocument::MarkdownResource
        || type == QTextDocument::StyleSheetResource)
        return QString::fromUtf8(bytes);
    return bytes;
}

void MarkdownView::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    // setSource() (e.g. from a keyboard-activated link) only ever shows qrc:/ documents.
    if (isAllowed(name))
        QTextBrowser::doSetSource(name, type);
    else if (name.isValid() && !name.isEmpty())
        Q_EMIT linkActivated(name);
}
