// opsctl: the command line of HMS Ops Center. Talks to a running instance over its local API,
// found through DATA_DIR/endpoints.json, or --server URL with --token-file FILE.
#include "i18n/Language.h"
#include "Commands.h"

#include <QCoreApplication>

using namespace opsctl;

namespace {
void usage(QTextStream &out)
{
    out << QCoreApplication::translate(
        "opsctl",
        "usage: opsctl [--data-dir DIR | --server URL --token-file FILE] [--json] COMMAND\n"
        "\n"
        "  alert create FILE             install the rule(s) in a YAML file\n"
        "  alert list | alert delete NAME\n"
        "  incident list [--all]         open incidents (--all: resolved too)\n"
        "  incident show ID              one incident with its timeline and playbook\n"
        "  incident watch [--all] [--exit-after N]   follow incidents live\n"
        "  ack ID [ID...] | resolve ID   acknowledge (several at once) or resolve an incident\n"
        "  incident comment ID TEXT      a note on the timeline\n"
        "  incident link ID URL          link the root-cause issue (https://...); \"\" removes it\n"
        "  incident step ID N [--undo]   tick step N of its playbook's checklist\n"
        "  incident export ID FILE [--margin 30m]   one file for offline replay (hms-ops --replay FILE)\n"
        "  trace TRACE_ID                the samples and incidents that carry a trace_id\n"
        "  incident reassign ID NAME     hand an open incident to someone (timeline records it)\n"
        "  incident escalate ID          page the next step of its escalation policy now\n"
        "  escalation create FILE.yml | escalation list   escalation policies\n"
        "  playbook import FILE.md | playbook list | playbook history ID | playbook diff ID FROM TO\n"
        "  rotation create FILE | rotation list\n"
        "  slo create FILE | slo list | slo delete ID   SLOs, error budgets, burn-rate alerts\n"
        "  routing set FILE | routing show  grouping and inhibition (Alertmanager route/inhibit_rules)\n"
        "  oncall ROTATION [--at TIME]   who is on call now (or at an RFC 3339 TIME)\n"
        "  metric get NAME [--aggregate p95] [--window 1m] [--match k=v,...]\n"
        "  metric watch NAME [same options] [--interval 1s]\n"
        "  metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]\n"
        "                                samples or rollups of a time range, with trace_id exemplars\n"
        "  metric list                   metric names in the store\n"
        "  alert active                  pending and firing alerts (kept across restarts)\n"
        "  silence create --matchers '{k=\"v\", k2=~\"re\"}' (--duration 2h | --until-resolved ID) --comment TEXT\n"
        "  silence list [--all]          pending and active silences (--all: expired too)\n"
        "  silence expire ID\n"
        "  rule test [--timeline] FILE... rule unit tests in promtool's format (no instance needed)\n"
        "  notify list | notify retry ID the notification outbox; send a dead letter again\n"
        "  source list                  remote sources (Prometheus-compatible, Alertmanager) and their health\n"
        "  secret set NAME               store a secret (read from stdin) in the OS keychain: slack_webhook,\n"
        "                                pagerduty_routing_key, webhook_url or alertmanager_url\n"        "  dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] | versions NAME\n"
        "  dashboard import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] | delete NAME\n"
        "  config list | config set NAME [VALUE]   notification settings: notify.CHANNEL.enabled (1|0),\n"
        "                                notify.CHANNEL.severities (critical,warning,info; empty: all),\n"
        "                                notify.link_base (the URL of this instance's /status pages)\n"
        "  demo flood --metric NAME --value V --rate R --seconds S [--statsd HOST:PORT]\n");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opsctl"));
    hms::Language::instance().apply(QString()); // the system's language (LANGUAGE, LC_MESSAGES, LANG)
    QStringList args = QCoreApplication::arguments().mid(1);
    Context ctx;
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        usage(args.isEmpty() ? ctx.err : ctx.out);
        return args.isEmpty() ? 2 : 0;
    }
    ctx.json = takeFlag(args, QStringLiteral("--json"));
    const QString dataDir = takeOption(args, QStringLiteral("--data-dir"), hms::defaultDataDir());
    const QString server = takeOption(args, QStringLiteral("--server"));
    const QString tokenFile = takeOption(args, QStringLiteral("--token-file"));
    if (args.value(0) == u"rule" && args.value(1) == u"test")
        return ruleTest(ctx, args.mid(2)); // local: no instance needed
    QString error;
    if (!server.isEmpty()) {
        ctx.endpoints.api = QUrl(server, QUrl::StrictMode);
        if (!ctx.endpoints.api.isValid() || tokenFile.isEmpty()) {
            ctx.err << QCoreApplication::translate("opsctl", "opsctl: --server needs a valid URL and --token-file FILE\n");
            return 2;
        }
    } else if (auto e = hms::Endpoints::read(dataDir, &error)) {
        ctx.endpoints = *e;
    } else if (args.value(0) != u"demo") {
        ctx.err << QStringLiteral("opsctl: ") << error << u'\n';
        return 2;
    }
    const QString tokenPath = tokenFile.isEmpty() ? dataDir + QStringLiteral("/") + hms::Endpoints::tokenFileName()
                                                  : tokenFile;
    const auto token = hms::readApiToken(tokenPath, &error);
    if (!token && args.value(0) != u"demo") {
        ctx.err << QStringLiteral("opsctl: ") << error << u'\n';
        return 2;
    }
    ctx.api = std::make_unique<hms::ApiClient>(ctx.endpoints.api, token.value_or(QString()));
    return runCommand(ctx, args);
}
