#include "SettingsDialog.h"

#include "Engine.h"
#include "incidents/Catalog.h"
#include "notify/SecretStore.h"
#include "i18n/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QLocale>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

SettingsDialog::SettingsDialog(hms::Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_url(new QLineEdit(this))
    , m_show(new QCheckBox(tr("S&how"), this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_url->setObjectName(QStringLiteral("slackWebhookEdit"));
    m_url->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(tr("https://hooks.slack.com/services/…"));
    m_url->setClearButtonEnabled(true);
    m_url->setMinimumWidth(480);
    m_show->setObjectName(QStringLiteral("showWebhook"));
    m_status->setObjectName(QStringLiteral("slackStatus"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel#settingsError { color: #ff8a80; font-weight: bold; }"));
    m_error->hide();

    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QString system = hms::Language::nativeName(hms::Language::systemChoice());
    m_language->addItem(tr("System default (%1)").arg(system), QString());
    for (const QString &code : hms::Language::available())
        m_language->addItem(hms::Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(hms::Language::instance().chosen())));
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("&Language:"), m_language);

    auto *intro = new QLabel(tr("Incidents are posted to Slack through an incoming webhook. The URL is stored in the "
                                "system keychain, not in the settings file."),
                             this);
    intro->setWordWrap(true);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_show);
    auto *form = new QFormLayout;
    form->addRow(tr("Slack &webhook URL:"), urlRow);
    // QFormLayout::addRow(QString, QLayout*) has no buddy: set it by hand.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(urlRow)))
        label->setBuddy(m_url);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageForm);
    layout->addSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_show, &QCheckBox::toggled, this,
            [this](bool show) { m_url->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_url, &QLineEdit::textChanged, this, [this] { m_error->hide(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // Whether Slack is enabled is plain configuration in ops.db; the URL itself is not read back
    // (that would be a keychain access, possibly a prompt, just to open a dialog).
    m_status->setText(tr("Checking whether Slack notifications are enabled…"));
    m_engine.runOnOps(
        this, [](hms::OpsCore &ops) { return ops.catalog().setting(QStringLiteral("notify.slack.enabled")); },
        [this](const QString &enabled) {
            if (m_busy)
                return;
            m_status->setText(enabled == u"1"
                                  ? tr("Slack notifications are enabled. Enter a new URL to replace the stored one.")
                                  : tr("Slack notifications are disabled."));
        });
}

QString SettingsDialog::validateWebhookUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the webhook URL.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return tr("This is not a valid URL. Expected something like https://hooks.slack.com/services/…");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("The URL must start with https:// (or http://), not %1:.").arg(url.scheme());
    if (url.host().isEmpty())
        return tr("The URL has no host name.");
    return {};
}

void SettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_url->setFocus();
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_url->setEnabled(!busy);
    m_show->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Saving to the keychain…"));
}

void SettingsDialog::applyLanguage()
{
    const QString code = m_language->currentData().toString();
    if (code == hms::Language::instance().chosen())
        return;
    if (hms::Language::instance().apply(code))
        QSettings().setValue(QStringLiteral("ui/language"), code);
}

void SettingsDialog::accept()
{
    if (m_busy)
        return;
    // An empty URL keeps whatever is stored: the dialog also holds the language.
    if (m_url->text().trimmed().isEmpty()) {
        applyLanguage();
        QDialog::accept();
        return;
    }
    const QString error = validateWebhookUrl(m_url->text());
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    const QString url = m_url->text().trimmed();
    setBusy(true);
    // The keychain write is asynchronous and runs on the ops thread; its answer comes back here.
    // As in Engine::runOnOps, a QPointer guards against the dialog having been closed meanwhile.
    QPointer<SettingsDialog> guard(this);
    m_engine.postToOps([url, guard](hms::OpsCore &ops) {
        ops.secrets().write(QStringLiteral("slack_webhook"), url, &ops,
                            [&ops, guard](bool ok, const QString &writeError) {
                                if (ok)
                                    ops.catalog().setSetting(QStringLiteral("notify.slack.enabled"),
                                                             QStringLiteral("1"));
                                if (!guard)
                                    return;
                                QMetaObject::invokeMethod(guard.data(), [guard, ok, writeError] {
                                    if (guard)
                                        guard->onWriteFinished(ok, writeError);
                                });
                            });
    });
}

void SettingsDialog::onWriteFinished(bool ok, const QString &error)
{
    setBusy(false);
    if (!ok) {
        m_status->clear();
        showError(tr("The keychain refused to store the URL: %1").arg(error));
        return;
    }
    Q_EMIT saved();
    applyLanguage();
    QDialog::accept();
}
