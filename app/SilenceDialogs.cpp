#include "SilenceDialogs.h"

#include "Engine.h"
#include "alerting/Silence.h"
#include "core/Duration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
struct CreateResult {
    std::optional<hms::Silence> silence;
    std::vector<hms::SilenceError> errors;
};

struct ListResult {
    std::vector<hms::Silence> silences;
    qint64 now = 0;
};
} // namespace

SilenceEditor::SilenceEditor(hms::Engine &engine, const QString &matchers, qint64 incidentId, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_incidentId(incidentId)
    , m_matchers(new QLineEdit(matchers, this))
    , m_start(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_duration(new QComboBox(this))
    , m_untilResolved(new QCheckBox(tr("Until this incident resolves"), this))
    , m_author(new QLineEdit(qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")), this))
    , m_comment(new QPlainTextEdit(this))
    , m_errors(new QLabel(this))
    , m_create(new QPushButton(tr("&Create silence"), this))
{
    setObjectName(QStringLiteral("silenceEditor"));
    setWindowTitle(incidentId > 0 ? tr("Silence incident #%1").arg(incidentId) : tr("New silence"));
    m_matchers->setObjectName(QStringLiteral("silenceMatchers"));
    m_matchers->setPlaceholderText(tr("{alertname=\"AID_LAT_P95_HIGH\", service=~\"aid.*\"}"));
    m_start->setObjectName(QStringLiteral("silenceStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_duration->setObjectName(QStringLiteral("silenceDuration"));
    m_duration->setEditable(true);
    m_duration->addItems({QStringLiteral("30m"), QStringLiteral("1h"), QStringLiteral("2h"), QStringLiteral("4h"),
                          QStringLiteral("8h"), QStringLiteral("1d")});
    m_duration->setCurrentText(QStringLiteral("2h"));
    m_untilResolved->setObjectName(QStringLiteral("silenceUntilResolved"));
    m_untilResolved->setVisible(incidentId > 0);
    m_untilResolved->setChecked(incidentId > 0);
    m_duration->setEnabled(incidentId <= 0);
    connect(m_untilResolved, &QCheckBox::toggled, m_duration, [this](bool on) { m_duration->setEnabled(!on); });
    m_author->setObjectName(QStringLiteral("silenceAuthor"));
    m_comment->setObjectName(QStringLiteral("silenceComment"));
    m_comment->setPlaceholderText(tr("Why: shown on every incident this silence holds back"));
    m_comment->setMaximumHeight(90);
    m_errors->setObjectName(QStringLiteral("silenceErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #ff6b6b;"));
    m_errors->hide();
    m_create->setObjectName(QStringLiteral("silenceCreate"));
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Matchers:"), m_matchers);
    form->addRow(tr("S&tarts:"), m_start);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(QString(), m_untilResolved);
    form->addRow(tr("Created &by:"), m_author);
    form->addRow(tr("&Comment:"), m_comment);
    auto *help = new QLabel(tr("Matchers as in Alertmanager: = != =~ !~, regexes match the whole value, every "
                               "matcher must match, a missing label equals \"\". A silenced incident is still "
                               "recorded and resolved; only its notifications are held back."),
                            this);
    help->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &SilenceEditor::submit);
    // What was refused stays on screen until the user changes something.
    for (QLineEdit *edit : {m_matchers, m_author})
        connect(edit, &QLineEdit::textEdited, m_errors, &QWidget::hide);
    connect(m_comment, &QPlainTextEdit::textChanged, m_errors, &QWidget::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(640, 380);
}

void SilenceEditor::submit()
{
    hms::SilenceDraft draft;
    draft.matchers = m_matchers->text();
    draft.startsAt = m_start->dateTime().toMSecsSinceEpoch();
    draft.createdBy = m_author->text();
    draft.comment = m_comment->toPlainText();
    const hms::TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    if (draft.startsAt < now)
        draft.startsAt = now; // "now" as shown when the editor opened
    if (m_untilResolved->isChecked()) {
        draft.untilResolvedIncident = m_incidentId;
    } else {
        const auto ms = hms::parseDurationMs(m_duration->currentText());
        if (!ms || *ms <= 0) {
            m_errors->setText(tr("duration: \"%1\" is not a duration like 30m, 2h, 1d").arg(m_duration->currentText()));
            m_errors->show();
            return;
        }
        draft.endsAt = draft.startsAt + *ms;
    }
    m_create->setEnabled(false);
    m_engine.runOnOps(
        this,
        [draft, now](hms::OpsCore &ops) {
            CreateResult r;
            r.silence = ops.silences().create(draft, now, &r.errors);
            return r;
        },
        [this](const CreateResult &r) {
            m_create->setEnabled(true);
            if (r.silence) {
                m_createdId = r.silence->id;
                accept();
                return;
            }
            QStringList lines;
            for (const hms::SilenceError &e : r.errors)
                lines << e.toString();
            m_errors->setText(lines.join(u'\n'));
            m_errors->show();
        });
}

SilencesDialog::SilencesDialog(hms::Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_showExpired(new QCheckBox(tr("Show &expired"), this))
    , m_table(new QTableWidget(0, 6, this))
    , m_expire(new QPushButton(tr("E&xpire"), this))
{
    setObjectName(QStringLiteral("silencesDialog"));
    setWindowTitle(tr("Silences"));
    m_table->setObjectName(QStringLiteral("silencesTable"));
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Matchers"), tr("Starts"), tr("Ends"), tr("By"), tr("Comment")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *create = new QPushButton(tr("&New silence…"), this);
    create->setObjectName(QStringLiteral("newSilence"));
    m_expire->setObjectName(QStringLiteral("expireSilence"));
    m_expire->setEnabled(false);
    auto *close = new QPushButton(tr("&Close"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(create);
    row->addWidget(m_expire);
    row->addWidget(m_showExpired);
    row->addStretch(1);
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_showExpired, &QCheckBox::toggled, this, &SilencesDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_expire->setEnabled(!rows.isEmpty() && m_table->item(rows.first().row(), 0)->text() != tr("expired"));
    });
    connect(create, &QPushButton::clicked, this, [this] {
        SilenceEditor editor(m_engine, QString(), 0, this);
        if (editor.exec() == QDialog::Accepted)
            refresh();
    });
    connect(m_expire, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QString id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
        m_engine.runOnOps(
            this,
            [id](hms::OpsCore &ops) {
                QString error;
                ops.silences().expire(id, QDateTime::currentMSecsSinceEpoch(), &error);
                return error;
            },
            [this](const QString &) { refresh(); });
    });
    resize(1100, 420);
    refresh();
}

void SilencesDialog::refresh()
{
    const bool all = m_showExpired->isChecked();
    m_engine.runOnOps(
        this,
        [all](hms::OpsCore &ops) {
            ListResult r;
            r.now = QDateTime::currentMSecsSinceEpoch();
            r.silences = ops.silences().silences(all, r.now);
            return r;
        },
        [this](const ListResult &r) {
            const auto when = [](qint64 ms) {
                return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            };
            m_table->setRowCount(int(r.silences.size()));
            for (int i = 0; i < int(r.silences.size()); ++i) {
                const hms::Silence &s = r.silences[std::size_t(i)];
                const QString state = s.stateAt(r.now) == hms::Silence::State::Pending  ? tr("pending")
                                      : s.stateAt(r.now) == hms::Silence::State::Active ? tr("active")
                                                                                        : tr("expired");
                const QStringList cells{state, s.matchersText(), when(s.startsAt),
                                        s.endsAt == 0 ? tr("when #%1 resolves").arg(s.untilResolvedIncident) : when(s.endsAt),
                                        s.createdBy, s.comment};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    if (c == 0)
                        item->setData(Qt::UserRole, s.id);
                    m_table->setItem(i, c, item);
                }
            }
            m_table->resizeColumnsToContents();
            m_expire->setEnabled(false);
        });
}
