#include "dash/Dashboard.h"

#include "core/Duration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hms {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(hms::Dashboard)
};

constexpr int kMaxTiles = 256;
constexpr int kMaxColumns = 48;
constexpr int kMaxRows = 1000;
constexpr qsizetype kMaxText = 200;

struct KindInfo {
    DashboardTile::Kind kind;
    const char *name;
};
constexpr KindInfo kKinds[] = {
    {DashboardTile::Kind::Chart, "chart"},       {DashboardTile::Kind::Stat, "stat"},
    {DashboardTile::Kind::Status, "status"},     {DashboardTile::Kind::Incidents, "incidents"},
    {DashboardTile::Kind::OnCall, "oncall"},     {DashboardTile::Kind::Slo, "slo"},
    {DashboardTile::Kind::Clock, "clock"},
};

QString kindList()
{
    QStringList names;
    for (const KindInfo &k : kKinds)
        names << QLatin1String(k.name);
    return names.join(QStringLiteral(", "));
}

// 1-based line and column of a byte offset, for JSON syntax errors.
std::pair<int, int> lineColumn(const QByteArray &text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < std::min<int>(offset, int(text.size())); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text.at(i)) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(v.toString().left(64));
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    default:
        return Text::tr("nothing");
    }
}

// Reads one object's fields; the first problem wins and names its path.
class Fields {
public:
    Fields(const QJsonObject &o, QString path, QString *error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    bool ok() const { return m_error->isEmpty(); }
    void fail(const QString &field, const QString &message)
    {
        if (ok())
            *m_error = m_path.isEmpty() ? QStringLiteral("%1: %2").arg(field, message)
                                        : QStringLiteral("%1.%2: %3").arg(m_path, field, message);
    }
    void failHere(const QString &message)
    {
        if (ok())
            *m_error = QStringLiteral("%1: %2").arg(m_path, message);
    }

    void only(std::initializer_list<const char *> known)
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (std::none_of(known.begin(), known.end(), [&](const char *k) { return it.key() == QLatin1String(k); })) {
                QStringList names;
                for (const char *k : known)
                    names << QLatin1String(k);
                fail(it.key().left(64), Text::tr("unknown field; known: %1").arg(names.join(QStringLiteral(", "))));
                return;
            }
        }
    }

    QString text(const char *field, bool required, qsizetype max = kMaxText)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined()) {
            if (required)
                fail(QLatin1String(field), Text::tr("required"));
            return {};
        }
        if (!v.isString()) {
            fail(QLatin1String(field), Text::tr("expected a string, got %1").arg(describe(v)));
            return {};
        }
        if (v.toString().size() > max) {
            fail(QLatin1String(field), Text::tr("longer than %1 characters").arg(max));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(QLatin1String(field), Text::tr("must not be empty"));
        return v.toString();
    }

    int integer(const char *field, int min, int max, int fallback, bool required = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined()) {
            if (required)
                fail(QLatin1String(field), Text::tr("required"));
            return fallback;
        }
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(QLatin1String(field), Text::tr("expected an integer from %1 to %2, got %3").arg(min).arg(max).arg(describe(v)));
            return fallback;
        }
        return int(d);
    }

    qint64 duration(const char *field, qint64 min, qint64 max, qint64 fallback)
    {
        const QString t = text(field, false);
        if (t.isEmpty() || !ok())
            return fallback;
        const auto ms = parseDurationMs(t);
        if (!ms || *ms < min || *ms > max) {
            fail(QLatin1String(field), Text::tr("expected a duration from %1 to %2 such as \"1h\", got \"%3\"")
                                           .arg(formatDurationMs(min), formatDurationMs(max), t.left(64)));
            return fallback;
        }
        return *ms;
    }

    Labels labels(const char *field)
    {
        Labels out;
        const QJsonValue v = m_o.value(QLatin1String(field));
        if (v.isUndefined())
            return out;
        if (!v.isObject()) {
            fail(QLatin1String(field), Text::tr("expected an object of label names and values, got %1").arg(describe(v)));
            return out;
        }
        static const QRegularExpression name(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!name.match(it.key()).hasMatch()) {
                fail(QStringLiteral("%1.%2").arg(QLatin1String(field), it.key().left(64)), Text::tr("not a label name"));
                return out;
            }
            if (!it.value().isString()) {
                fail(QStringLiteral("%1.%2").arg(QLatin1String(field), it.key()),
                     Text::tr("expected a string, got %1").arg(describe(it.value())));
                return out;
            }
            out[it.key()] = it.value().toString();
        }
        return out;
    }

private:
    const QJsonObject &m_o;
    QString m_path;
    QString *m_error;
};

