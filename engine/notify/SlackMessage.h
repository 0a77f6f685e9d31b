// The Slack incoming-webhook message for an incident (Block Kit-free "attachments" form, which
// every Slack-compatible receiver (Mattermost, Rocket.Chat) also accepts).
#pragma once

#include "incidents/Incident.h"

#include <QJsonObject>
#include <vector>

namespace hms {

QJsonObject slackMessageFor(const Incident &incident);
// One message for a group of alerts (alerting/Grouper.h): a headline with the group's labels and
// counts, then one attachment per alert (firing first), at most 20, the rest counted.
QJsonObject slackGroupMessageFor(const Labels &groupLabels, const std::vector<Incident> &firing,
                                 const std::vector<Incident> &resolved);

} // namespace hms
