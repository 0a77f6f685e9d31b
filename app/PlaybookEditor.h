// Playbooks, edited: a Markdown editor with a live preview, every saved version (who, when) with
// the diff of each against the one before, and the alerts that attach the playbook. A save names
// the version it started from; when someone else saved in between, the save is refused as a
// conflict and the editor shows what they changed, so nobody's edit is silently lost.
#pragma once

#include "incidents/Playbook.h"

#include <QDialog>

#include <vector>

class MarkdownView;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace hms {
class Engine;
}

class PlaybookEditor final : public QDialog {
    Q_OBJECT
public:
    explicit PlaybookEditor(hms::Engine &engine, const QString &openId = {}, QWidget *parent = nullptr);

    QString currentId() const { return m_id; }
    int baseVersion() const { return m_base; }
    QString text() const;
    void setText(const QString &markdown); // as if typed
    void openPlaybook(const QString &id);
    void save();
    // After a conflict: keep the editor's text and make the newest version the base, so that the
    // next save puts it on top (the operator has seen the difference).
    void keepMineOverTheirs();
    void loadTheirs();
    const std::vector<hms::PlaybookVersion> &versions() const { return m_versions; }
    QStringList usedBy() const { return m_usedBy; }
    MarkdownView *preview() const { return m_preview; }
    QTextBrowser *diffView() const { return m_diff; }
    QString lastMessage() const;

Q_SIGNALS:
    void loaded(const QString &id);
    void saved(int version);
    void conflicted(const QString &message);
    void failed(const QString &message);

protected:
    void done(int result) override; // asks before losing unsaved text

private:
    void refreshList(const QString &select);
    void showVersionDiff(int row);
    void setMessage(const QString &text, bool error);
    void newPlaybook();
    bool dirty() const;

    hms::Engine &m_engine;
    QListWidget *m_list;
    QPlainTextEdit *m_editor;
    MarkdownView *m_preview;
    QTableWidget *m_history;
    QTextBrowser *m_diff;
    QLabel *m_usedByLabel;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_keepMine;
    QPushButton *m_loadTheirs;
    QTimer *m_previewTimer;
    QString m_id;
    int m_base = 0;
    QString m_savedText;
    std::vector<hms::PlaybookVersion> m_versions;
    QStringList m_usedBy;
    std::optional<hms::PlaybookVersion> m_theirs; // the version that won a conflict
};
