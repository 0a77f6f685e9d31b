#include "store/IngestJournal.h"

#include "store/SeriesDb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <unordered_map>
#include <zlib.h>

namespace hms {

namespace {
constexpr quint32 kMaxFrameBytes = 256u * 1024 * 1024; // far above any accepted body

quint32 crcOf(QByteArrayView bytes)
{
    return quint32(::crc32(::crc32(0L, nullptr, 0), reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size())));
}


bool getFixed64(QByteArrayView in, qsizetype *pos, quint64 *v)
{
    if (in.size() - *pos < 8)
        return false;
    *v = qFromLittleEndian<quint64>(in.data() + *pos);
    *pos += 8;
    return true;
}

void putText(QByteArray &out, QByteArrayView utf8)
{
    putVarint(out, quint64(utf8.size()));
    out.append(utf8);
}

bool getText(QByteArrayView in, qsizetype *pos, QByteArrayView *text)
{
    quint64 length = 0;
    if (!getVarint(in, pos, &length) || length > quint64(in.size() - *pos))
        return false;
    *text = in.sliced(*pos, qsizetype(length));
    *pos += qsizetype(length);
    return true;
}

// One frame's records into *out; ids map to indexes of out->series (this segment's definitions).
bool decodeRecords(QByteArrayView in, std::unordered_map<quint64, std::size_t> &ids, JournalSegment *out,
                   QString *why)
{
    qsizetype pos = 0;
    while (pos < in.size()) {
        const auto type = quint8(in[pos++]);
        quint64 id = 0;
        if (!getVarint(in, &pos, &id)) {
            *why = IngestJournal::tr("a record's series id is cut short");
            return false;
        }
        if (type == 1) {
            QByteArrayView name, labels;
            SeriesKey key;
            if (!getText(in, &pos, &name) || !getText(in, &pos, &labels) || !decodeLabels(labels, &key.labels)) {
                *why = IngestJournal::tr("series %1: its name or labels are damaged").arg(id);
                return false;
            }
            key.name = QString::fromUtf8(name);
            ids[id] = out->series.size();
            out->series.push_back(std::move(key));
            continue;
        }
        if (type < 2 || type > 4) {
            *why = IngestJournal::tr("unknown record type %1").arg(type);
            return false;
        }
        const auto series = ids.find(id);
        if (series == ids.end()) {
            *why = IngestJournal::tr("series %1 is used before it is defined").arg(id);
            return false;
        }
        quint64 t = 0, bits = 0;
        if (!getFixed64(in, &pos, &t) || !getFixed64(in, &pos, &bits)) {
            *why = IngestJournal::tr("a sample of series %1 is cut short").arg(id);
            return false;
        }
        JournalEntry e;
        e.kind = JournalEntry::Kind(type);
        e.series = series->second;
        e.t = TimestampMs(t);
        std::memcpy(&e.value, &bits, sizeof bits);
        if (e.kind == JournalEntry::Kind::Exemplar) {
            QByteArrayView trace;
            if (!getText(in, &pos, &trace)) {
                *why = IngestJournal::tr("an exemplar of series %1 is cut short").arg(id);
                return false;
            }
            e.traceId = QString::fromUtf8(trace);
        }
        out->entries.push_back(std::move(e));
    }
    return true;
}
} // namespace

bool decodeJournalSegment(QByteArrayView data, JournalSegment *out, QString *error)
{
    if (data.size() < IngestJournal::kMagicSize
        || data.first(IngestJournal::kMagicSize) != QByteArrayView(IngestJournal::kMagic, IngestJournal::kMagicSize)) {
        *error = IngestJournal::tr("byte 0: not a journal segment (no HMSJRNL1 header)");
        return false;
    }
    std::unordered_map<quint64, std::size_t> ids;
    qsizetype pos = IngestJournal::kMagicSize;
    while (pos < data.size()) {
        if (data.size() - pos < 8) {
            *error = IngestJournal::tr("byte %1: a frame header is cut short").arg(pos);
            return false;
        }
        const quint32 length = qFromLittleEndian<quint32>(data.data() + pos);
        const quint32 crc = qFromLittleEndian<quint32>(data.data() + pos + 4);
        if (length > kMaxFrameBytes || qint64(length) > data.size() - pos - 8) {
            *error = IngestJournal::tr("byte %1: a frame of %2 bytes is cut short").arg(pos).arg(length);
            return false;
        }
        const QByteArrayView payload = data.sliced(pos + 8, qsizetype(length));
        if (crcOf(payload) != crc) {
            *error = IngestJournal::tr("byte %1: a frame fails its checksum").arg(pos);
            return false;
        }
        // A frame is all or nothing: what a damaged one decoded is taken back out.
        const std::size_t seriesBefore = out->series.size(), entriesBefore = out->entries.size();
        QString why;
        if (!decodeRecords(payload, ids, out, &why)) {
            out->series.resize(seriesBefore);
            out->entries.resize(entriesBefore);
            *error = IngestJournal::tr("byte %1: %2").arg(pos).arg(why);
            return false;
        }
        ++out->frames;
        pos += 8 + qsizetype(length);
    }
    return true;
}

