#include "notify/SlackMessage.h"

#include <QCoreApplication>
#include "notify/Channels.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hms {

namespace {
// Slack's mrkdwn link: only <, > and & need escaping in the text.
QString slackEscape(const QString &text)
{
    QString out = text;
    out.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;")).replace(u'>', QStringLiteral("&gt;"));
    return out;
}

QString slackLink(const QString &url, const QString &text)
{
    return url.isEmpty() ? slackEscape(text) : QStringLiteral("<%1|%2>").arg(url, slackEscape(text));
}

bool isSlackMemberId(const QString &handle)
{
    static const QRegularExpression id(QStringLiteral("^[UW][A-Z0-9]{6,}$"));
    return id.match(handle).hasMatch();
}
} // namespace

QJsonObject slackMessageFor(const Incident &i, const SlackExtras &extras)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("hms", text); };
    const bool resolved = i.state == Incident::State::Resolved;
    const QString colour = resolved ? QStringLiteral("#2e7d32")
        : i.severity == u"critical" ? QStringLiteral("#b71c1c")
                                    : QStringLiteral("#f9a825");
    const QString headline = resolved ? tr("RESOLVED %1 SVC=%2").arg(slackEscape(i.rule), slackEscape(i.service))
                                      : tr(":rotating_light: %1 SVC=%2 %3=%4").arg(slackEscape(i.rule), slackEscape(i.service), i.aggregate,
                                                                                  QString::number(i.value, 'g', 6));
    QString assignee = i.assignee.isEmpty() ? tr("unassigned")
        : i.assigneePager.isEmpty()          ? slackEscape(i.assignee)
                                             : tr("%1 (pager #%2)").arg(slackEscape(i.assignee), slackEscape(i.assigneePager));
    const QString handle = extras.assigneeSlack.trimmed();
    if (!i.assignee.isEmpty() && !handle.isEmpty())
        assignee += u' ' + (isSlackMemberId(handle) ? QStringLiteral("<@%1>").arg(handle) : slackEscape(handle));
    const QString incidentUrl = incidentLink(extras.linkBase, i.id);
    QJsonArray fields{
        QJsonObject{{QStringLiteral("title"), tr("Assignee")},
                    {QStringLiteral("value"), assignee},
                    {QStringLiteral("short"), true}},
        QJsonObject{{QStringLiteral("title"), tr("Threshold")},
                    {QStringLiteral("value"), i.threshold},
                    {QStringLiteral("short"), true}},
        QJsonObject{{QStringLiteral("title"), tr("Playbook")},
                    {QStringLiteral("value"), i.playbookId.isEmpty() ? tr("none")
                                                                     : slackLink(playbookLink(extras.linkBase, i.playbookId), i.playbookId)},
                    {QStringLiteral("short"), true}},
        QJsonObject{{QStringLiteral("title"), tr("Incident")},
                    {QStringLiteral("value"), slackLink(incidentUrl, QStringLiteral("#%1").arg(i.id))},
                    {QStringLiteral("short"), true}},
    };
    QJsonObject attachment{{QStringLiteral("color"), colour},
                           {QStringLiteral("title"), headline},
                           {QStringLiteral("fields"), fields},
                           {QStringLiteral("footer"), QStringLiteral("HMS Ops Center")}};
    if (!incidentUrl.isEmpty())
        attachment.insert(QStringLiteral("title_link"), incidentUrl);
    return QJsonObject{
        {QStringLiteral("text"), headline},
        {QStringLiteral("attachments"), QJsonArray{attachment}},
    };
}

QJsonObject slackGroupMessageFor(const Labels &groupLabels, const std::vector<Incident> &firing,
                                 const std::vector<Incident> &resolved, const SlackExtrasFor &extras)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("hms", text); };
    constexpr size_t kMaxAttachments = 20;
    const QString headline = firing.empty()
        ? tr("RESOLVED %1: %2 alerts").arg(slackEscape(formatLabels(groupLabels))).arg(resolved.size())
        : tr(":rotating_light: %1: %2 firing, %3 resolved").arg(slackEscape(formatLabels(groupLabels))).arg(firing.size()).arg(resolved.size());
    QJsonArray attachments;
    size_t shown = 0;
    for (const std::vector<Incident> *list : {&firing, &resolved}) {
        for (const Incident &i : *list) {
            if (shown++ == kMaxAttachments)
                break;
            const QJsonObject one = slackMessageFor(i, extras ? extras(i) : SlackExtras{});
            attachments.append(one.value(QStringLiteral("attachments")).toArray().at(0));
        }
    }
    const size_t total = firing.size() + resolved.size();
    if (total > kMaxAttachments)
        attachments.append(QJsonObject{{QStringLiteral("text"), tr("… and %1 more").arg(total - kMaxAttachments)}});
    return QJsonObject{{QStringLiteral("text"), headline}, {QStringLiteral("attachments"), attachments}};
}

} // namespace hms
