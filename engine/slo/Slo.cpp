#include "slo/Slo.h"

#include "core/Duration.h"
#include "core/YamlReader.h"
#include "core/YamlSupport.h"

#include <cmath>

namespace hms {

namespace {

using yaml::nodeKind;
using yaml::quoted;

class Reader : public yaml::Reader {
    Q_DECLARE_TR_FUNCTIONS(hms::Slo)

public:
    Reader(const QString &file, SloParseResult &out)
        : yaml::Reader(file, out.errors)
        , m_file(file)
        , m_out(out)
    {
    }

    std::optional<SloSelector> selector(const YAML::Node &node, const QString &prefix)
    {
        if (!node.IsMap()) {
            error(node, prefix, tr("expected a mapping with metric and match, got %1").arg(nodeKind(node)));
            return std::nullopt;
        }
        auto f = fields(node, prefix + u'.', {"metric", "match"});
        return selectorFrom(node, f, prefix);
    }

    std::optional<SloSelector> selectorFrom(const YAML::Node &node, std::map<std::string, YAML::Node> &f,
                                            const QString &prefix)
    {
        SloSelector s;
        bool ok = true;
        if (const auto m = f.find("metric"); m == f.end()) {
            missing(node, prefix + u".metric");
            ok = false;
        } else if (const auto name = scalar(m->second, prefix + u".metric"); name && !name->trimmed().isEmpty()) {
            s.metric = name->trimmed();
        } else {
            if (name)
                error(m->second, prefix + u".metric", tr("must not be empty"));
            ok = false;
        }
        if (const auto m = f.find("match"); m != f.end() && !m->second.IsNull()) {
            if (const auto l = labels(m->second, prefix + u".match"))
                s.match = *l;
            else
                ok = false;
        }
        return ok ? std::optional(s) : std::nullopt;
    }

    void document(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            error(root.Mark(), tr("expected an SLO (a mapping), got %1").arg(nodeKind(root)));
            return;
        }
        auto f = fields(root, QString(),
                        {"id", "description", "service", "objective", "window", "latency", "error_ratio", "notify",
                         "playbook", "escalation", "labels"});
        Slo slo;
        slo.sourceFile = m_file;
        if (const auto n = f.find("id"); n == f.end()) {
            missing(root, QStringLiteral("id"));
        } else if (const auto id = scalar(n->second, QStringLiteral("id"))) {
            slo.id = id->trimmed();
            if (!yaml::isValidId(slo.id))
                error(n->second, QStringLiteral("id"),
                      tr("expected an id of letters, digits, '_', '.' or '-', got %1").arg(quoted(slo.id)));
        }
        const std::array<std::pair<const char *, QString *>, 6> texts{{{"description", &slo.description},
                                                                        {"service", &slo.service},
                                                                        {"notify", &slo.notify},
                                                                        {"playbook", &slo.playbook},
                                                                        {"escalation", &slo.escalation},
                                                                        {"id", nullptr}}};
        for (const auto &[name, target] : texts) {
            if (!target)
                continue;
            if (const auto n = f.find(name); n != f.end() && !n->second.IsNull())
                if (const auto v = scalar(n->second, QString::fromLatin1(name)))
                    *target = v->trimmed();
        }
        if (const auto n = f.find("objective"); n == f.end()) {
            missing(root, QStringLiteral("objective"));
        } else {
            QString text = n->second.IsScalar() ? QString::fromStdString(n->second.Scalar()).trimmed() : QString();
            if (text.endsWith(u'%'))
                text.chop(1);
            bool ok = false;
            const double percent = text.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(percent) || percent <= 0 || percent >= 100)
                error(n->second, QStringLiteral("objective"),
                      tr("expected a percentage between 0 and 100, like \"99.9%\", got %1").arg(nodeKind(n->second)));
            else
                slo.objective = percent / 100.0;
        }
        if (const auto n = f.find("window"); n != f.end()) {
            if (const auto ms = duration(n->second, QStringLiteral("window"), false)) {
                if (*ms < 86'400'000LL || *ms > 35 * 86'400'000LL)
                    error(n->second, QStringLiteral("window"),
                          tr("must be between 1d and 35d (the 1 h rollups are kept 35 days), got %1")
                              .arg(nodeKind(n->second)));
                else
                    slo.windowMs = *ms;
            }
        }
        const auto latency = f.find("latency");
        const auto ratio = f.find("error_ratio");
        if (latency == f.end() && ratio == f.end()) {
            error(root.Mark(), tr("latency or error_ratio: one of them is required"));
        } else if (latency != f.end() && ratio != f.end()) {
            error(ratio->second, QStringLiteral("error_ratio"), tr("give either latency or error_ratio, not both"));
        } else if (latency != f.end()) {
            slo.kind = Slo::Kind::Latency;
            parseLatency(latency->second, slo);
        } else {
            slo.kind = Slo::Kind::ErrorRatio;
            parseRatio(ratio->second, slo);
        }
        if (const auto n = f.find("labels"); n != f.end() && !n->second.IsNull()) {
            if (const auto l = labels(n->second, QStringLiteral("labels")))
                slo.labels = *l;
        }
        if (!failed())
            m_out.slo = std::move(slo);
    }

private:
    void parseLatency(const YAML::Node &node, Slo &slo)
    {
        const QString prefix = QStringLiteral("latency");
        if (!node.IsMap()) {
            error(node, prefix, tr("expected a mapping, got %1").arg(nodeKind(node)));
            return;
        }
        auto f = fields(node, prefix + u'.', {"metric", "match", "aggregate", "threshold"});
        if (const auto s = selectorFrom(node, f, prefix))
            slo.latency = *s;
        slo.aggregate = *parseAggregate(u"p95");
        if (const auto n = f.find("aggregate"); n != f.end()) {
            const auto text = scalar(n->second, prefix + u".aggregate");
            const auto a = text ? parseAggregate(text->trimmed()) : std::nullopt;
            if (text && (!a || a->kind == AggregateSpec::Kind::Rate || a->kind == AggregateSpec::Kind::Increase))
                error(n->second, prefix + u".aggregate",
                      tr("expected p50..p99.9, mean, min, max or last, got %1").arg(quoted(*text)));
            else if (a)
                slo.aggregate = *a;
        }
        if (const auto n = f.find("threshold"); n == f.end()) {
            missing(node, prefix + u".threshold");
        } else if (const auto text = scalar(n->second, prefix + u".threshold")) {
            const ThresholdParseResult t = parseThreshold(*text, timeUnitOfMetric(slo.latency.metric));
            if (!t.threshold)
                error(n->second.Mark(), prefix + u".threshold: " + t.error,
                      t.errorColumn + (n->second.Tag() == "!" ? 1 : 0));
            else
                slo.threshold = *t.threshold;
        }
    }

