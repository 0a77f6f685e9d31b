// `opsctl dashboard list|templates|new|import|export|versions|delete`: the seed's "pick a
// template, choose a time range, press Save" from a terminal, and JSON in and out.
#include "Commands.h"

#include "core/Duration.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace opsctl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("opsctl", text);
}

QString summary(const QJsonObject &d)
{
    return tr("%1  v%2  %3  (%4 tiles, saved %5 by %6)\n")
        .arg(d.value(QStringLiteral("name")).toString())
        .arg(d.value(QStringLiteral("version")).toInt())
        .arg(d.value(QStringLiteral("title")).toString())
        .arg(d.value(QStringLiteral("tiles")).toInt())
        .arg(d.value(QStringLiteral("saved_at")).toString(), d.value(QStringLiteral("saved_by")).toString());
}

int save(Context &ctx, const QByteArray &json, const QString &fileName, const QString &base)
{
    QUrlQuery query{{QStringLiteral("file"), fileName}};
    if (!base.isEmpty())
        query.addQueryItem(QStringLiteral("base_version"), base);
    const hms::ApiReply reply = ctx.api->postRaw(QStringLiteral("/api/v1/dashboards"), json, "application/json", query);
    if (!reply.ok())
        return reportFailure(ctx, reply);
    const QJsonObject o = reply.json.object();
    ctx.out << tr("dashboard %1 saved as version %2\n").arg(o.value(QStringLiteral("name")).toString()).arg(o.value(QStringLiteral("version")).toInt());
    return 0;
}
} // namespace

int dashboardCommand(Context &ctx, QStringList args)
{
    const QString sub = args.value(1);
    if (sub == u"list" && args.size() == 2) {
        const hms::ApiReply reply = ctx.api->get(QStringLiteral("/api/v1/dashboards"));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        for (const QJsonValue &v : reply.json.object().value(QStringLiteral("dashboards")).toArray())
            ctx.out << summary(v.toObject());
        return 0;
    }
    if (sub == u"templates" && args.size() == 2) {
        const hms::ApiReply reply = ctx.api->get(QStringLiteral("/api/v1/dashboards/templates"));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        for (const QJsonValue &v : reply.json.object().value(QStringLiteral("templates")).toArray())
            ctx.out << QStringLiteral("%1  %2\n").arg(v[QStringLiteral("name")].toString(), v[QStringLiteral("title")].toString());
        return 0;
    }
    if (sub == u"new") {
        args = args.mid(2);
        const QString title = takeOption(args, QStringLiteral("--title"));
        const QString range = takeOption(args, QStringLiteral("--range"));
        if (args.size() != 2) {
            ctx.err << tr("usage: opsctl dashboard new TEMPLATE NAME [--title TEXT] [--range 6h]\n");
            return 2;
        }
        const hms::ApiReply reply = ctx.api->get(QStringLiteral("/api/v1/dashboards/templates"));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        QStringList known;
        for (const QJsonValue &v : reply.json.object().value(QStringLiteral("templates")).toArray()) {
            QJsonObject d = v.toObject();
            known << d.value(QStringLiteral("name")).toString();
            if (known.back() != args[0])
                continue;
            d.insert(QStringLiteral("name"), args[1]);
            if (!title.isEmpty())
                d.insert(QStringLiteral("title"), title);
            if (!range.isEmpty())
                d.insert(QStringLiteral("time_range"), range); // checked by the server, which names it
            return save(ctx, QJsonDocument(d).toJson(), QStringLiteral("%1 (from %2)").arg(args[1], args[0]), QStringLiteral("0"));
        }
        ctx.err << tr("opsctl: no template \"%1\"; templates: %2\n").arg(args[0], known.join(QStringLiteral(", ")));
        return 1;
    }
    if (sub == u"import") {
        args = args.mid(2);
        const QString base = takeOption(args, QStringLiteral("--base-version"));
        if (args.size() != 1) {
            ctx.err << tr("usage: opsctl dashboard import FILE.json [--base-version N]\n");
            return 2;
        }
        QFile file(args[0]);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << tr("opsctl: %1: %2\n").arg(args[0], file.errorString());
            return 1;
        }
        return save(ctx, file.readAll(), QFileInfo(args[0]).fileName(), base);
    }
    if (sub == u"export") {
        args = args.mid(2);
        const QString version = takeOption(args, QStringLiteral("--version"));
        if (args.isEmpty() || args.size() > 2) {
            ctx.err << tr("usage: opsctl dashboard export NAME [FILE.json] [--version N]\n");
            return 2;
        }
        QUrlQuery query;
        if (!version.isEmpty())
            query.addQueryItem(QStringLiteral("version"), version);
        const hms::ApiReply reply = ctx.api->get(QStringLiteral("/api/v1/dashboards/") + args[0], query);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        const QByteArray json = QJsonDocument(reply.json.object().value(QStringLiteral("dashboard")).toObject()).toJson();
        if (args.size() == 1) {
            ctx.out << QString::fromUtf8(json);
            return 0;
        }
        QSaveFile file(args[1]); // all or nothing: never a half-written export
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            ctx.err << tr("opsctl: %1: %2\n").arg(args[1], file.errorString());
            return 1;
        }
        ctx.out << tr("dashboard %1 (version %2) written to %3\n")
                       .arg(args[0])
                       .arg(reply.json.object().value(QStringLiteral("version")).toInt())
                       .arg(args[1]);
        return 0;
    }
    if (sub == u"versions" && args.size() == 3) {
        const hms::ApiReply reply = ctx.api->get(QStringLiteral("/api/v1/dashboards/%1/versions").arg(args[2]));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        for (const QJsonValue &v : reply.json.object().value(QStringLiteral("versions")).toArray())
            ctx.out << summary(v.toObject());
        return 0;
    }
    if (sub == u"delete" && args.size() == 3) {
        const hms::ApiReply reply = ctx.api->del(QStringLiteral("/api/v1/dashboards/") + args[2]);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        ctx.out << tr("dashboard %1 deleted (every version)\n").arg(args[2]);
        return 0;
    }
    ctx.err << tr("usage: opsctl dashboard list | templates | new TEMPLATE NAME [--title T] [--range 6h] |\n"
                  "       import FILE.json [--base-version N] | export NAME [FILE.json] [--version N] |\n"
                  "       versions NAME | delete NAME\n");
    return 2;
}

} // namespace opsctl
