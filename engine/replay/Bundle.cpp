#include "replay/Bundle.h"

#include "alerting/Silence.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "store/Gorilla.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <zlib.h>

#include <set>

namespace hms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hms::Bundle", text);
}

const QByteArray kMagic("HMSOPSBUNDLE\r\n\x1a\n", 16);
constexpr quint32 kMaxSection = 256u * 1024 * 1024;

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

quint32 getU32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

quint32 crcOf(QByteArrayView tag, QByteArrayView payload)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(tag.data()), uInt(tag.size()));
    // zlib's length is 32-bit: feed large payloads in pieces.
    for (qsizetype off = 0; off < payload.size(); off += 1 << 30) {
        const qsizetype n = std::min<qsizetype>(payload.size() - off, 1 << 30);
        crc = crc32(crc, reinterpret_cast<const Bytef *>(payload.data() + off), uInt(n));
    }
    return quint32(crc);
}

void putSection(QByteArray &out, const char *tag, const QByteArray &payload)
{
    const QByteArrayView t(tag, 4);
    out.append(t.data(), 4);
    putU32(out, quint32(payload.size()));
    out.append(payload);
    putU32(out, crcOf(t, payload));
}

QJsonArray sourcesJson(const std::vector<BundleSource> &sources)
{
    QJsonArray a;
    for (const BundleSource &s : sources)
        a.append(QJsonObject{{QStringLiteral("id"), s.id},
                             {QStringLiteral("file"), s.file},
                             {QStringLiteral("yaml"), QString::fromUtf8(s.yaml)}});
    return a;
}

std::vector<BundleSource> sourcesFrom(const QJsonArray &a)
{
    std::vector<BundleSource> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("file")).toString(),
                       o.value(QStringLiteral("yaml")).toString().toUtf8()});
    }
    return out;
}

QByteArray metaJson(const IncidentBundle &b)
{
    QJsonArray events;
    for (const IncidentEvent &e : b.events)
        events.append(e.toJson());
    QJsonArray annotations;
    for (const BundleAnnotation &a : b.annotations)
        annotations.append(QJsonObject{{QStringLiteral("at_ms"), a.at},
                                       {QStringLiteral("text"), a.text},
                                       {QStringLiteral("by"), a.by},
                                       {QStringLiteral("created_at_ms"), a.createdAt}});
    QJsonObject o{{QStringLiteral("producer"), b.producer},
                  {QStringLiteral("created_at_ms"), b.createdAt},
                  {QStringLiteral("from_ms"), b.from},
                  {QStringLiteral("to_ms"), b.to},
                  {QStringLiteral("incident"), b.incident.toJson()},
                  {QStringLiteral("events"), events},
                  {QStringLiteral("rules"), sourcesJson(b.rules)},
                  {QStringLiteral("slos"), sourcesJson(b.slos)},
                  {QStringLiteral("silences"), b.silences},
                  {QStringLiteral("annotations"), annotations}};
    if (b.playbook)
        o.insert(QStringLiteral("playbook"), QJsonObject{{QStringLiteral("id"), b.playbook->id},
                                                         {QStringLiteral("version"), b.playbook->version},
                                                         {QStringLiteral("markdown"), b.playbook->markdown},
                                                         {QStringLiteral("saved_at_ms"), b.playbook->savedAt},
                                                         {QStringLiteral("saved_by"), b.playbook->savedBy}});
    if (b.rca)
        o.insert(QStringLiteral("rca"), b.rca->toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Empty with *error set when the series is past what a reader accepts.
QByteArray seriesPayload(const BundleSeries &s, QString *error)
{
    if (qint64(s.samples.size()) > IncidentBundle::kMaxSeriesSamples) {
        *error = tr("series %1 has %2 samples; a bundle holds at most %3 per series (choose a smaller margin)")
                     .arg(s.key.toString())
                     .arg(s.samples.size())
                     .arg(IncidentBundle::kMaxSeriesSamples);
        return {};
    }
    QJsonArray exemplars;
    for (const Exemplar &e : s.exemplars)
        exemplars.append(QJsonObject{{QStringLiteral("t"), e.t}, {QStringLiteral("v"), e.v}, {QStringLiteral("trace_id"), e.traceId}});
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("name"), s.key.name},
                                                        {QStringLiteral("labels"), labelsObject(s.key.labels)},
                                                        {QStringLiteral("count"), qint64(s.samples.size())},
                                                        {QStringLiteral("exemplars"), exemplars}})
                                  .toJson(QJsonDocument::Compact);
    QByteArray plain;
    putU32(plain, quint32(header.size()));
    plain.append(header);
    plain.append(encodeAll(s.samples));
    // Deflated: XOR-encoded decimal values keep byte patterns that deflate still halves
    // (bench/bundle_bench: 6.1 -> 3.1 bytes/sample on a one-decimal random walk).
    uLongf size = compressBound(uLong(plain.size()));
    QByteArray out;
    putU32(out, quint32(plain.size()));
    out.resize(4 + qsizetype(size));
    if (plain.size() > qsizetype(kMaxSection)
        || compress2(reinterpret_cast<Bytef *>(out.data() + 4), &size, reinterpret_cast<const Bytef *>(plain.constData()),
                     uLong(plain.size()), 6)
            != Z_OK
        || 4 + qsizetype(size) > qsizetype(kMaxSection)) {
        *error = tr("series %1 does not fit in a bundle section").arg(s.key.toString());
        return {};
    }
    out.resize(4 + qsizetype(size));
    return out;
}

