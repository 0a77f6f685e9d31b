#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hms {

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("hms-ops_");

} // namespace

QString Language::systemChoice()
{
    const QStringList codes = available();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = QLocale(ui).name().section(u'_', 0, 0);
        if (codes.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

Language &Language::instance()
{
    static Language *language = new Language; // lives as long as the process; never destroyed
    return *language;
}

Language::~Language() = default;

QStringList Language::available()
{
    QStringList codes;
    const QStringList files = QDir(kCatalogueDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(kPrefix.size()).chopped(3);
    return codes;
}

QString Language::nativeName(const QString &code)
{
    // The catalogues are per language, not per country: "Español", not "español de España".
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("es"), QStringLiteral("Español")}};
    QString name = names.value(code, QLocale(code).nativeLanguageName());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

void Language::removeInstalled()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

bool Language::apply(const QString &code)
{
    const QStringList codes = available();
    if (!code.isEmpty() && !codes.contains(code))
        return false;
    const QString effective = code.isEmpty() ? systemChoice() : code;

    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(kCatalogueDir + u'/' + kPrefix + effective + QStringLiteral(".qm")))
        return false;
    // The new pair goes in before the old one comes out (the last installed is asked first), so
    // a string translated meanwhile on another thread is never left without a catalogue.
    std::vector<std::unique_ptr<QTranslator>> installing;
    // Qt's own strings (standard buttons, file dialogs); English needs none.
    if (effective != u"en") {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            installing.push_back(std::move(qt));
    }
    installing.push_back(std::move(ours));
    for (const auto &translator : installing)
        QCoreApplication::installTranslator(translator.get());
    removeInstalled();
    m_installed = std::move(installing);
    m_chosen = code;
    const bool differs = effective != m_effective;
    m_effective = effective;
    if (differs)
        Q_EMIT changed(effective);
    return true;
}

} // namespace hms
