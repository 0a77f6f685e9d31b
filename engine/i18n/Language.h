// The language of every user-visible string: the window, the engine's messages and opsctl.
// Translations are compiled into the engine library (:/i18n/hms-ops_CODE.qm, from translations/),
// next to Qt's own (qtbase_CODE.qm from the system) so that standard buttons follow too.
// Switching removes the previous translators before installing the new ones; the widgets that
// were built with the old strings are rebuilt by their owner (app/WindowHost).
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace hms {

class Language final : public QObject {
    Q_OBJECT
public:
    static Language &instance();

    // The languages with a catalogue, as codes ("en", "es"), from the compiled .qm files.
    static QStringList available();
    // The language's own name for itself, capitalised ("Español").
    static QString nativeName(const QString &code);
    // The catalogue "System default" means here: the first of the system's UI languages
    // (LANGUAGE, LC_MESSAGES, LANG) we have, else "en".
    static QString systemChoice();

    // "" follows the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); otherwise one of available().
    // Returns false, and changes nothing, for a code with no catalogue.
    bool apply(const QString &code);
    QString chosen() const { return m_chosen; }
    // The catalogue actually in use ("en" when the system asks for a language we do not have).
    QString effective() const { return m_effective; }

Q_SIGNALS:
    void changed(const QString &effective);

private:
    Language() = default;
    ~Language() override;
    void removeInstalled();

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QString m_chosen;
    QString m_effective;
};

} // namespace hms
