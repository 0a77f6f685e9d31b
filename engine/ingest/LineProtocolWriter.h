// InfluxDB line protocol into the store at line rate. Series are cached by the bytes they
// arrive as: the measurement and tag section as sent (one hash lookup per line), then the field
// key (a short scan of that line's fields). A line of known series parses no tags and builds,
// copies or hashes no label set.
// A body's new series are created under one write lock, its samples appended under another.
// One writer per thread (the cache is not shared); the store itself is thread-safe.
#pragma once

#include "ingest/LineProtocol.h"
#include "store/SeriesStore.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hms {

class LineProtocolWriter : private LineProtocolSink {
public:
    explicit LineProtocolWriter(SeriesStore &store)
        : m_store(store)
    {
    }

    struct Result {
        LineProtocolResult parse; // errors, lines, string fields (samples stay empty)
        int accepted = 0;         // samples the store took
        // Not empty: the ingest journal could not record them; they are in memory only, and the
        // push must not be acknowledged (SeriesStore::appendHandles).
        QString journalError;
    };
    // Samples without a timestamp are stamped `now`. The result is meant to be acknowledged: the
    // accepted samples go to the store's ingest journal first.
    Result write(QByteArrayView body, Precision precision, TimestampMs now);

    std::size_t cachedSeries() const { return m_cachedSeries; }
    // Past this many cached series the cache starts over (memory stays bounded under churn).
    static constexpr std::size_t kMaxCached = std::size_t(1) << 20;

private:
    void sample(QByteArrayView seriesBytes, QByteArrayView field, const QString &name, const Labels &labels,
                double value, TimestampMs timestampMs) override;
    const void *known(QByteArrayView seriesBytes) override;
    bool sampleOf(const void *token, QByteArrayView field, double value, TimestampMs timestampMs) override;
    bool knowsField(const void *token, QByteArrayView field) override;

    struct BytesHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct Miss {
        std::string seriesBytes;
        std::string field;
        SeriesKey series;
        TimestampMs t = 0;
        double value = 0;
    };
    // The series of one tag section, by field key (a line has a handful of fields).
    using Fields = std::vector<std::pair<std::string, SeriesStore::Handle>>;

    SeriesStore &m_store;
    std::unordered_map<std::string, Fields, BytesHash, std::equal_to<>> m_cache;
    std::size_t m_cachedSeries = 0;
    std::vector<SeriesStore::HandleSample> m_hits;
    std::vector<Miss> m_misses;
};

} // namespace hms
