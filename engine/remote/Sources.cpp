#include "remote/Sources.h"

#include "core/YamlReader.h"
#include "core/YamlSupport.h"

#include <QFileInfo>

namespace hms {

QString sourceKindName(RemoteSource::Kind kind)
{
    return kind == RemoteSource::Kind::Prometheus ? QStringLiteral("prometheus") : QStringLiteral("alertmanager");
}

std::vector<RemoteSource> parseSources(const YAML::Node &list, const QString &fileName,
                                       std::vector<RuleParseError> &errors)
{
    std::vector<RemoteSource> out;
    yaml::Reader r(fileName, errors);
    const std::size_t before = errors.size();
    if (!list.IsSequence()) {
        r.error(list.Mark(), QCoreApplication::translate("hms::Sources", "sources: expected a list of sources, got %1")
                                 .arg(yaml::nodeKind(list)));
        return out;
    }
    int index = 0;
    for (const YAML::Node &node : list) {
        const QString prefix = QStringLiteral("sources[%1].").arg(index++);
        if (!node.IsMap()) {
            r.error(node.Mark(), prefix.chopped(1) + u": "
                                     + QCoreApplication::translate("hms::Sources", "expected a mapping, got %1")
                                           .arg(yaml::nodeKind(node)));
            continue;
        }
        auto f = r.fields(node, prefix,
                          {"name", "kind", "url", "auth", "username", "secret", "ca_file", "insecure_skip_verify",
                           "timeout", "min_step", "poll", "identity_labels"});
        RemoteSource s;
        auto text = [&](const char *key) -> std::optional<QString> {
            const auto it = f.find(key);
            if (it == f.end())
                return std::nullopt;
            return r.scalar(it->second, prefix + QLatin1String(key));
        };
        auto bad = [&](const char *key, const QString &message) {
            r.error(f.at(key), prefix + QLatin1String(key), message);
        };
        if (const auto name = text("name")) {
            s.name = *name;
            if (!yaml::isValidId(s.name))
                bad("name", QCoreApplication::translate("hms::Sources", "expected [a-z0-9_-]{1,64}, got %1").arg(yaml::quoted(s.name)));
            for (const RemoteSource &other : out)
                if (other.name == s.name)
                    bad("name", QCoreApplication::translate("hms::Sources", "%1 is used by another source").arg(yaml::quoted(s.name)));
        } else if (!f.count("name")) {
            r.missing(node, prefix + u"name");
        }
        if (const auto kind = text("kind")) {
            if (*kind == u"prometheus")
                s.kind = RemoteSource::Kind::Prometheus;
            else if (*kind == u"alertmanager")
                s.kind = RemoteSource::Kind::Alertmanager;
            else
                bad("kind", QCoreApplication::translate("hms::Sources", "expected prometheus or alertmanager, got %1")
                                .arg(yaml::quoted(*kind)));
        } else if (!f.count("kind")) {
            r.missing(node, prefix + u"kind");
        }
        if (const auto url = text("url")) {
            s.url = QUrl(*url, QUrl::StrictMode);
            if (!s.url.isValid() || (s.url.scheme() != u"http" && s.url.scheme() != u"https") || s.url.host().isEmpty()
                || !s.url.query().isEmpty() || !s.url.userInfo().isEmpty())
                bad("url", QCoreApplication::translate("hms::Sources",
                                                       "expected an http(s) URL without credentials or query, got %1")
                               .arg(yaml::quoted(*url)));
        } else if (!f.count("url")) {
            r.missing(node, prefix + u"url");
        }
        if (const auto auth = text("auth")) {
            if (*auth == u"none")
                s.auth = RemoteSource::Auth::None;
            else if (*auth == u"bearer")
                s.auth = RemoteSource::Auth::Bearer;
            else if (*auth == u"basic")
                s.auth = RemoteSource::Auth::Basic;
            else
                bad("auth", QCoreApplication::translate("hms::Sources", "expected none, bearer or basic, got %1")
                                .arg(yaml::quoted(*auth)));
        }
        if (const auto user = text("username"))
            s.username = *user;
        if (const auto secret = text("secret"))
            s.secret = *secret;
        if (s.auth != RemoteSource::Auth::None && s.secret.isEmpty() && f.count("auth"))
            bad("auth", QCoreApplication::translate("hms::Sources", "needs secret: (the keychain entry with the %1)")
                            .arg(s.auth == RemoteSource::Auth::Bearer
                                     ? QCoreApplication::translate("hms::Sources", "token")
                                     : QCoreApplication::translate("hms::Sources", "password")));
        if (s.auth == RemoteSource::Auth::Basic && s.username.isEmpty() && f.count("auth"))
            bad("auth", QCoreApplication::translate("hms::Sources", "basic needs username:"));
        if (const auto ca = text("ca_file")) {
            s.caFile = *ca;
            if (!QFileInfo(s.caFile).isReadable())
                bad("ca_file", QCoreApplication::translate("hms::Sources", "cannot read %1").arg(s.caFile));
        }
        if (const auto skip = text("insecure_skip_verify")) {
            if (*skip == u"true" || *skip == u"false")
                s.insecureSkipVerify = *skip == u"true";
            else
                bad("insecure_skip_verify", QCoreApplication::translate("hms::Sources", "expected true or false, got %1")
                                                .arg(yaml::quoted(*skip)));
        }
        for (const auto &[key, target] : {std::pair{"timeout", &s.timeoutMs}, std::pair{"min_step", &s.minStepMs},
                                          std::pair{"poll", &s.pollMs}}) {
            const auto it = f.find(key);
            if (it == f.end())
                continue;
            if (const auto ms = r.duration(it->second, prefix + QLatin1String(key), false)) {
                if (*ms < 100)
                    bad(key, QCoreApplication::translate("hms::Sources", "expected at least 100ms"));
                else
                    *target = *ms;
            }
        }
        if (const auto it = f.find("identity_labels"); it != f.end()) {
            if (const auto names = r.labelNames(it->second, prefix + u"identity_labels", false))
                s.identityLabels = *names;
        }
        if (s.kind == RemoteSource::Kind::Prometheus && f.count("identity_labels"))
            bad("identity_labels", QCoreApplication::translate("hms::Sources", "only for kind: alertmanager"));
        out.push_back(std::move(s));
    }
    if (errors.size() != before)
        out.clear();
    return out;
}

QStringList identityLabelsOf(const RemoteSource &source, const Labels &labels)
{
    QStringList out;
    const QStringList wanted = !source.identityLabels.isEmpty()
        ? source.identityLabels
        : QStringList{QStringLiteral("alertname"), QStringLiteral("job"), QStringLiteral("service"),
                      QStringLiteral("instance"), QStringLiteral("cluster"), QStringLiteral("namespace")};
    for (const QString &name : wanted)
        if (labels.count(name))
            out << name;
    return out;
}

} // namespace hms