void parseTile(const QJsonObject &o, const QString &path, int columns, DashboardTile *tile, QString *error)
{
    Fields f(o, path, error);
    f.only({"kind", "title", "x", "y", "w", "h", "metric", "aggregate", "window", "match", "series_by", "rule", "unit",
            "decimals", "rotation", "slo", "query", "source"});
    const QString kind = f.text("kind", true);
    if (!f.ok())
        return;
    const auto found = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const KindInfo &k) { return kind == QLatin1String(k.name); });
    if (found == std::end(kKinds)) {
        f.fail(QStringLiteral("kind"), Text::tr("expected one of %1, got \"%2\"").arg(kindList(), kind.left(64)));
        return;
    }
    tile->kind = found->kind;
    tile->title = f.text("title", false);
    tile->x = f.integer("x", 0, columns - 1, 0, true);
    tile->y = f.integer("y", 0, kMaxRows - 1, 0, true);
    tile->w = f.integer("w", 1, columns, 1, true);
    tile->h = f.integer("h", 1, kMaxRows, 1, true);
    if (f.ok() && tile->x + tile->w > columns)
        f.fail(QStringLiteral("w"), Text::tr("the tile reaches column %1, past the grid's %2 columns").arg(tile->x + tile->w).arg(columns));
    using Kind = DashboardTile::Kind;
    const bool series = tile->kind == Kind::Chart || tile->kind == Kind::Stat;
    // `query` (PromQL on a Prometheus-compatible source) instead of `metric` and `match`: the
    // answers are kept as series named by the query (remote/RemoteHub.h). A stat tile shows the
    // newest point unless it names another aggregate.
    tile->query = f.text("query", false, 4096).trimmed();
    tile->source = f.text("source", false, 64);
    if (f.ok() && !tile->query.isEmpty()) {
        for (const char *field : {"metric", "match"})
            if (o.contains(QLatin1String(field)))
                f.fail(QLatin1String(field), Text::tr("a tile with a query takes its series from the query; leave %1 out")
                                                 .arg(QLatin1String(field)));
        if (!series)
            f.fail(QStringLiteral("query"), Text::tr("only chart and stat tiles read a query"));
        tile->metric = tile->query;
    } else if (f.ok() && !tile->source.isEmpty()) {
        f.fail(QStringLiteral("source"), Text::tr("names where the tile's query runs; this tile has no query"));
    } else {
        tile->metric = f.text("metric", series);
    }
    const QString aggregate = f.text("aggregate", tile->kind == Kind::Stat && tile->query.isEmpty());
    if (f.ok() && aggregate.isEmpty() && !tile->query.isEmpty() && tile->kind == Kind::Stat)
        tile->aggregate = parseAggregate(u"last");
    if (f.ok() && !aggregate.isEmpty()) {
        tile->aggregate = parseAggregate(aggregate);
        if (!tile->aggregate)
            f.fail(QStringLiteral("aggregate"), Text::tr("expected p50, p95, p99.9, mean, min, max, sum, count, rate, "
                                                         "increase or last, got \"%1\"")
                                                    .arg(aggregate.left(64)));
    }
    tile->windowMs = f.duration("window", 1000, 31LL * 86'400'000, 60'000);
    tile->match = f.labels("match");
    tile->seriesBy = f.text("series_by", false, 64);
    tile->rule = f.text("rule", false);
    tile->unit = f.text("unit", false, 16);
    tile->decimals = f.integer("decimals", 0, 6, -1);
    tile->rotation = f.text("rotation", tile->kind == Kind::OnCall);
    tile->slo = f.text("slo", tile->kind == Kind::Slo);
    if (f.ok() && !series) {
        for (const char *field : {"metric", "aggregate", "match", "series_by"})
            if (o.contains(QLatin1String(field)))
                f.fail(QLatin1String(field), Text::tr("only chart and stat tiles read a metric"));
    }
}

} // namespace

QString tileKindName(DashboardTile::Kind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return {};
}