void JournalFrame::recordEnded()
{
    if (m_payload.size() - m_frameStart >= kMaxPayload) {
        m_cuts.push_back(m_payload.size());
        m_frameStart = m_payload.size();
    }
}

void JournalFrame::defineSeries(quint64 id, const SeriesKey &key)
{
    m_payload.append(char(1));
    putVarint(m_payload, id);
    putText(m_payload, key.name.toUtf8());
    putText(m_payload, encodeLabels(key.labels));
    recordEnded();
}

namespace {
// One append per sample (this runs for every acknowledged sample, under the store's lock).
void putSample(QByteArray &out, JournalEntry::Kind kind, quint64 id, TimestampMs t, double value)
{
    char record[1 + 10 + 8 + 8];
    qsizetype n = 0;
    record[n++] = char(kind);
    for (; id >= 0x80; id >>= 7)
        record[n++] = char((id & 0x7f) | 0x80);
    record[n++] = char(id);
    qToLittleEndian(quint64(t), record + n);
    n += 8;
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    qToLittleEndian(bits, record + n);
    n += 8;
    out.append(record, n);
}
} // namespace

void JournalFrame::sample(JournalEntry::Kind kind, quint64 id, TimestampMs t, double value)
{
    putSample(m_payload, kind, id, t, value);
    recordEnded();
}

void JournalFrame::exemplar(quint64 id, TimestampMs t, double value, const QString &traceId)
{
    putSample(m_payload, JournalEntry::Kind::Exemplar, id, t, value);
    putText(m_payload, traceId.toUtf8());
    recordEnded();
}

void JournalFrame::forEachFrame(const std::function<void(const char (&header)[8], QByteArrayView payload)> &visit) const
{
    qsizetype from = 0;
    auto frame = [&](qsizetype to) {
        const QByteArrayView payload = QByteArrayView(m_payload).sliced(from, to - from);
        char header[8];
        qToLittleEndian(quint32(payload.size()), header);
        qToLittleEndian(crcOf(payload), header + 4);
        visit(header, payload);
        from = to;
    };
    for (const qsizetype cut : m_cuts)
        frame(cut);
    if (from < m_payload.size() || m_cuts.empty())
        frame(m_payload.size());
}

void JournalFrame::reset()
{
    // Keeps the buffer, so that the next push writes into memory already paged in; one grown by
    // an unusually large push (up to a few hundred MB of records) is given back.
    if (m_payload.capacity() > kMaxPayload)
        m_payload.clear();
    else
        m_payload.resize(0);
    m_cuts.clear();
    m_frameStart = 0;
}

QByteArray JournalFrame::take()
{
    QByteArray out;
    forEachFrame([&out](const char(&header)[8], QByteArrayView payload) {
        out.append(header, 8);
        out.append(payload);
    });
    reset();
    return out;
}

IngestJournal::IngestJournal(QString dir, quint64 seq)
    : m_dir(std::move(dir))
    , m_seq(seq)
{
}

IngestJournal::~IngestJournal()
{
    closeSegment();
}

QString IngestJournal::pathOf(quint64 seq) const
{
    return QDir(m_dir).filePath(QStringLiteral("%1.journal").arg(seq, 16, 10, QLatin1Char('0')));
}

