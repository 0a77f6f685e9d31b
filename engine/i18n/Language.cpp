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

// Which of our catalogues the system's UI languages ask for, in their order of preference.
QString systemChoice(const QStringList &available)
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = QLocale(ui).name().section(u'_', 0, 0);
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}
} // namespace

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
    const QString effective = code.isEmpty() ? systemChoice(codes) : code;

    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(kCatalogueDir + u'/' + kPrefix + effective + QStringLiteral(".qm")))
        return false;
    removeInstalled();
    // Qt's own strings (standard buttons, file dialogs); English needs none.
    if (effective != u"en") {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_installed.push_back(std::move(qt));
        }
    }
    QCoreApplication::installTranslator(ours.get());
    m_installed.push_back(std::move(ours));
    m_chosen = code;
    const bool differs = effective != m_effective;
    m_effective = effective;
    if (differs)
        Q_EMIT changed(effective);
    return true;
}

} // namespace hms
