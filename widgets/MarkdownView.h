// A read-only Markdown viewer for playbooks. It never fetches anything: remote URLs and files on
// disk are refused, only qrc:/ resources load. Clicked links are reported, never followed.
#pragma once

#include <QTextBrowser>
#include <QUrl>

class MarkdownView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown); // setMarkdown() plus scroll to top

    QVariant loadResource(int type, const QUrl &name) override;

    // Whether loadResource() would serve `url` (only qrc:/ URLs).
    static bool isAllowed(const QUrl &url);

Q_SIGNALS:
    void linkActivated(const QUrl &url);

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;
};