// A SERS payload inflated: u32 length, then a zlib stream of exactly that many bytes.
std::optional<QByteArray> inflateSeries(QByteArrayView payload, QString *error)
{
    if (payload.size() < 4) {
        *error = tr("shorter than its length");
        return std::nullopt;
    }
    const quint32 plainSize = getU32(payload.data());
    if (plainSize > kMaxSection) {
        *error = tr("claims %1 bytes inflated").arg(plainSize);
        return std::nullopt;
    }
    QByteArray plain(qsizetype(plainSize), Qt::Uninitialized);
    uLongf size = plainSize;
    const int rc = uncompress(reinterpret_cast<Bytef *>(plain.data()), &size,
                              reinterpret_cast<const Bytef *>(payload.data() + 4), uLong(payload.size() - 4));
    if (rc != Z_OK || size != plainSize) {
        *error = tr("its compressed samples do not inflate to the %1 bytes it declares").arg(plainSize);
        return std::nullopt;
    }
    return plain;
}

bool readMeta(const QByteArray &json, IncidentBundle &b, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = tr("META: not a JSON object (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("incident")).isObject()) {
        *error = tr("META.incident: missing");
        return false;
    }
    b.producer = o.value(QStringLiteral("producer")).toString();
    b.createdAt = o.value(QStringLiteral("created_at_ms")).toInteger();
    b.from = o.value(QStringLiteral("from_ms")).toInteger();
    b.to = o.value(QStringLiteral("to_ms")).toInteger();
    if (b.from <= 0 || b.to < b.from || b.to - b.from > IncidentBundle::kMaxWindowMs) {
        *error = tr("META: the window from_ms %1 to to_ms %2 is not a window of at most %3 days")
                     .arg(b.from)
                     .arg(b.to)
                     .arg(IncidentBundle::kMaxWindowMs / 86'400'000);
        return false;
    }
    b.incident = Incident::fromJson(o.value(QStringLiteral("incident")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray())
        b.events.push_back(IncidentEvent::fromJson(v.toObject()));
    b.rules = sourcesFrom(o.value(QStringLiteral("rules")).toArray());
    b.slos = sourcesFrom(o.value(QStringLiteral("slos")).toArray());
    b.silences = o.value(QStringLiteral("silences")).toArray();
    for (const QJsonValue &v : o.value(QStringLiteral("annotations")).toArray()) {
        const QJsonObject a = v.toObject();
        b.annotations.push_back({a.value(QStringLiteral("at_ms")).toInteger(), a.value(QStringLiteral("text")).toString(),
                                 a.value(QStringLiteral("by")).toString(), a.value(QStringLiteral("created_at_ms")).toInteger()});
    }
    if (o.value(QStringLiteral("playbook")).isObject()) {
        const QJsonObject p = o.value(QStringLiteral("playbook")).toObject();
        b.playbook = PlaybookVersion{p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("version")).toInt(),
                                     p.value(QStringLiteral("markdown")).toString(),
                                     p.value(QStringLiteral("saved_at_ms")).toInteger(),
                                     p.value(QStringLiteral("saved_by")).toString()};
    }
    if (o.value(QStringLiteral("rca")).isObject()) {
        QString rcaError;
        b.rca = Rca::fromJson(o.value(QStringLiteral("rca")).toObject(), &rcaError);
        if (!b.rca) {
            *error = tr("META.rca.%1").arg(rcaError);
            return false;
        }
    }
    return true;
}

