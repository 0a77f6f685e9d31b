// Remote sources (issue #8): Prometheus-compatible query APIs (Prometheus, VictoriaMetrics,
// Thanos, Mimir) and Alertmanagers, as written under `sources:` in the configuration file:
//
//   sources:
//     - name: vm                     [a-z0-9_-], referred to by rules' and tiles' `source:`
//       kind: prometheus             prometheus | alertmanager
//       url: https://vm.example:8428 the API's base (Mimir: https://host/prometheus)
//       auth: bearer                 none (default) | bearer | basic
//       username: ops                basic only
//       secret: vm-token             keychain entry with the token or password (never in the file)
//       ca_file: /etc/ssl/ours.pem   TLS: trust this CA as well as the system's
//       insecure_skip_verify: false  TLS: accept any certificate (a warning is logged)
//       timeout: 10s                 per request (default 10s)
//       min_step: 15s                prometheus: the smallest range step (default 15s)
//       poll: 15s                    alertmanager: how often /api/v2/alerts is read (default 15s)
//       identity_labels: [alertname, service, instance]
//                                    alertmanager: the labels a silence made from an alert
//                                    matches (default: alertname plus those of job, service,
//                                    instance, cluster, namespace the alert has)
#pragma once

#include "rules/Rule.h" // RuleParseError

#include <QStringList>
#include <QUrl>

#include <vector>

namespace YAML {
class Node;
}

namespace hms {

struct RemoteSource {
    enum class Kind { Prometheus, Alertmanager };
    enum class Auth { None, Bearer, Basic };
    QString name;
    Kind kind = Kind::Prometheus;
    QUrl url;
    Auth auth = Auth::None;
    QString username;
    QString secret; // keychain entry name
    QString caFile;
    bool insecureSkipVerify = false;
    qint64 timeoutMs = 10000;
    qint64 minStepMs = 15000;
    qint64 pollMs = 15000;
    QStringList identityLabels;
};

QString sourceKindName(RemoteSource::Kind kind);

// The `sources:` list; errors at file:line:column into `errors`.
std::vector<RemoteSource> parseSources(const YAML::Node &list, const QString &fileName,
                                       std::vector<RuleParseError> &errors);

// The labels a silence made from an alert with `labels` matches: the source's identity_labels,
// or by default alertname and whichever of job, service, instance, cluster, namespace it has.
QStringList identityLabelsOf(const RemoteSource &source, const Labels &labels);

} // namespace hms
