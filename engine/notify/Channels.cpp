#include "notify/Channels.h"

#include "api/ApiJson.h" // labelsJson

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace hms {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hms::Channels)
};

QJsonObject annotationsOf(const Incident &i)
{
    QJsonObject o{{QStringLiteral("summary"),
                   QStringLiteral("%1 %2 %3 = %4 (threshold %5)")
                       .arg(i.rule, i.metric, i.aggregate.isEmpty() ? QStringLiteral("value") : i.aggregate)
                       .arg(i.value)
                       .arg(i.threshold)}};
    if (!i.playbookId.isEmpty())
        o.insert(QStringLiteral("playbook"), i.playbookId);
    if (!i.assignee.isEmpty())
        o.insert(QStringLiteral("assignee"), i.assignee);
    return o;
}

QString generatorUrl(const Incident &i)
{
    return QStringLiteral("hms-ops://incident/%1").arg(i.id);
}

// Labels every alert of the list shares.
Labels commonLabels(const std::vector<const Incident *> &all)
{
    if (all.empty())
        return {};
    Labels common = all.front()->labels;
    for (const Incident *i : all) {
        for (auto it = common.begin(); it != common.end();) {
            const auto found = i->labels.find(it->first);
            it = found == i->labels.end() || found->second != it->second ? common.erase(it) : std::next(it);
        }
    }
    return common;
}
} // namespace

QStringList knownSettings()
{
    QStringList names;
    for (const ChannelInfo &c : kChannels)
        names << QStringLiteral("notify.%1.enabled").arg(QLatin1String(c.name))
              << QStringLiteral("notify.%1.severities").arg(QLatin1String(c.name));
    names << QStringLiteral("notify.link_base");
    return names;
}

std::optional<QString> settingProblem(const QString &name, const QString &value)
{
    if (!knownSettings().contains(name))
        return Text::tr("setting \"%1\" is not known; known: %2").arg(name.left(64), knownSettings().join(QStringLiteral(", ")));
    if (name.endsWith(u".enabled")) {
        if (value != u"0" && value != u"1")
            return Text::tr("%1: expected 1 or 0, got \"%2\"").arg(name, value.left(64));
    } else if (name.endsWith(u".severities")) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString severity = part.trimmed();
            if (severity != u"critical" && severity != u"warning" && severity != u"info")
                return Text::tr("%1: \"%2\" is not a severity; expected a comma list of critical, warning, info (empty: all)")
                    .arg(name, severity.left(64));
        }
    } else if (name == u"notify.link_base" && !value.isEmpty()) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
            || url.hasQuery() || url.hasFragment())
            return Text::tr("notify.link_base: expected an http(s) URL without query, like https://ops.example.gov, got \"%1\"")
                .arg(value.left(200));
    }
    return std::nullopt;
}

QString incidentLink(const QString &linkBase, qint64 incidentId)
{
    if (linkBase.isEmpty())
        return {};
    QString base = linkBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QStringLiteral("%1/incidents/%2").arg(base).arg(incidentId);
}

QString playbookLink(const QString &linkBase, const QString &playbookId)
{
    if (linkBase.isEmpty() || playbookId.isEmpty())
        return {};
    QString base = linkBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QStringLiteral("%1/playbooks/%2").arg(base, QString::fromLatin1(QUrl::toPercentEncoding(playbookId)));
}

const ChannelInfo *channelNamed(QStringView name)
{
    for (const ChannelInfo &c : kChannels)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

const ChannelInfo *channelForSecret(QStringView secret)
{
    for (const ChannelInfo &c : kChannels)
        if (secret == QLatin1String(c.secret))
            return &c;
    return nullptr;
}

QString knownSecretNames()
{
    QStringList names;
    for (const ChannelInfo &c : kChannels)
        names << QLatin1String(c.secret);
    return names.join(QStringLiteral(", "));
}

std::optional<QString> secretProblem(const ChannelInfo &channel, const QString &value)
{
    if (channel.secretIsUrl) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return Text::tr("%1: expected an http(s) URL").arg(QLatin1String(channel.secret));
        return std::nullopt;
    }
    static const QRegularExpression key(QStringLiteral("\\A[A-Za-z0-9]{32}\\z"));
    if (!key.match(value).hasMatch())
        return Text::tr("%1: expected a 32-character PagerDuty integration key (letters and digits)")
            .arg(QLatin1String(channel.secret));
    return std::nullopt;
}

QString channelUrl(const ChannelInfo &channel, const QString &secret, const QString &pagerDutyUrl)
{
    if (!channel.secretIsUrl)
        return pagerDutyUrl.isEmpty() ? QStringLiteral("https://events.pagerduty.com/v2/enqueue") : pagerDutyUrl;
    if (QLatin1String(channel.name) == u"alertmanager") {
        QString base = secret;
        while (base.endsWith(u'/'))
            base.chop(1);
        return base + QStringLiteral("/api/v2/alerts");
    }
    return secret;
}

