#include "alerting/Routing.h"

#include "core/YamlReader.h"
#include "core/YamlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace hms {

namespace {

using yaml::nodeKind;

class Reader : public yaml::Reader {
    Q_DECLARE_TR_FUNCTIONS(hms::Routing)

public:
    Reader(const QString &file, RoutingParseResult &out)
        : yaml::Reader(file, out.errors)
        , m_out(out)
    {
    }

    void document(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            error(root.Mark(), tr("expected a routing configuration (a mapping), got %1").arg(nodeKind(root)));
            return;
        }
        RoutingConfig c;
        // Alertmanager's defaults for a configured route.
        c.groupByAll = false;
        c.groupWaitMs = 30'000;
        c.groupIntervalMs = 5 * 60'000;
        c.repeatIntervalMs = 4 * 3600'000;
        auto top = fields(root, QString(), {"route", "inhibit_rules"});
        if (const auto r = top.find("route"); r != top.end() && !r->second.IsNull()) {
            if (!r->second.IsMap()) {
                error(r->second, QStringLiteral("route"), tr("expected a mapping, got %1").arg(nodeKind(r->second)));
            } else {
                auto f = fields(r->second, QStringLiteral("route."),
                                {"group_by", "group_wait", "group_interval", "repeat_interval"});
                if (auto g = f.find("group_by"); g != f.end()) {
                    if (const auto names = labelNames(g->second, QStringLiteral("route.group_by"), true)) {
                        c.groupByAll = names->size() == 1 && names->front() == u"...";
                        if (!c.groupByAll)
                            c.groupBy = *names;
                    }
                }
                const std::array<std::pair<const char *, qint64 *>, 3> durations{
                    {{"group_wait", &c.groupWaitMs}, {"group_interval", &c.groupIntervalMs},
                     {"repeat_interval", &c.repeatIntervalMs}}};
                for (const auto &[name, target] : durations) {
                    if (auto d = f.find(name); d != f.end()) {
                        if (const auto ms = duration(d->second, u"route." + QString::fromLatin1(name),
                                                     std::string_view(name) == "group_wait"))
                            *target = *ms;
                    }
                }
            }
        }
        if (const auto r = top.find("inhibit_rules"); r != top.end() && !r->second.IsNull()) {
            if (!r->second.IsSequence()) {
                error(r->second, QStringLiteral("inhibit_rules"), tr("expected a list, got %1").arg(nodeKind(r->second)));
            } else {
                int i = 0;
                for (auto it = r->second.begin(); it != r->second.end(); ++it, ++i) {
                    const QString prefix = u"inhibit_rules[" + QString::number(i) + u"].";
                    if (!it->IsMap()) {
                        error(it->Mark(), prefix.chopped(1) + u": "
                                              + tr("expected an inhibition rule (a mapping), got %1").arg(nodeKind(*it)));
                        continue;
                    }
                    auto f = fields(*it, prefix, {"source_matchers", "target_matchers", "equal"});
                    InhibitRule rule;
                    bool ok = true;
                    for (const char *side : {"source_matchers", "target_matchers"}) {
                        const auto n = f.find(side);
                        if (n == f.end()) {
                            error(it->Mark(), prefix + QString::fromLatin1(side) + u": " + tr("required field missing"));
                            ok = false;
                        } else if (auto m = matchers(n->second, prefix + QString::fromLatin1(side))) {
                            (std::string_view(side) == "source_matchers" ? rule.source : rule.target) = std::move(*m);
                        } else {
                            ok = false;
                        }
                    }
                    if (auto e = f.find("equal"); e != f.end()) {
                        if (const auto names = labelNames(e->second, prefix + u"equal", false))
                            rule.equal = *names;
                        else
                            ok = false;
                    }
                    if (ok)
                        c.inhibitRules.push_back(std::move(rule));
                }
            }
        }
        if (m_out.errors.empty())
            m_out.config = std::move(c);
    }

private:
    RoutingParseResult &m_out;
};

bool equalOn(const QStringList &names, const Labels &a, const Labels &b)
{
    for (const QString &n : names) {
        const auto x = a.find(n);
        const auto y = b.find(n);
        if ((x == a.end() ? QString() : x->second) != (y == b.end() ? QString() : y->second))
            return false;
    }
    return true;
}

} // namespace

QString RoutingConfig::groupKey(const Labels &labels, const QString &fingerprint) const
{
    if (groupByAll)
        return fingerprint;
    return formatLabels(groupLabels(labels));
}

Labels RoutingConfig::groupLabels(const Labels &labels) const
{
    Labels out;
    if (groupByAll)
        return labels;
    for (const QString &n : groupBy) {
        const auto it = labels.find(n);
        if (it != labels.end())
            out.insert(*it);
    }
    return out;
}

std::optional<size_t> inhibitedBy(const std::vector<InhibitRule> &rules, const QString &targetFingerprint,
                                  const Labels &target, const std::vector<InhibitSource> &sources)
{
    for (const InhibitRule &rule : rules) {
        if (!allMatch(rule.target, target))
            continue;
        const bool targetIsSource = allMatch(rule.source, target);
        for (size_t i = 0; i < sources.size(); ++i) {
            const InhibitSource &s = sources[i];
            if (s.fingerprint == targetFingerprint || !allMatch(rule.source, s.labels)
                || !equalOn(rule.equal, s.labels, target))
                continue;
            if (targetIsSource && allMatch(rule.target, s.labels))
                continue; // both match both sides: neither mutes the other
            return i;
        }
    }
    return std::nullopt;
}

RoutingParseResult parseRouting(const QByteArray &yaml, const QString &fileName)
{
    RoutingParseResult out;
    Reader reader(fileName, out);
    reader.load(yaml, Reader::tr("the file holds no routing configuration"),
                [&reader](const YAML::Node &root) { reader.document(root); });
    if (!out.errors.empty())
        out.config.reset();
    return out;
}

} // namespace hms
