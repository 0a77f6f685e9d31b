// The Slack incoming-webhook message for an incident (Block Kit-free "attachments" form, which
// every Slack-compatible receiver (Mattermost, Rocket.Chat) also accepts).
#pragma once

#include "incidents/Incident.h"

#include <QJsonObject>
#include <functional>
#include <vector>

namespace hms {

// What a message adds beyond the incident itself.
struct SlackExtras {
    QString linkBase;      // notify.link_base: links to /incidents/ID and /playbooks/ID; empty: none
    QString assigneeSlack; // the assignee's `slack` contact from the rotation. A Slack member ID
                           // ("U024BE7LH") becomes a mention that notifies them (<@U024BE7LH>);
                           // a name ("@alex-ops") is shown as written
};
using SlackExtrasFor = std::function<SlackExtras(const Incident &)>;

QJsonObject slackMessageFor(const Incident &incident, const SlackExtras &extras = {});
// One message for a group of alerts (alerting/Grouper.h): a headline with the group's labels and
// counts, then one attachment per alert (firing first), at most 20, the rest counted.
QJsonObject slackGroupMessageFor(const Labels &groupLabels, const std::vector<Incident> &firing,
                                 const std::vector<Incident> &resolved, const SlackExtrasFor &extras = {});

} // namespace hms
