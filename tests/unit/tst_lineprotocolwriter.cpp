// LineProtocolWriter (series cached by their wire bytes) must store exactly what the plain path
// (parseLineProtocol + SeriesStore::applyPushed) stores, body after body, including new fields on
// known tag sets, escaped spellings of one series, out-of-order points and the cardinality limit.
#include "ingest/LineProtocolWriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <limits>

using namespace hms;

namespace {
constexpr TimestampMs kMax = std::numeric_limits<TimestampMs>::max();

// Every series of both stores with every sample, as text, for comparison.
QStringList dump(const SeriesStore &store)
{
    QStringList out;
    for (const QString &name : store.metricNames())
        for (const SeriesKey &key : store.select(name, {})) {
            QStringList samples;
            for (const Sample &s : store.range(key, std::numeric_limits<TimestampMs>::min(), kMax))
                samples << QStringLiteral("%1=%2").arg(s.t).arg(s.v);
            // The rejection counter is bumped per sample on one path and per batch on the other:
            // only its total must agree.
            if (name == u"ops_ingest_rejected_total")
                samples = QStringList{samples.constLast().section(u'=', 1)};
            out << key.toString() + u' ' + samples.join(u',');
        }
    return out;
}
} // namespace

class TestLineProtocolWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storesWhatThePlainPathStores()
    {
        const QByteArray bodies[] = {
            QByteArrayLiteral("cpu,host=a,region=eu usage=1,idle=2 1000000000\ncpu,host=b usage=3 1000000000\n"),
            // known tag sets again, one new field on a known tag set, a new series
            QByteArrayLiteral("cpu,host=a,region=eu usage=4,idle=5,steal=6 2000000000\ncpu,host=c usage=7 2000000000\n"),
            // "e\u" is a literal backslash (not an escape), another series; a bad line; the tags
            // of host=a's series in another order: the same series under a second spelling
            QByteArrayLiteral("cpu,host=a,region=e\\u usage=8 3000000000\ncpu,host=b usage=oops 3000000000\n"
                              "cpu,region=eu,host=a idle=9 3000000000\n"),
            // out of order for host=b (older than its last point): refused on both paths
            QByteArrayLiteral("cpu,host=b usage=10 500000000\ncpu,host=b usage=11 4000000000\n"),
        };
        SeriesStore plain, cached;
        LineProtocolWriter writer(cached);
        for (const QByteArray &body : bodies) {
            const LineProtocolResult parsed = parseLineProtocol(body);
            const int expected = plain.applyPushed(parsed.samples, 0);
            const LineProtocolWriter::Result r = writer.write(body, Precision::Nanoseconds, 0);
            QCOMPARE(r.accepted, expected);
            QCOMPARE(r.parse.errors.size(), parsed.errors.size());
            QCOMPARE(r.parse.lines, parsed.lines);
            QVERIFY(r.parse.samples.empty());
        }
        QCOMPARE(dump(cached), dump(plain));
        QCOMPARE(cached.range({QStringLiteral("cpu_idle"), {{QStringLiteral("host"), QStringLiteral("a")},
                                                            {QStringLiteral("region"), QStringLiteral("eu")}}},
                              0, kMax)
                     .size(),
                 std::size_t(3)); // 1 s and 2 s, then 3 s through the other spelling
        // Each (tag section as sent, field) is cached once: 3 + 2 + 2 (the two new spellings).
        QCOMPARE(writer.cachedSeries(), std::size_t(7));
    }

    void fuzzFindingsStoreTheSame()
    {
        // Inputs the differential fuzz target (tests/fuzz/fuzz_lineprotocol.cpp) found.
        const QDir corpus(QStringLiteral(HMS_FUZZ_CORPUS "/lineprotocol"));
        for (const QString &name : corpus.entryList({QStringLiteral("writer-differential-*")}, QDir::Files)) {
            QFile f(corpus.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray body = f.readAll();
            SeriesStore plain, cached;
            LineProtocolWriter writer(cached);
            for (int round = 0; round < 2; ++round) {
                const int expected = plain.applyPushed(parseLineProtocol(body).samples, 1000);
                QCOMPARE(writer.write(body, Precision::Nanoseconds, 1000).accepted, expected);
            }
            QCOMPARE(dump(cached), dump(plain));
        }
    }

    void refusedSeriesAreNotCachedAndCountedEachTime()
    {
        SeriesStore::Options options;
        options.maxSeriesPerMetric = 1;
        SeriesStore store(options);
        LineProtocolWriter writer(store);
        QCOMPARE(writer.write("m,k=1 value=1 1000000000\nm,k=2 value=1 1000000000\n", Precision::Nanoseconds, 0).accepted, 1);
        QCOMPARE(writer.write("m,k=2 value=2 2000000000\n", Precision::Nanoseconds, 0).accepted, 0);
        const auto rejected = store.range({QStringLiteral("ops_ingest_rejected_total"),
                                           {{QStringLiteral("reason"), QStringLiteral("cardinality")}}},
                                          std::numeric_limits<TimestampMs>::min(), kMax);
        QCOMPARE(rejected.back().v, 2.0);
        QCOMPARE(writer.cachedSeries(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestLineProtocolWriter)
#include "tst_lineprotocolwriter.moc"