// `budget`: the samples the bundle may still hold (IncidentBundle::kMaxSamples in all).
bool readSeries(QByteArrayView payload, BundleSeries &s, qint64 budget, QString *error)
{
    if (payload.size() < 4) {
        *error = tr("shorter than its header length");
        return false;
    }
    const quint32 headerLen = getU32(payload.data());
    if (qint64(headerLen) > payload.size() - 4) {
        *error = tr("header length %1 past the section's end").arg(headerLen);
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.sliced(4, headerLen).toByteArray(), &pe);
    if (!doc.isObject()) {
        *error = tr("header: not a JSON object (%1)").arg(pe.errorString());
        return false;
    }
    const QJsonObject h = doc.object();
    s.key.name = h.value(QStringLiteral("name")).toString();
    if (s.key.name.isEmpty()) {
        *error = tr("header.name: missing");
        return false;
    }
    s.key.labels = labelsFromObject(h.value(QStringLiteral("labels")).toObject());
    const qint64 count = h.value(QStringLiteral("count")).toInteger(-1);
    const QByteArrayView stream = payload.sliced(4 + headerLen);
    if (count < 0 || count > maxGorillaSamples(stream.size())) {
        *error = tr("header.count: %1 samples cannot fit in %2 bytes").arg(count).arg(stream.size());
        return false;
    }
    if (count > IncidentBundle::kMaxSeriesSamples || count > budget) {
        *error = tr("header.count: %1 samples is past what a bundle holds (%2 per series, %3 in all)")
                     .arg(count)
                     .arg(IncidentBundle::kMaxSeriesSamples)
                     .arg(IncidentBundle::kMaxSamples);
        return false;
    }
    bool ok = true;
    s.samples = decodeAll(stream, int(count), &ok);
    if (!ok) {
        *error = tr("samples: the Gorilla stream does not decode");
        return false;
    }
    for (const QJsonValue &v : h.value(QStringLiteral("exemplars")).toArray()) {
        const QJsonObject e = v.toObject();
        s.exemplars.push_back({e.value(QStringLiteral("t")).toInteger(), e.value(QStringLiteral("v")).toDouble(),
                               e.value(QStringLiteral("trace_id")).toString()});
    }
    return true;
}

QJsonObject silenceJson(const Silence &s, TimestampMs now)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("matchers"), s.matchersText()},
            {QStringLiteral("starts_at_ms"), s.startsAt},
            {QStringLiteral("ends_at_ms"), s.endsAt},
            {QStringLiteral("until_resolved_incident"), s.untilResolvedIncident},
            {QStringLiteral("created_by"), s.createdBy},
            {QStringLiteral("comment"), s.comment},
            {QStringLiteral("state"), silenceStateName(s.stateAt(now))}};
}
} // namespace

