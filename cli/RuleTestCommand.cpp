// `opsctl rule test FILE...`: promtool's rule unit tests, run locally on our rule files (no
// instance needed). Output and exit codes as `promtool test rules`: 0 when every test passes,
// 1 otherwise (failures and unreadable files alike).
#include "Commands.h"

#include "rules/RuleTest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace opsctl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("opsctl", text);
}

// false, with the reason printed, when a file cannot be read or parsed.
bool readRules(Context &ctx, const QString &path, std::vector<hms::Rule> *rules)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.out << tr("  FAILED:\n    %1: %2\n").arg(path, file.errorString());
        return false;
    }
    const hms::RuleParseResult parsed = hms::parseRules(file.readAll(), QFileInfo(path).fileName());
    if (!parsed.ok()) {
        ctx.out << tr("  FAILED:\n");
        for (const hms::RuleParseError &e : parsed.errors)
            ctx.out << QStringLiteral("    %1\n").arg(e.toString());
        return false;
    }
    rules->insert(rules->end(), parsed.rules.begin(), parsed.rules.end());
    return true;
}

bool runFile(Context &ctx, const QString &path, bool timeline)
{
    ctx.out << tr("Unit Testing:  %1\n").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.out << tr("  FAILED:\n    %1\n").arg(file.errorString());
        return false;
    }
    const hms::RuleTestParseResult parsed = hms::parseRuleTestFile(file.readAll(), path);
    if (!parsed.ok()) {
        ctx.out << tr("  FAILED:\n");
        for (const hms::RuleParseError &e : parsed.errors)
            ctx.out << QStringLiteral("    %1\n").arg(e.toString());
        return false;
    }
    std::vector<hms::Rule> rules;
    const QDir dir = QFileInfo(path).absoluteDir();
    for (const QString &ruleFile : parsed.file.ruleFiles)
        if (!readRules(ctx, QDir::isAbsolutePath(ruleFile) ? ruleFile : dir.filePath(ruleFile), &rules))
            return false;
    const hms::RuleTestReport report = hms::runRuleTests(parsed.file, rules, timeline);
    for (const QString &line : report.timeline)
        ctx.out << line << u'\n';
    if (report.failures == 0) {
        ctx.out << tr("  SUCCESS\n");
        return true;
    }
    ctx.out << tr("  FAILED:\n");
    for (const QString &line : report.lines)
        ctx.out << line << u'\n';
    return false;
}
} // namespace

int ruleTest(Context &ctx, QStringList args)
{
    const bool timeline = takeFlag(args, QStringLiteral("--timeline"));
    if (args.isEmpty() || std::any_of(args.begin(), args.end(), [](const QString &a) { return a.startsWith(u'-'); })) {
        ctx.err << tr("usage: opsctl rule test [--timeline] FILE...  (promtool's rule test format)\n");
        return 2;
    }
    bool allPassed = true;
    for (const QString &path : args) {
        allPassed = runFile(ctx, path, timeline) && allPassed;
        ctx.out << u'\n';
    }
    ctx.out.flush();
    return allPassed ? 0 : 1;
}

} // namespace opsctl