    void parseRatio(const YAML::Node &node, Slo &slo)
    {
        const QString prefix = QStringLiteral("error_ratio");
        if (!node.IsMap()) {
            error(node, prefix, tr("expected a mapping, got %1").arg(nodeKind(node)));
            return;
        }
        auto f = fields(node, prefix + u'.', {"errors", "total", "count"});
        for (const char *side : {"errors", "total"}) {
            const QString field = prefix + u'.' + QString::fromLatin1(side);
            if (const auto n = f.find(side); n == f.end())
                missing(node, field);
            else if (const auto s = selector(n->second, field))
                (std::string_view(side) == "errors" ? slo.errors : slo.total) = *s;
        }
        if (const auto n = f.find("count"); n != f.end()) {
            const auto text = scalar(n->second, prefix + u".count");
            if (text && *text == u"samples")
                slo.countSamples = true;
            else if (text && *text != u"increase")
                error(n->second, prefix + u".count",
                      tr("expected \"increase\" (counters) or \"samples\" (one sample per event), got %1").arg(quoted(*text)));
        }
    }

    QString m_file;
    SloParseResult &m_out;
};

} // namespace

QString sloWindowText(qint64 ms)
{
    if (ms > 0 && ms % 86'400'000LL == 0)
        return QString::number(ms / 86'400'000LL) + u'd';
    return formatDurationMs(ms);
}

std::vector<Rule> Slo::alertRules() const
{
    std::vector<Rule> out;
    for (const SloAlertSpec &a : kSloAlerts) {
        Rule r;
        r.name = QStringLiteral("SLO_%1_%2").arg(id, QLatin1String(a.name));
        r.metric = QStringLiteral("slo_alert_burn");
        r.aggregate = *parseAggregate(u"last");
        r.threshold = *parseThreshold(QStringLiteral("> %1").arg(a.factor), TimeUnit::None).threshold;
        r.windowMs = 2 * 60'000; // the recorder writes every minute: stale after two
        r.match = {{QStringLiteral("slo"), id}, {QStringLiteral("alert"), QLatin1String(a.name)}};
        r.severity = std::string_view(a.action) == "page" ? QStringLiteral("critical") : QStringLiteral("warning");
        r.labels = labels;
        r.labels.insert_or_assign(QStringLiteral("slo_action"), QLatin1String(a.action));
        if (!service.isEmpty())
            r.labels.insert_or_assign(QStringLiteral("service"), service);
        r.notify = notify;
        r.playbook = playbook;
        r.escalation = escalation;
        r.annotations = {
            {QStringLiteral("summary"),
             QStringLiteral("SLO %1 (%2 %% over %3): error budget burning at {{ $value }}x over %4 and %5 (%6 above %7x)")
                 .arg(id, QString::number(objective * 100, 'g', 6), sloWindowText(windowMs), sloWindowText(a.longMs),
                      sloWindowText(a.shortMs), QLatin1String(a.action))
                 .arg(a.factor)}};
        r.sourceFile = sourceFile;
        out.push_back(std::move(r));
    }
    return out;
}

SloParseResult parseSlo(const QByteArray &yaml, const QString &fileName)
{
    SloParseResult out;
    Reader reader(fileName, out);
    reader.load(yaml, Reader::tr("the file holds no SLO"), [&reader](const YAML::Node &root) { reader.document(root); });
    if (!out.errors.empty())
        out.slo.reset();
    return out;
}

} // namespace hms