QByteArray encodeBundle(const IncidentBundle &bundle, const BundleProgress &progress, BundleIo *io)
{
    QByteArray out;
    out.append(kMagic);
    putU32(out, IncidentBundle::kFormatVersion);
    auto fail = [io](const QString &message) {
        if (io) {
            io->ok = false;
            io->error = message;
        }
        return QByteArray();
    };
    if (bundle.from <= 0 || bundle.to < bundle.from || bundle.to - bundle.from > IncidentBundle::kMaxWindowMs)
        return fail(tr("the bundle's window must be at most %1 days").arg(IncidentBundle::kMaxWindowMs / 86'400'000));
    const QByteArray meta = metaJson(bundle);
    if (meta.size() > qsizetype(kMaxSection))
        return fail(tr("the incident's events and documents take %1 bytes, more than a bundle section holds").arg(meta.size()));
    putSection(out, "META", meta);
    const qint64 total = qint64(bundle.series.size());
    for (qint64 i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            if (io) {
                io->ok = false;
                io->cancelled = true;
                io->error = tr("cancelled");
            }
            return {};
        }
        QString error;
        const QByteArray payload = seriesPayload(bundle.series[std::size_t(i)], &error);
        if (payload.isEmpty())
            return fail(error);
        putSection(out, "SERS", payload);
    }
    QByteArray end;
    putU32(end, quint32(total));
    putSection(out, "END!", end);
    if (progress)
        progress(total, total);
    if (io)
        io->ok = true;
    return out;
}

BundleIo saveBundleBytes(const QByteArray &bytes, const QString &path, const BundleProgress &progress)
{
    BundleIo io;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        io.error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return io;
    }
    constexpr qint64 kBlock = 1 << 20;
    for (qint64 off = 0; off < bytes.size(); off += kBlock) {
        if (progress && !progress(off, bytes.size())) {
            file.cancelWriting(); // the temporary file goes; `path` is untouched
            io.cancelled = true;
            io.error = tr("cancelled; %1 was not written").arg(path);
            return io;
        }
        const qint64 n = std::min<qint64>(kBlock, bytes.size() - off);
        if (file.write(bytes.constData() + off, n) != n) {
            file.cancelWriting();
            io.error = tr("%1: write failed: %2").arg(path, file.errorString());
            return io;
        }
    }
    if (!file.commit()) {
        io.error = tr("%1: could not be saved: %2").arg(path, file.errorString());
        return io;
    }
    if (progress)
        progress(bytes.size(), bytes.size());
    io.ok = true;
    return io;
}

BundleIo saveBundle(const IncidentBundle &bundle, const QString &path, const BundleProgress &progress)
{
    BundleIo io;
    // Half the progress for encoding (per series), half for writing (per MiB).
    const QByteArray bytes = encodeBundle(
        bundle, progress ? BundleProgress([&](qint64 d, qint64 t) { return progress(d, 2 * std::max<qint64>(t, 1)); })
                         : BundleProgress(),
        &io);
    if (!io.ok)
        return io;
    return saveBundleBytes(bytes, path, progress ? BundleProgress([&](qint64 d, qint64 t) {
        return progress(std::max<qint64>(t, 1) + d, 2 * std::max<qint64>(t, 1));
    }) : BundleProgress());
}

