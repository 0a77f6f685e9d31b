// Where notifications go, and what each receiver is sent:
//   slack         Slack incoming webhook (notify/SlackMessage.h); secret slack_webhook = the URL
//   pagerduty     PagerDuty Events API v2: trigger, acknowledge, resolve with dedup_key = the
//                 alert's fingerprint; secret pagerduty_routing_key = the integration key, added
//                 to the body when it is sent (never stored in ops.db); URL: hms-ops
//                 --pagerduty-url, default https://events.pagerduty.com/v2/enqueue
//   webhook       Alertmanager's webhook body, version 4, so existing receivers work unchanged;
//                 secret webhook_url = the URL
//   alertmanager  an existing Alertmanager: POST /api/v2/alerts as Prometheus sends them,
//                 resent while firing, endsAt on resolution; secret alertmanager_url = its base URL
// A channel is enabled when its secret is stored (`opsctl secret set NAME`), and can be limited
// to severities with the setting notify.<channel>.severities ("critical,warning"; empty: all).
#pragma once

#include "incidents/Incident.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace hms {

struct ChannelInfo {
    const char *name;    // "pagerduty"
    const char *secret;  // keychain entry: "pagerduty_routing_key"
    bool secretIsUrl;    // the secret is the URL posted to (else a key put into the body)
};
inline constexpr ChannelInfo kChannels[] = {
    {"slack", "slack_webhook", true},
    {"pagerduty", "pagerduty_routing_key", false},
    {"webhook", "webhook_url", true},
    {"alertmanager", "alertmanager_url", true},
};
const ChannelInfo *channelNamed(QStringView name);
const ChannelInfo *channelForSecret(QStringView secret);
// The names of the known secrets, for messages: "slack_webhook, pagerduty_routing_key, ...".
QString knownSecretNames();
// Whether `value` can be stored under `secret`; the reason when not.
std::optional<QString> secretProblem(const ChannelInfo &channel, const QString &value);
// The URL a message of `channel` is posted to, given its secret (and for Alertmanager the path).
QString channelUrl(const ChannelInfo &channel, const QString &secret, const QString &pagerDutyUrl);

// Settings an operator may change (`opsctl config set NAME VALUE`, PUT /api/v1/settings/NAME):
//   notify.<channel>.enabled     "1" or "0" (storing the channel's secret sets "1")
//   notify.<channel>.severities  "" (every severity) or a comma list of critical, warning, info
//   notify.link_base             the http(s) URL at which people reach this instance's read-only
//                                pages (/status, /incidents/ID, /playbooks/ID), usually a reverse
//                                proxy; empty: messages carry no links (127.0.0.1 helps nobody)
QStringList knownSettings();
// Whether `value` may be stored under `name`; the reason (naming the setting) when not.
std::optional<QString> settingProblem(const QString &name, const QString &value);
// "https://ops.example.gov/incidents/12" under notify.link_base; empty when no base is set.
QString incidentLink(const QString &linkBase, qint64 incidentId);
QString playbookLink(const QString &linkBase, const QString &playbookId);

// PagerDuty Events API v2. `action`: "trigger", "acknowledge" or "resolve". The summary is cut
// to 1024 characters and custom_details kept well under the 512 KB body limit.
QJsonObject pagerDutyEvent(const Incident &incident, const QString &action);
// PagerDuty's severities: critical -> critical, warning -> warning, info -> info, else error.
QString pagerDutySeverity(const QString &severity);

// Alertmanager's webhook body (version 4) for one group notification.
QJsonObject alertmanagerWebhook(const QString &groupKey, const Labels &groupLabels, const std::vector<Incident> &firing,
                                const std::vector<Incident> &resolved, TimestampMs now);
// One alert as Alertmanager's POST /api/v2/alerts takes it. A firing alert's endsAt is
// `now + validForMs` (resent before then while it fires), a resolved one's its resolution time.
QJsonObject alertmanagerAlert(const Incident &incident, TimestampMs now, qint64 validForMs);

// RFC 3339 in UTC with milliseconds, as Alertmanager and PagerDuty print times.
QString rfc3339(TimestampMs t);

} // namespace hms
