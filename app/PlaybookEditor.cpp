#include "PlaybookEditor.h"

#include "AppSupport.h"
#include "Engine.h"
#include "MarkdownView.h"
#include "core/TextDiff.h"
#include "incidents/Catalog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {
struct Loaded {
    std::vector<hms::PlaybookVersion> versions;
    QStringList usedBy;
};

// The diff as HTML: removed lines red, added green, unchanged grey, with line numbers.
QString diffHtml(const std::vector<hms::DiffLine> &diff)
{
    QString html = QStringLiteral("<pre style=\"font-family: monospace\">");
    int changes = 0;
    for (const hms::DiffLine &d : diff) {
        const QString text = d.text.toHtmlEscaped();
        switch (d.kind) {
        case hms::DiffLine::Kind::Same:
            html += QStringLiteral("<span style=\"color:#777\">  %1</span>\n").arg(text);
            break;
        case hms::DiffLine::Kind::Removed:
            ++changes;
            html += QStringLiteral("<span style=\"background:#ffd7d5;color:#82071e\">- %1</span>\n").arg(text);
            break;
        case hms::DiffLine::Kind::Added:
            ++changes;
            html += QStringLiteral("<span style=\"background:#ccffd8;color:#055d20\">+ %1</span>\n").arg(text);
            break;
        }
    }
    html += QStringLiteral("</pre>");
    if (changes == 0)
        return QStringLiteral("<p>%1</p>").arg(PlaybookEditor::tr("No changes."));
    return html;
}
} // namespace

PlaybookEditor::PlaybookEditor(hms::Engine &engine, const QString &openId, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_list(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new MarkdownView(this))
    , m_history(new QTableWidget(0, 3, this))
    , m_diff(new QTextBrowser(this))
    , m_usedByLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_keepMine(new QPushButton(tr("&Keep mine on top of theirs"), this))
    , m_loadTheirs(new QPushButton(tr("&Discard mine, load theirs"), this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("playbookEditor"));
    setWindowTitle(tr("Playbooks"));
    m_list->setObjectName(QStringLiteral("playbookList"));
    m_editor->setObjectName(QStringLiteral("playbookText"));
    m_preview->setObjectName(QStringLiteral("playbookPreview"));
    m_history->setObjectName(QStringLiteral("playbookHistory"));
    m_diff->setObjectName(QStringLiteral("playbookDiff"));
    m_usedByLabel->setObjectName(QStringLiteral("playbookUsedBy"));
    m_message->setObjectName(QStringLiteral("playbookMessage"));
    m_save->setObjectName(QStringLiteral("playbookSave"));
    m_keepMine->setObjectName(QStringLiteral("playbookKeepMine"));
    m_loadTheirs->setObjectName(QStringLiteral("playbookLoadTheirs"));
    m_keepMine->setVisible(false);
    m_loadTheirs->setVisible(false);
    m_message->setWordWrap(true);
    m_usedByLabel->setWordWrap(true);
    m_editor->setTabChangesFocus(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_editor->setFont(mono);
    m_editor->setAccessibleName(tr("Playbook Markdown"));
    m_history->setHorizontalHeaderLabels({tr("Version"), tr("Saved by"), tr("Saved at")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_diff->setOpenLinks(false);

    auto *newButton = new QPushButton(tr("&New…"), this);
    newButton->setObjectName(QStringLiteral("playbookNew"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Playbooks"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(newButton);

    auto *editSplit = new QSplitter(Qt::Horizontal, this);
    editSplit->addWidget(m_editor);
    editSplit->addWidget(m_preview);
    editSplit->setChildrenCollapsible(false);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QHBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyLeft = new QVBoxLayout;
    historyLeft->addWidget(new QLabel(tr("History (select a version to see what it changed)"), historyBox));
    historyLeft->addWidget(m_history, 1);
    historyLeft->addWidget(m_usedByLabel);
    historyLayout->addLayout(historyLeft, 2);
    historyLayout->addWidget(m_diff, 3);

    auto *centerSplit = new QSplitter(Qt::Vertical, this);
    centerSplit->addWidget(editSplit);
    centerSplit->addWidget(historyBox);
    centerSplit->setStretchFactor(0, 3);
    centerSplit->setStretchFactor(1, 2);
    centerSplit->setChildrenCollapsible(false);

    auto *mainSplit = new QSplitter(Qt::Horizontal, this);
    mainSplit->addWidget(left);
    mainSplit->addWidget(centerSplit);
    mainSplit->setStretchFactor(1, 4);
    mainSplit->setSizes({220, 1100});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_loadTheirs);
    buttons->addWidget(m_save);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mainSplit, 1);
    layout->addLayout(buttons);
    resize(1400, 900);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
        m_preview->setMarkdown(m_editor->toPlainText());
        m_preview->verticalScrollBar()->setValue(scroll); // the preview stays where the writer reads
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_previewTimer->start();
        m_save->setEnabled(!m_id.isEmpty() && dirty());
    });
    connect(m_save, &QPushButton::clicked, this, &PlaybookEditor::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &PlaybookEditor::save);
    connect(m_keepMine, &QPushButton::clicked, this, &PlaybookEditor::keepMineOverTheirs);
    connect(m_loadTheirs, &QPushButton::clicked, this, &PlaybookEditor::loadTheirs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &PlaybookEditor::newPlaybook);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &id) {
        if (id.isEmpty() || id == m_id)
            return;
        if (dirty()
            && QMessageBox::question(this, tr("Unsaved changes"),
                                     tr("Playbook %1 has unsaved changes. Discard them?").arg(m_id))
                   != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_list);
            const auto found = m_list->findItems(m_id, Qt::MatchExactly);
            if (!found.isEmpty())
                m_list->setCurrentItem(found.front());
            return;
        }
        openPlaybook(id);
    });
    connect(m_history, &QTableWidget::currentCellChanged, this, [this](int row) { showVersionDiff(row); });
    m_save->setEnabled(false);
    refreshList(openId);
}