std::optional<IncidentBundle> decodeBundle(QByteArrayView bytes, BundleIo *io, const BundleProgress &progress)
{
    io->ok = false;
    if (bytes.size() < kMagic.size() || bytes.first(kMagic.size()) != QByteArrayView(kMagic)) {
        if (bytes.size() >= 12 && bytes.first(12) == QByteArrayView("HMSOPSBUNDLE"))
            io->error = tr("damaged: the file header was changed in transit (was it copied as text?)");
        else
            io->error = tr("not an HMS Ops Center incident bundle (it does not start with the bundle header)");
        return std::nullopt;
    }
    if (bytes.size() < kMagic.size() + 4) {
        io->error = tr("damaged: the file ends inside its header (%1 bytes)").arg(bytes.size());
        return std::nullopt;
    }
    const quint32 version = getU32(bytes.data() + kMagic.size());
    if (version > IncidentBundle::kFormatVersion) {
        io->error = tr("this bundle has format version %1, newer than this program reads (%2); open it with a newer "
                       "HMS Ops Center")
                        .arg(version)
                        .arg(IncidentBundle::kFormatVersion);
        return std::nullopt;
    }
    if (version == 0) {
        io->error = tr("damaged: format version 0");
        return std::nullopt;
    }
    IncidentBundle b;
    qint64 pos = kMagic.size() + 4;
    bool sawMeta = false;
    bool sawEnd = false;
    qint64 samples = 0; // in all series read so far
    int section = 0;
    while (pos < bytes.size() && !sawEnd) {
        ++section;
        if (progress && !progress(pos, bytes.size())) {
            io->cancelled = true;
            io->error = tr("cancelled");
            return std::nullopt;
        }
        if (bytes.size() - pos < 8) {
            io->error = tr("damaged: the file ends inside the header of section %1 at byte %2").arg(section).arg(pos);
            return std::nullopt;
        }
        const QByteArrayView tag = bytes.sliced(pos, 4);
        const quint32 len = getU32(bytes.data() + pos + 4);
        const QString tagText = QString::fromLatin1(tag.toByteArray().toPercentEncoding());
        if (len > kMaxSection) {
            io->error = tr("damaged: section %1 (%2) at byte %3 claims %4 bytes").arg(section).arg(tagText).arg(pos).arg(len);
            return std::nullopt;
        }
        if (bytes.size() - pos - 8 < qint64(len) + 4) {
            io->error = tr("damaged: the file ends inside section %1 (%2) at byte %3; was the copy cut short?")
                            .arg(section)
                            .arg(tagText)
                            .arg(pos);
            return std::nullopt;
        }
        const QByteArrayView payload = bytes.sliced(pos + 8, len);
        const quint32 crc = getU32(bytes.data() + pos + 8 + len);
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION // a fuzzer's mutations would rarely get past it
        if (crc != crcOf(tag, payload)) {
            io->error = tr("damaged: section %1 (%2) at byte %3 fails its checksum").arg(section).arg(tagText).arg(pos);
            return std::nullopt;
        }
#else
        (void)crc;
#endif
        QString error;
        if (tag == QByteArrayView("META")) {
            if (!readMeta(payload.toByteArray(), b, &error)) {
                io->error = tr("damaged: section %1 at byte %2: %3").arg(section).arg(pos).arg(error);
                return std::nullopt;
            }
            sawMeta = true;
        } else if (tag == QByteArrayView("SERS")) {
            BundleSeries s;
            const auto plain = inflateSeries(payload, &error);
            if (!plain || !readSeries(*plain, s, IncidentBundle::kMaxSamples - samples, &error)) {
                io->error = tr("damaged: series section %1 at byte %2: %3").arg(section).arg(pos).arg(error);
                return std::nullopt;
            }
            samples += qint64(s.samples.size());
            b.series.push_back(std::move(s));
        } else if (tag == QByteArrayView("END!")) {
            if (len != 4 || getU32(payload.data()) != quint32(b.series.size())) {
                io->error = tr("damaged: the end section at byte %1 counts %2 series, the file holds %3")
                                .arg(pos)
                                .arg(len == 4 ? getU32(payload.data()) : 0)
                                .arg(b.series.size());
                return std::nullopt;
            }
            sawEnd = true;
        } // unknown tags: skipped
        pos += 8 + qint64(len) + 4;
    }
    if (!sawMeta) {
        io->error = tr("damaged: no META section");
        return std::nullopt;
    }
    if (!sawEnd) {
        io->error = tr("damaged: the file ends after %1 bytes without its end section; was the copy cut short?").arg(pos);
        return std::nullopt;
    }
    if (progress)
        progress(bytes.size(), bytes.size());
    io->ok = true;
    return b;
}

