#include "ingest/LineProtocolWriter.h"

#include <algorithm>

#include <map>

namespace hms {

namespace {
std::string_view view(QByteArrayView bytes)
{
    return {bytes.data(), std::size_t(bytes.size())};
}
} // namespace

LineProtocolWriter::Result LineProtocolWriter::write(QByteArrayView body, Precision precision, TimestampMs now)
{
    m_hits.clear();
    m_misses.clear();
    Result result;
    result.parse = parseLineProtocol(body, precision, *this);
    if (!m_misses.empty()) {
        // New to the cache (new series, or known to the store but not yet to this writer): found
        // or created under one lock, then appended after the hits. A series is all hits or all
        // misses within one body, so each series keeps its samples' order.
        std::map<std::pair<std::string_view, std::string_view>, std::size_t> index;
        std::vector<SeriesKey> keys;
        for (const Miss &m : m_misses)
            if (index.emplace(std::pair{std::string_view(m.seriesBytes), std::string_view(m.field)}, keys.size()).second)
                keys.push_back(m.series);
        const std::vector<SeriesStore::Handle> handles = m_store.resolve(keys, now);
        if (m_cachedSeries + keys.size() > kMaxCached) {
            m_cache.clear();
            m_cachedSeries = 0;
        }
        for (const auto &[key, i] : index) {
            if (!handles[i])
                continue; // a refused series (cardinality) is asked again, and counted again
            m_cache[std::string(key.first)].emplace_back(std::string(key.second), handles[i]);
            ++m_cachedSeries;
        }
        for (const Miss &m : m_misses)
            m_hits.push_back({handles[index.at({m.seriesBytes, m.field})], m.t, m.value});
    }
    result.accepted = m_store.appendHandles(m_hits, now, &result.journalError);
    return result;
}

const void *LineProtocolWriter::known(QByteArrayView seriesBytes)
{
    const auto it = m_cache.find(view(seriesBytes));
    return it == m_cache.end() ? nullptr : &it->second;
}

bool LineProtocolWriter::sampleOf(const void *token, QByteArrayView field, double value, TimestampMs timestampMs)
{
    for (const auto &[name, handle] : *static_cast<const Fields *>(token)) {
        if (name == view(field)) {
            m_hits.push_back({handle, timestampMs, value});
            return true;
        }
    }
    return false;
}

bool LineProtocolWriter::knowsField(const void *token, QByteArrayView field)
{
    const auto &fields = *static_cast<const Fields *>(token);
    return std::any_of(fields.begin(), fields.end(), [&](const auto &f) { return f.first == view(field); });
}

void LineProtocolWriter::sample(QByteArrayView seriesBytes, QByteArrayView field, const QString &name,
                                const Labels &labels, double value, TimestampMs timestampMs)
{
    m_misses.push_back({std::string(view(seriesBytes)), std::string(view(field)), SeriesKey{name, labels}, timestampMs,
                        value});
}

} // namespace hms