namespace {
// The segment numbers in `dir`, ascending.
std::vector<quint64> segmentsIn(const QString &dir)
{
    std::vector<quint64> out;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.journal")}, QDir::Files);
    for (const QString &name : names) {
        bool ok = false;
        const quint64 seq = QStringView(name).chopped(8).toULongLong(&ok);
        if (ok)
            out.push_back(seq);
    }
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

std::unique_ptr<IngestJournal> IngestJournal::open(const QString &dir, quint64 coveredThrough,
                                                   std::vector<JournalSegment> *pending, QStringList *warnings,
                                                   QString *error)
{
    if (!QDir(dir).exists()) {
        if (!QDir().mkpath(dir)) {
            *error = tr("journal %1: cannot create the directory").arg(dir);
            return nullptr;
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const std::vector<quint64> existing = segmentsIn(dir);
    std::unique_ptr<IngestJournal> journal(
        new IngestJournal(dir, std::max(coveredThrough, existing.empty() ? 0 : existing.back()) + 1));
    journal->dropThrough(coveredThrough);
    for (const quint64 seq : existing) {
        if (seq <= coveredThrough)
            continue;
        QFile file(journal->pathOf(seq));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("journal %1: %2").arg(file.fileName(), file.errorString());
            return nullptr;
        }
        JournalSegment segment;
        segment.seq = seq;
        QString damage;
        if (!decodeJournalSegment(file.readAll(), &segment, &damage))
            warnings->append(tr("journal %1: %2; what precedes it is replayed").arg(file.fileName(), damage));
        pending->push_back(std::move(segment));
    }
    if (!journal->openSegment(error))
        return nullptr;
    return journal;
}

bool IngestJournal::openSegment(QString *error)
{
    const QByteArray path = QFile::encodeName(pathOf(m_seq));
    m_fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        *error = tr("journal %1: %2").arg(pathOf(m_seq), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_segmentBytes = 0;
    if (::write(m_fd, kMagic, kMagicSize) != kMagicSize) {
        *error = tr("journal %1: %2").arg(pathOf(m_seq), QString::fromLocal8Bit(std::strerror(errno)));
        closeSegment();
        return false;
    }
    return true;
}

void IngestJournal::closeSegment()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool IngestJournal::begin(QString *error)
{
    m_frame.reset(); // a frame left by a push that was refused half-way is not written
    if (m_fd >= 0)
        return true;
    // The last segment failed: start the next one (its series are defined again, as the number
    // changed).
    ++m_seq;
    return openSegment(error);
}

namespace {
bool writeAll(int fd, const char *data, qsizetype size, int *err)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, std::size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *err = n < 0 ? errno : ENOSPC;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}
} // namespace

bool IngestJournal::commit(QString *error)
{
    if (m_frame.isEmpty())
        return true;
    if (m_fd < 0) {
        m_frame.reset();
        *error = tr("journal %1: no segment is open").arg(m_dir);
        return false;
    }
    int err = 0;
    qint64 written = 0;
    bool ok = true;
    m_frame.forEachFrame([&](const char(&header)[8], QByteArrayView payload) {
        ok = ok && writeAll(m_fd, header, 8, &err) && writeAll(m_fd, payload.data(), payload.size(), &err);
        written += 8 + payload.size();
    });
    m_frame.reset();
    if (!ok) {
        *error = tr("journal %1: %2").arg(pathOf(m_seq), QString::fromLocal8Bit(std::strerror(err)));
        closeSegment(); // its last frame is torn: replay stops there, and nothing else goes in
        return false;
    }
    m_segmentBytes += written;
    m_bytesTotal += written;
    return true;
}

quint64 IngestJournal::rotate()
{
    if (m_fd >= 0 && m_segmentBytes == 0)
        return m_seq - 1; // nothing new since the last batch: keep the segment
    closeSegment();
    const quint64 covered = m_seq;
    ++m_seq;
    QString error;
    if (!openSegment(&error))
        qWarning("%s", qPrintable(error)); // the next push retries (commit) and is told why
    return covered;
}

void IngestJournal::dropThrough(quint64 seq)
{
    for (const quint64 s : segmentsIn(m_dir)) {
        if (s > seq)
            break;
        QFile::remove(pathOf(s));
    }
}

} // namespace hms