std::optional<IncidentBundle> loadBundle(const QString &path, BundleIo *io, const BundleProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io->ok = false;
        io->error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes;
    const qint64 size = file.size();
    bytes.reserve(size);
    constexpr qint64 kBlock = 1 << 20;
    while (!file.atEnd()) {
        if (progress && !progress(bytes.size(), 2 * std::max<qint64>(size, 1))) {
            io->ok = false;
            io->cancelled = true;
            io->error = tr("cancelled");
            return std::nullopt;
        }
        const QByteArray block = file.read(kBlock);
        if (block.isEmpty())
            break;
        bytes.append(block);
    }
    auto b = decodeBundle(bytes, io, progress ? BundleProgress([&](qint64 d, qint64 t) {
        return progress(std::max<qint64>(t, 1) + d, 2 * std::max<qint64>(t, 1));
    }) : BundleProgress());
    if (!b && !io->cancelled)
        io->error = tr("%1: %2").arg(path, io->error);
    return b;
}

std::optional<IncidentBundle> collectBundle(qint64 incidentId, qint64 marginMs, IncidentService &incidents,
                                            Catalog &catalog, SilenceService &silences, RcaService *rcas,
                                            const SeriesStore &store, TimestampMs now, QString *error)
{
    const auto incident = incidents.incident(incidentId);
    if (!incident) {
        *error = tr("no incident %1").arg(incidentId);
        return std::nullopt;
    }
    IncidentBundle b;
    b.producer = QStringLiteral("HMS Ops Center %1").arg(QCoreApplication::applicationVersion());
    b.createdAt = now;
    b.incident = *incident;
    b.events = incidents.events(incidentId);
    TimestampMs end = incident->resolvedAt > 0 ? incident->resolvedAt : now;
    for (const IncidentEvent &e : b.events)
        end = std::max(end, e.at);
    b.from = incident->openedAt - marginMs;
    b.to = std::min(end + marginMs, std::max(now, end));
    b.from = std::max(b.from, b.to - IncidentBundle::kMaxWindowMs); // an incident open for over a year: its last year

    const std::vector<Rule> rules = catalog.rules();
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const Rule &r) { return r.name == incident->rule; });
    if (const auto [yaml, file] = catalog.ruleSource(incident->rule); !yaml.isEmpty())
        b.rules.push_back({incident->rule, file, yaml});
    const std::vector<Slo> related = slosForIncident(*incident, catalog.slos());
    for (const Slo &slo : related)
        if (const auto [yaml, file] = catalog.sloSource(slo.id); !yaml.isEmpty())
            b.slos.push_back({slo.id, file, yaml});
    if (!incident->playbookId.isEmpty())
        b.playbook = catalog.playbookVersionAt(incident->playbookId, incident->openedAt);
    for (const Silence &s : silences.silences(true, now)) {
        const TimestampMs sEnd = s.endsAt > 0 ? s.endsAt : std::numeric_limits<TimestampMs>::max();
        if (s.untilResolvedIncident == incidentId || (s.startsAt < b.to && sEnd > b.from))
            b.silences.append(silenceJson(s, now));
    }
    if (rcas)
        b.rca = rcas->stored(incidentId);

    std::set<SeriesKey> keys;
    if (!incident->metric.isEmpty())
        for (const SeriesKey &k : store.select(incident->metric, rule != rules.end() ? rule->match : Labels{}))
            keys.insert(k);
    for (const Slo &slo : related)
        for (const QString &name : {QStringLiteral("slo_error_budget_remaining"), QStringLiteral("slo_burn_rate"),
                                    QStringLiteral("slo_alert_burn")})
            for (const SeriesKey &k : store.select(name, {{QStringLiteral("slo"), slo.id}}))
                keys.insert(k);
    for (const SeriesKey &k : keys) {
        BundleSeries s{k, store.range(k, b.from - 1, b.to), store.exemplars(k, b.from - 1, b.to)};
        if (!s.samples.empty())
            b.series.push_back(std::move(s));
    }
    return b;
}

} // namespace hms