QString rfc3339(TimestampMs t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString pagerDutySeverity(const QString &severity)
{
    if (severity == u"critical" || severity == u"warning" || severity == u"info")
        return severity;
    return QStringLiteral("error");
}

QJsonObject pagerDutyEvent(const Incident &i, const QString &action)
{
    QJsonObject event{{QStringLiteral("event_action"), action}, {QStringLiteral("dedup_key"), i.fingerprint}};
    if (action != u"trigger")
        return event; // acknowledge and resolve need only the key
    QString summary = QStringLiteral("%1 SVC=%2: %3 %4 = %5 (threshold %6)")
                          .arg(i.rule, i.service, i.metric, i.aggregate.isEmpty() ? QStringLiteral("value") : i.aggregate)
                          .arg(i.value)
                          .arg(i.threshold);
    if (summary.size() > 1024)
        summary = summary.left(1023) + QChar(0x2026);
    QJsonObject details{{QStringLiteral("labels"), labelsJson(i.labels)},
                        {QStringLiteral("incident"), i.id},
                        {QStringLiteral("value"), i.value},
                        {QStringLiteral("threshold"), i.threshold},
                        {QStringLiteral("assignee"), i.assignee},
                        {QStringLiteral("pager"), i.assigneePager},
                        {QStringLiteral("playbook"), i.playbookId}};
    // Labels are bounded by the rule parser, but a body must stay under 512 KB whatever they hold.
    if (QJsonDocument(details).toJson(QJsonDocument::Compact).size() > 256 * 1024)
        details = QJsonObject{{QStringLiteral("incident"), i.id}, {QStringLiteral("truncated"), true}};
    event.insert(QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("summary"), summary},
                             {QStringLiteral("source"), QStringLiteral("hms-ops")},
                             {QStringLiteral("severity"), pagerDutySeverity(i.severity)},
                             {QStringLiteral("timestamp"), rfc3339(i.openedAt)},
                             {QStringLiteral("component"), i.service},
                             {QStringLiteral("group"), i.rule},
                             {QStringLiteral("class"), i.metric},
                             {QStringLiteral("custom_details"), details}});
    event.insert(QStringLiteral("client"), QStringLiteral("HMS Ops Center"));
    return event;
}

QJsonObject alertmanagerAlert(const Incident &i, TimestampMs now, qint64 validForMs)
{
    const bool resolved = i.state == Incident::State::Resolved;
    return QJsonObject{{QStringLiteral("labels"), labelsJson(i.labels)},
                       {QStringLiteral("annotations"), annotationsOf(i)},
                       {QStringLiteral("startsAt"), rfc3339(i.openedAt)},
                       {QStringLiteral("endsAt"), rfc3339(resolved ? i.resolvedAt : now + validForMs)},
                       {QStringLiteral("generatorURL"), generatorUrl(i)}};
}

QJsonObject alertmanagerWebhook(const QString &groupKey, const Labels &groupLabels, const std::vector<Incident> &firing,
                                const std::vector<Incident> &resolved, TimestampMs now)
{
    QJsonArray alerts;
    std::vector<const Incident *> all;
    for (const std::vector<Incident> *list : {&firing, &resolved}) {
        for (const Incident &i : *list) {
            all.push_back(&i);
            QJsonObject a = alertmanagerAlert(i, now, 0);
            a.insert(QStringLiteral("status"), i.state == Incident::State::Resolved ? QStringLiteral("resolved")
                                                                                   : QStringLiteral("firing"));
            if (i.state != Incident::State::Resolved)
                a.insert(QStringLiteral("endsAt"), QStringLiteral("0001-01-01T00:00:00Z")); // as Alertmanager sends it
            a.insert(QStringLiteral("fingerprint"), i.fingerprint);
            alerts.append(a);
        }
    }
    QJsonObject commonAnnotations;
    if (all.size() == 1)
        commonAnnotations = annotationsOf(*all.front());
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("4")},
                       {QStringLiteral("groupKey"), groupKey},
                       {QStringLiteral("truncatedAlerts"), 0},
                       {QStringLiteral("status"), firing.empty() ? QStringLiteral("resolved") : QStringLiteral("firing")},
                       {QStringLiteral("receiver"), QStringLiteral("hms-ops")},
                       {QStringLiteral("groupLabels"), labelsJson(groupLabels)},
                       {QStringLiteral("commonLabels"), labelsJson(commonLabels(all))},
                       {QStringLiteral("commonAnnotations"), commonAnnotations},
                       {QStringLiteral("externalURL"), QStringLiteral("hms-ops://")},
                       {QStringLiteral("alerts"), alerts}};
}

} // namespace hms
