// The ingest journal: what an HTTP push was answered for, on disk before the answer.
//
// series.db is written once a second (SeriesDb), so without this a kill -9 would lose up to a
// second of samples whose sender had been told "accepted". Each acknowledged push (JSON
// /api/v1/metrics, line protocol /write and /api/v2/write) appends one frame to the current
// segment file under the store's write lock, before the store's lock is released and before the
// answer is sent. The persist thread rotates the segment with each batch it takes, under the same
// lock, so a segment's samples are exactly those of one batch; series.db stores, in the batch's
// transaction, the last segment it covers ("journal_through"), and the files up to it are then
// deleted. At start, the segments after journal_through are replayed into the store after
// series.db is loaded: nothing is applied twice and nothing acknowledged is missing.
//
// What "on disk" means: the frame is in the kernel (write(2) returned) when the push is answered,
// which survives the process being killed; like series.db's synchronous=NORMAL, the last writes
// can be lost to a power cut or kernel crash (no fsync per push). StatsD over UDP has no
// acknowledgement and is not journaled; nor are scrapes (the target still has the values).
//
// Segment file DIR/NNNNNNNNNNNNNNNN.journal: the 8 bytes "HMSJRNL1", then frames:
//   u32 LE payload length, u32 LE CRC-32 of the payload, payload (records)
// Records (varints are unsigned LEB128; times are i64 LE; values are IEEE-754 doubles LE):
//   1 series    varint id, varint length + UTF-8 name, varint length + encodeLabels(labels)
//   2 sample    varint id, i64 t, f64 value                 (the value as stored)
//   3 counter   varint id, i64 t, f64 running total        (also restores the counter's total)
//   4 exemplar  varint id, i64 t, f64 observed value, varint length + UTF-8 trace id
// Ids are the store's series ids; a segment defines each series it uses before its first use, so
// every segment replays on its own. A frame cut short or failing its CRC ends the segment's replay
// (a write cut by the kill, never acknowledged); what precedes it is kept.
#pragma once

#include "core/Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace hms {

struct JournalEntry {
    enum class Kind : quint8 { Sample = 2, Counter = 3, Exemplar = 4 };
    Kind kind = Kind::Sample;
    std::size_t series = 0; // index into JournalSegment::series
    TimestampMs t = 0;
    double value = 0;
    QString traceId; // Exemplar only
};

struct JournalSegment {
    quint64 seq = 0;
    std::vector<SeriesKey> series;
    std::vector<JournalEntry> entries;
    qint64 frames = 0;
};

// Decodes a segment file's bytes. Appends what it decoded before any damage and says where the
// damage is ("byte N: ..."); false when there was damage.
bool decodeJournalSegment(QByteArrayView data, JournalSegment *out, QString *error);

// Builds frames (the store calls these under its write lock).
class JournalFrame {
public:
    void defineSeries(quint64 id, const SeriesKey &key);
    void sample(JournalEntry::Kind kind, quint64 id, TimestampMs t, double value);
    void exemplar(quint64 id, TimestampMs t, double value, const QString &traceId);
    bool isEmpty() const { return m_payload.isEmpty(); }
    // Length, CRC and payload, ready to append; the payload starts over. A payload past
    // kMaxPayload is cut at record boundaries into several frames (a frame is all or nothing on
    // replay; the reader refuses frames over 256 MB), so a 64 MB body of one-byte fields still
    // replays: definitions in one frame serve the next.
    QByteArray take();
    static constexpr qsizetype kMaxPayload = 16 * 1024 * 1024;
    // The same frames without copying them, then reset() (which keeps the buffer's memory).
    void forEachFrame(const std::function<void(const char (&header)[8], QByteArrayView payload)> &visit) const;
    void reset();

private:
    void recordEnded();
    QByteArray m_payload;
    std::vector<qsizetype> m_cuts; // record boundaries where a frame ends
    qsizetype m_frameStart = 0;
};

class IngestJournal {
    Q_DECLARE_TR_FUNCTIONS(hms::IngestJournal)

public:
    static constexpr char kMagic[] = "HMSJRNL1";
    static constexpr int kMagicSize = 8;

    // Opens the journal in `dir` (created 0700 if missing): deletes the segments up to
    // `coveredThrough` (series.db has their samples), reads the later ones into *pending, oldest
    // first, with a warning per damaged one, and starts a new segment after all of them.
    static std::unique_ptr<IngestJournal> open(const QString &dir, quint64 coveredThrough,
                                               std::vector<JournalSegment> *pending, QStringList *warnings,
                                               QString *error);
    ~IngestJournal();
    IngestJournal(const IngestJournal &) = delete;
    IngestJournal &operator=(const IngestJournal &) = delete;

    // --- under the store's write lock ---
    // Before building a frame: makes sure a segment is open (after a failed write, the next one).
    bool begin(QString *error);
    // The segment frames are being written to: a series is defined once per segment.
    quint64 segment() const { return m_seq; }
    JournalFrame &frame() { return m_frame; }
    // Appends the frame built so far. On failure the segment is closed and the next commit starts
    // a new one (its series are defined again); *error names the file and the reason.
    bool commit(QString *error);
    // Ends the current segment if anything was written to it and starts the next. Returns the
    // last segment whose samples are all in the store's batch taken now (SeriesStore::
    // takePersistBatch): every segment up to it may be deleted once that batch is committed.
    quint64 rotate();

    // --- any thread: segments up to `seq` are closed and no longer needed ---
    void dropThrough(quint64 seq);

    QString directory() const { return m_dir; }
    qint64 bytesWritten() const { return m_bytesTotal; }

private:
    explicit IngestJournal(QString dir, quint64 seq);
    bool openSegment(QString *error);
    void closeSegment();
    QString pathOf(quint64 seq) const;

    QString m_dir;
    quint64 m_seq = 0;
    int m_fd = -1;
    qint64 m_segmentBytes = 0; // frames in the current segment
    qint64 m_bytesTotal = 0;
    JournalFrame m_frame;
};

} // namespace hms
