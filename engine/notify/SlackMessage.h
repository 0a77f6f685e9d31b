// The Slack incoming-webhook message for an incident (Block Kit-free "attachments" form, which
// every Slack-compatible receiver (Mattermost, Rocket.Chat) also accepts).
#pragma once

#include "incidents/Incident.h"

#include <QJsonObject>

namespace hms {

QJsonObject slackMessageFor(const Incident &incident);

} // namespace hms