QString PlaybookEditor::text() const
{
    return m_editor->toPlainText();
}

void PlaybookEditor::setText(const QString &markdown)
{
    m_editor->setPlainText(markdown);
}

QString PlaybookEditor::lastMessage() const
{
    return m_message->text();
}

bool PlaybookEditor::dirty() const
{
    return m_editor->toPlainText() != m_savedText;
}

void PlaybookEditor::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold") : QString());
}

void PlaybookEditor::refreshList(const QString &select)
{
    m_engine.runOnOps(
        this,
        [](hms::OpsCore &ops) {
            QStringList ids;
            for (const hms::Playbook &p : ops.catalog().playbooks())
                ids << p.id;
            return ids;
        },
        [this, select](const QStringList &ids) {
            {
                const QSignalBlocker blocker(m_list);
                m_list->clear();
                m_list->addItems(ids);
            }
            const QString want = !select.isEmpty() ? select : (m_id.isEmpty() ? ids.value(0) : m_id);
            const auto found = m_list->findItems(want, Qt::MatchExactly);
            if (!found.isEmpty()) {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentItem(found.front());
            }
            if (!want.isEmpty() && want != m_id)
                openPlaybook(want);
        });
}

void PlaybookEditor::openPlaybook(const QString &id)
{
    m_engine.runOnOps(
        this,
        [id](hms::OpsCore &ops) {
            return Loaded{ops.catalog().playbookVersions(id), ops.catalog().rulesUsingPlaybook(id)};
        },
        [this, id](const Loaded &data) {
            if (data.versions.empty()) {
                setMessage(tr("Playbook %1 is not in the catalog.").arg(id), true);
                return;
            }
            m_id = id;
            m_versions = data.versions;
            m_usedBy = data.usedBy;
            m_base = m_versions.front().version;
            m_savedText = m_versions.front().markdown;
            m_theirs.reset();
            m_keepMine->setVisible(false);
            m_loadTheirs->setVisible(false);
            m_editor->setPlainText(m_savedText);
            m_preview->setMarkdownText(m_savedText);
            m_history->setRowCount(int(m_versions.size()));
            for (int row = 0; row < int(m_versions.size()); ++row) {
                const hms::PlaybookVersion &v = m_versions[std::size_t(row)];
                m_history->setItem(row, 0, new QTableWidgetItem(QString::number(v.version)));
                m_history->setItem(row, 1, new QTableWidgetItem(v.savedBy));
                m_history->setItem(row, 2, new QTableWidgetItem(QLocale().toString(
                                               QDateTime::fromMSecsSinceEpoch(v.savedAt), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            }
            m_history->resizeColumnsToContents();
            m_usedByLabel->setText(m_usedBy.isEmpty() ? tr("No alert uses this playbook yet.")
                                                      : tr("Used by alerts: %1").arg(m_usedBy.join(QStringLiteral(", "))));
            setWindowTitle(tr("Playbook %1 — version %2").arg(id).arg(m_base));
            {
                const QSignalBlocker blocker(m_history);
                m_history->setCurrentCell(0, 0);
            }
            showVersionDiff(0); // also when row 0 was current already (a save replaces a conflict's diff)
            setMessage(tr("Version %1 of %2, saved by %3.").arg(m_base).arg(id, m_versions.front().savedBy), false);
            m_save->setEnabled(false);
            Q_EMIT loaded(id);
        });
}

void PlaybookEditor::showVersionDiff(int row)
{
    if (row < 0 || row >= int(m_versions.size()))
        return;
    const hms::PlaybookVersion &v = m_versions[std::size_t(row)];
    const QString before = row + 1 < int(m_versions.size()) ? m_versions[std::size_t(row) + 1].markdown : QString();
    m_diff->setHtml(QStringLiteral("<p><b>%1</b></p>")
                        .arg(tr("Version %1 by %2: what changed since version %3")
                                 .arg(v.version)
                                 .arg(v.savedBy)
                                 .arg(row + 1 < int(m_versions.size()) ? m_versions[std::size_t(row) + 1].version : 0)
                                 .toHtmlEscaped())
                    + diffHtml(hms::diffLines(before, v.markdown)));
}

void PlaybookEditor::save()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    const QString markdown = m_editor->toPlainText();
    const int base = m_base;
    const QString by = app::currentUser();
    m_save->setEnabled(false);
    setMessage(tr("Saving…"), false);
    m_engine.runOnOps(
        this, [=](hms::OpsCore &ops) { return ops.catalog().savePlaybook(id, markdown, base, by); },
        [this, id, markdown](const hms::PlaybookSave &result) {
            if (result.conflict) {
                m_theirs = result.latest;
                m_keepMine->setVisible(true);
                m_loadTheirs->setVisible(true);
                m_save->setEnabled(true);
                // What they changed against the version this edit started from, and against mine.
                const auto base = std::find_if(m_versions.begin(), m_versions.end(),
                                               [&](const hms::PlaybookVersion &v) { return v.version == m_base; });
                m_diff->setHtml(QStringLiteral("<p><b>%1</b></p>")
                                    .arg(tr("%1 saved version %2; your text against theirs:")
                                             .arg(result.latest.savedBy)
                                             .arg(result.latest.version)
                                             .toHtmlEscaped())
                                + diffHtml(hms::diffLines(result.latest.markdown, markdown))
                                + (base != m_versions.end()
                                       ? QStringLiteral("<p><b>%1</b></p>").arg(tr("Their change to version %1:").arg(m_base).toHtmlEscaped())
                                             + diffHtml(hms::diffLines(base->markdown, result.latest.markdown))
                                       : QString()));
                setMessage(result.error, true);
                Q_EMIT conflicted(result.error);
                return;
            }
            if (!result.error.isEmpty()) {
                m_save->setEnabled(true);
                setMessage(result.error, true);
                Q_EMIT failed(result.error);
                return;
            }
            m_savedText = markdown;
            setMessage(tr("Saved as version %1.").arg(result.version), false);
            Q_EMIT saved(result.version);
            openPlaybook(id); // the history now ends with this version
        });
}

void PlaybookEditor::keepMineOverTheirs()
{
    if (!m_theirs)
        return;
    m_base = m_theirs->version;
    m_keepMine->setVisible(false);
    m_loadTheirs->setVisible(false);
    setMessage(tr("Your text now replaces version %1 when you save; the history keeps theirs.").arg(m_base), false);
    m_save->setEnabled(true);
}

void PlaybookEditor::loadTheirs()
{
    m_savedText = m_editor->toPlainText(); // discarding is what was asked: no second question
    openPlaybook(m_id);
}

void PlaybookEditor::newPlaybook()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("New playbook"), tr("Playbook id (letters, digits, _ . -):"),
                                             QLineEdit::Normal, QStringLiteral("pb_"), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_.-]+$")).match(id).hasMatch()) {
        setMessage(tr("\"%1\" is not a playbook id: use letters, digits, _ . -").arg(id), true);
        return;
    }
    const QString markdown = tr("# Playbook: %1\n\nWhat this alert means and who it hurts.\n\n"
                                "1. Check the dashboard.\n2. Mitigate.\n3. Tell the incident channel.\n")
                                 .arg(id);
    const QString by = app::currentUser();
    m_engine.runOnOps(
        this, [=](hms::OpsCore &ops) { return ops.catalog().savePlaybook(id, markdown, 0, by); },
        [this, id](const hms::PlaybookSave &result) {
            if (!result.error.isEmpty()) {
                setMessage(result.error, true);
                return;
            }
            m_id.clear();
            refreshList(id);
        });
}

void PlaybookEditor::done(int result)
{
    if (dirty() && !m_id.isEmpty()
        && QMessageBox::question(this, tr("Unsaved changes"), tr("Playbook %1 has unsaved changes. Close anyway?").arg(m_id))
               != QMessageBox::Yes)
        return;
    QDialog::done(result);
}
