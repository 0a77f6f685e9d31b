// Incident bundles: one self-contained file with everything needed to replay an incident offline
// (`opsctl incident export ID FILE`, File → Export incident bundle, `hms-ops --replay FILE`).
//
// Format (version 1), big-endian:
//   "HMSOPSBUNDLE\r\n\x1a\n"       16 bytes; the \r\n and \x1a catch text-mode mangling
//   u32 format version              a newer one is refused with a clear message
//   sections, each: 4-byte tag, u32 payload length, payload, u32 CRC-32 of tag + payload
//     "META"  JSON: producer, window, incident, events, rules and SLOs (their YAML), the playbook
//             version in force, silences, the RCA, annotations
//     "SERS"  one series, deflated (u32 inflated length, then a zlib stream) from: u32 header
//             length, header JSON (name, labels, count, exemplars), its samples as one Gorilla
//             stream (store/Gorilla)
//     "END!"  u32 number of SERS sections: a file cut short is detected as such
// Unknown tags are skipped (a later minor addition stays readable); a bad CRC, a short file, or
// a section over 256 MiB is "damaged" with the byte offset. Written through QSaveFile: an export
// that fails or is cancelled leaves no file behind, and saving annotations replaces the file
// atomically.
#pragma once

#include "incidents/Incident.h"
#include "incidents/Playbook.h"
#include "incidents/Rca.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace hms {

class Catalog;
class IncidentService;
class RcaService;
class SeriesStore;
class SilenceService;

struct BundleSeries {
    SeriesKey key;
    std::vector<Sample> samples;     // time order
    std::vector<Exemplar> exemplars; // each at one of the samples
    friend bool operator==(const BundleSeries &, const BundleSeries &) = default;
};

struct BundleAnnotation {
    TimestampMs at = 0;        // the moment it is about
    QString text;
    QString by;
    TimestampMs createdAt = 0;
    friend bool operator==(const BundleAnnotation &, const BundleAnnotation &) = default;
};

struct BundleSource {
    QString id;     // rule name or SLO id
    QString file;
    QByteArray yaml;
    friend bool operator==(const BundleSource &, const BundleSource &) = default;
};

struct IncidentBundle {
    static constexpr quint32 kFormatVersion = 1;
    // What a reader accepts (and so a writer writes): bounded memory for untrusted files.
    static constexpr qint64 kMaxWindowMs = 400LL * 86'400'000; // to - from
    static constexpr qint64 kMaxSeriesSamples = 20'000'000;     // ~ 230 days at 1 Hz
    static constexpr qint64 kMaxSamples = 50'000'000;           // all series: 800 MB decoded
    QString producer;          // "HMS Ops Center 0.1.0"
    TimestampMs createdAt = 0;
    TimestampMs from = 0;      // the window: the incident ± the margin
    TimestampMs to = 0;
    Incident incident;
    std::vector<IncidentEvent> events;
    std::vector<BundleSource> rules; // the incident's rule file
    std::vector<BundleSource> slos;  // SLOs related to the incident
    std::optional<PlaybookVersion> playbook; // the version in force when it opened
    QJsonArray silences;       // those that matched it or covered the window, as the API lists them
    std::optional<Rca> rca;
    std::vector<BundleSeries> series;
    std::vector<BundleAnnotation> annotations;
};

// Progress: (done, total) in bytes or series; return false to cancel.
using BundleProgress = std::function<bool(qint64 done, qint64 total)>;

struct BundleIo {
    bool ok = false;
    bool cancelled = false;
    QString error; // names what was wrong and where ("damaged: section 3 (SERS) at byte 1234: ...")
};

// The bytes of a bundle (tests, the API); progress per series.
QByteArray encodeBundle(const IncidentBundle &bundle, const BundleProgress &progress = {}, BundleIo *io = nullptr);
// Writes `path` atomically; on error or cancel nothing is left at `path` (an existing file stays).
BundleIo saveBundle(const IncidentBundle &bundle, const QString &path, const BundleProgress &progress = {});
// Writes already-encoded bundle bytes atomically, with progress in bytes.
BundleIo saveBundleBytes(const QByteArray &bytes, const QString &path, const BundleProgress &progress = {});

std::optional<IncidentBundle> decodeBundle(QByteArrayView bytes, BundleIo *io, const BundleProgress &progress = {});
std::optional<IncidentBundle> loadBundle(const QString &path, BundleIo *io, const BundleProgress &progress = {});

// Gathers a bundle on the ops thread: the incident, its events, rule, SLOs, playbook version,
// silences and RCA, and every sample of its metric's series (and its SLOs' series) from
// opened − margin to resolved (or now) + margin.
std::optional<IncidentBundle> collectBundle(qint64 incidentId, qint64 marginMs, IncidentService &incidents,
                                            Catalog &catalog, SilenceService &silences, RcaService *rcas,
                                            const SeriesStore &store, TimestampMs now, QString *error);

} // namespace hms