DashboardParseResult parseDashboard(const QByteArray &json, const QString &fileName)
{
    DashboardParseResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(json, parseError.offset);
        result.error = QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = Text::tr("%1: expected a JSON object with name, title and tiles").arg(fileName);
        return result;
    }
    QString error;
    const QJsonObject o = doc.object();
    Fields f(o, QString(), &error);
    f.only({"schema", "name", "title", "time_range", "columns", "tiles"});
    Dashboard d;
    const int schema = f.integer("schema", 1, 1000, Dashboard::kSchema);
    if (f.ok() && schema > Dashboard::kSchema)
        f.fail(QStringLiteral("schema"), Text::tr("version %1 is newer than this program reads (%2); update HMS Ops Center")
                                             .arg(schema)
                                             .arg(Dashboard::kSchema));
    d.name = f.text("name", true, 64);
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    if (f.ok() && !name.match(d.name).hasMatch())
        f.fail(QStringLiteral("name"), Text::tr("expected lower-case letters, digits, _ or - (it is the page's URL), got \"%1\"")
                                           .arg(d.name));
    d.title = f.text("title", false);
    if (d.title.isEmpty())
        d.title = d.name;
    d.rangeMs = f.duration("time_range", 60'000, 366LL * 86'400'000, 3'600'000);
    d.columns = f.integer("columns", 1, kMaxColumns, 12);
    const QJsonValue tiles = o.value(QStringLiteral("tiles"));
    if (f.ok() && !tiles.isArray())
        f.fail(QStringLiteral("tiles"), Text::tr("expected a list of tiles, got %1").arg(describe(tiles)));
    if (f.ok() && tiles.toArray().size() > kMaxTiles)
        f.fail(QStringLiteral("tiles"), Text::tr("more than %1 tiles").arg(kMaxTiles));
    const QJsonArray list = tiles.toArray();
    for (qsizetype i = 0; i < list.size() && error.isEmpty(); ++i) {
        const QString path = QStringLiteral("tiles[%1]").arg(i);
        if (!list.at(i).isObject()) {
            error = Text::tr("%1: expected an object, got %2").arg(path, describe(list.at(i)));
            break;
        }
        DashboardTile tile;
        parseTile(list.at(i).toObject(), path, d.columns, &tile, &error);
        if (!error.isEmpty())
            break;
        // Tiles must not overlap: a tile hidden under another is a mistake nobody would see.
        for (size_t j = 0; j < d.tiles.size(); ++j) {
            const DashboardTile &t = d.tiles[j];
            if (tile.x < t.x + t.w && t.x < tile.x + tile.w && tile.y < t.y + t.h && t.y < tile.y + tile.h) {
                error = Text::tr("%1: overlaps tiles[%2] (columns %3–%4, rows %5–%6)")
                            .arg(path)
                            .arg(j)
                            .arg(t.x)
                            .arg(t.x + t.w - 1)
                            .arg(t.y)
                            .arg(t.y + t.h - 1);
                break;
            }
        }
        d.rows = std::max(d.rows, tile.y + tile.h);
        d.tiles.push_back(std::move(tile));
    }
    if (!error.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(fileName, error);
        return result;
    }
    result.dashboard = std::move(d);
    return result;
}

QJsonObject Dashboard::toJson() const
{
    QJsonArray list;
    for (const DashboardTile &t : tiles) {
        QJsonObject o{{QStringLiteral("kind"), tileKindName(t.kind)},
                      {QStringLiteral("x"), t.x},
                      {QStringLiteral("y"), t.y},
                      {QStringLiteral("w"), t.w},
                      {QStringLiteral("h"), t.h}};
        auto put = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        put("title", t.title);
        if (t.query.isEmpty())
            put("metric", t.metric);
        put("query", t.query);
        put("source", t.source);
        if (t.aggregate)
            o.insert(QStringLiteral("aggregate"), t.aggregate->text);
        if (t.kind == DashboardTile::Kind::Chart || t.kind == DashboardTile::Kind::Stat)
            o.insert(QStringLiteral("window"), formatDurationMs(t.windowMs));
        if (!t.match.empty()) {
            QJsonObject m;
            for (const auto &[k, v] : t.match)
                m.insert(k, v);
            o.insert(QStringLiteral("match"), m);
        }
        put("series_by", t.seriesBy);
        put("rule", t.rule);
        put("unit", t.unit);
        if (t.decimals >= 0)
            o.insert(QStringLiteral("decimals"), t.decimals);
        put("rotation", t.rotation);
        put("slo", t.slo);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("schema"), kSchema},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("time_range"), formatDurationMs(rangeMs)},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("tiles"), list}};
}

std::vector<Dashboard> dashboardTemplates()
{
    std::vector<Dashboard> out;
    for (const char *name : {"system_health", "citizen_experience", "payment_pipeline", "legal_blocks", "hitl_backlog"}) {
        QFile file(QStringLiteral(":/dashboards/%1.json").arg(QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("dashboard template %s is missing from the resources", name);
            continue;
        }
        DashboardParseResult parsed = parseDashboard(file.readAll(), file.fileName());
        if (!parsed.dashboard) {
            qWarning("%s", qPrintable(parsed.error)); // caught by tst_dashboard
            continue;
        }
        out.push_back(std::move(*parsed.dashboard));
    }
    return out;
}

} // namespace hms
