#include "notify/SlackMessage.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hms {

QJsonObject slackMessageFor(const Incident &i)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("hms", text); };
    const bool resolved = i.state == Incident::State::Resolved;
    const QString colour = resolved ? QStringLiteral("#2e7d32")
        : i.severity == u"critical" ? QStringLiteral("#b71c1c")
                                    : QStringLiteral("#f9a825");
    const QString headline = resolved ? tr("RESOLVED %1 SVC=%2").arg(i.rule, i.service)
                                      : tr(":rotating_light: %1 SVC=%2 %3=%4").arg(i.rule, i.service, i.aggregate,
                                                                                  QString::number(i.value, 'g', 6));
    QJsonArray fields{
        QJsonObject{{QStringLiteral("title"), tr("Assignee")},
                    {QStringLiteral("value"), i.assignee.isEmpty() ? tr("unassigned")
                                                                   : tr("%1 (pager #%2)").arg(i.assignee, i.assigneePager)},
                    {QStringLiteral("short"), true}},
        QJsonObject{{QStringLiteral("title"), tr("Threshold")},
                    {QStringLiteral("value"), i.threshold},
                    {QStringLiteral("short"), true}},
        QJsonObject{{QStringLiteral("title"), tr("Playbook")},
                    {QStringLiteral("value"), i.playbookId},
                    {QStringLiteral("short"), true}},
        QJsonObject{{QStringLiteral("title"), tr("Incident")},
                    {QStringLiteral("value"), QStringLiteral("#%1").arg(i.id)},
                    {QStringLiteral("short"), true}},
    };
    return QJsonObject{
        {QStringLiteral("text"), headline},
        {QStringLiteral("attachments"),
         QJsonArray{QJsonObject{{QStringLiteral("color"), colour},
                                {QStringLiteral("title"), headline},
                                {QStringLiteral("fields"), fields},
                                {QStringLiteral("footer"), QStringLiteral("HMS Ops Center")}}}},
    };
}

QJsonObject slackGroupMessageFor(const Labels &groupLabels, const std::vector<Incident> &firing,
                                 const std::vector<Incident> &resolved)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("hms", text); };
    constexpr size_t kMaxAttachments = 20;
    const QString headline = firing.empty()
        ? tr("RESOLVED %1: %2 alerts").arg(formatLabels(groupLabels)).arg(resolved.size())
        : tr(":rotating_light: %1: %2 firing, %3 resolved").arg(formatLabels(groupLabels)).arg(firing.size()).arg(resolved.size());
    QJsonArray attachments;
    size_t shown = 0;
    for (const std::vector<Incident> *list : {&firing, &resolved}) {
        for (const Incident &i : *list) {
            if (shown++ == kMaxAttachments)
                break;
            const QJsonObject one = slackMessageFor(i);
            attachments.append(one.value(QStringLiteral("attachments")).toArray().at(0));
        }
    }
    const size_t total = firing.size() + resolved.size();
    if (total > kMaxAttachments)
        attachments.append(QJsonObject{{QStringLiteral("text"), tr("… and %1 more").arg(total - kMaxAttachments)}});
    return QJsonObject{{QStringLiteral("text"), headline}, {QStringLiteral("attachments"), attachments}};
}

} // namespace hms
