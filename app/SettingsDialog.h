// File → Settings…: the language of the interface (applied at once: app/WindowHost rebuilds the
// window; kept in QSettings "ui/language") and the Slack incoming-webhook URL. The URL is a secret: it goes to the OS
// keychain through the engine's SecretStore (never to QSettings), and only once it is stored is
// the Slack channel enabled.
#pragma once

#include <QDialog>

namespace hms {
class Engine;
}

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(hms::Engine &engine, QWidget *parent = nullptr);

    // Empty when `text` is an acceptable webhook URL, else the message to show.
    static QString validateWebhookUrl(const QString &text);

    void accept() override;

Q_SIGNALS:
    void saved();

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void onWriteFinished(bool ok, const QString &error);
    void applyLanguage();

    hms::Engine &m_engine;
    QLineEdit *m_url;             // children of this dialog
    QCheckBox *m_show;
    QLabel *m_status;
    QLabel *m_error;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
