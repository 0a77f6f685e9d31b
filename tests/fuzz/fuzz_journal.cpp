// libFuzzer target for ingest journal segments (store/IngestJournal.h: decodeJournalSegment).
// Must not crash; whatever decodes (up to any damage) has every entry pointing at a defined
// series, and re-encoded as frames it decodes to the same entries.
#include "store/IngestJournal.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Inputs without the header would all stop at byte 0: the header is put in front of them.
    QByteArray in(hms::IngestJournal::kMagic, hms::IngestJournal::kMagicSize);
    in.append(reinterpret_cast<const char *>(data), qsizetype(size));
    hms::JournalSegment segment;
    QString error;
    const bool ok = hms::decodeJournalSegment(in, &segment, &error);
    if (ok != error.isEmpty())
        std::abort();
    hms::JournalFrame frame;
    for (std::size_t i = 0; i < segment.series.size(); ++i)
        frame.defineSeries(i + 1, segment.series[i]);
    for (const hms::JournalEntry &e : segment.entries) {
        if (e.series >= segment.series.size())
            std::abort();
        if (e.kind == hms::JournalEntry::Kind::Exemplar)
            frame.exemplar(e.series + 1, e.t, e.value, e.traceId);
        else
            frame.sample(e.kind, e.series + 1, e.t, e.value);
    }
    hms::JournalSegment again;
    QString againError;
    const QByteArray reencoded = in.left(hms::IngestJournal::kMagicSize) + frame.take();
    if (!hms::decodeJournalSegment(reencoded, &again, &againError)
        || again.entries.size() != segment.entries.size() || again.series.size() != segment.series.size())
        std::abort();
    for (std::size_t i = 0; i < segment.entries.size(); ++i) {
        const hms::JournalEntry &a = segment.entries[i], &b = again.entries[i];
        if (a.kind != b.kind || a.series != b.series || a.t != b.t || std::memcmp(&a.value, &b.value, sizeof a.value) != 0
            || a.traceId != b.traceId)
            std::abort();
    }
    for (std::size_t i = 0; i < segment.series.size(); ++i)
        if (!(segment.series[i] == again.series[i]))
            std::abort();
    return 0;
}
