// The Gorilla codec: bit-exact round trips over awkward series, the compression it promises on
// typical ones, and safe failure on truncated or corrupted blobs.
#include "store/Gorilla.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <random>

using namespace hms;

Q_DECLARE_METATYPE(std::vector<hms::Sample>)

namespace {

constexpr TimestampMs kStart = 1'700'000'000'000LL; // Nov 2023, in ms
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr TimestampMs kMinTime = std::numeric_limits<TimestampMs>::min();
constexpr TimestampMs kMaxTime = std::numeric_limits<TimestampMs>::max();

quint64 bitsOf(double v)
{
    quint64 bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}

double fromBits(quint64 bits)
{
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

std::vector<Sample> regular(int n, TimestampMs step, const std::function<double(int)> &value)
{
    std::vector<Sample> out;
    for (int i = 0; i < n; ++i)
        out.push_back({kStart + i * step, value(i)});
    return out;
}

std::vector<Sample> randomWalk(int n, TimestampMs step, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    double v = 100.0;
    return regular(n, step, [&](int) { return v += noise(rng); });
}

// A gauge scraped every 15 s that changes by a small whole step about a third of the time
// (queue depth, connections, replicas): the common case of a monitoring store.
std::vector<Sample> slowGauge(int n)
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> step(-3, 3);
    std::bernoulli_distribution changes(0.3);
    double v = 120;
    return regular(n, 15000, [&](int) { return v = std::max(0.0, changes(rng) ? v + step(rng) : v); });
}

QByteArray encode(const std::vector<Sample> &samples)
{
    GorillaEncoder encoder;
    for (const Sample &s : samples)
        encoder.append(s.t, s.v);
    return encoder.bytes();
}

// Bit-exact equality: NaN payloads and the sign of zero matter.
bool sameSamples(const std::vector<Sample> &a, const std::vector<Sample> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("size %1 != %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].t != b[i].t || bitsOf(a[i].v) != bitsOf(b[i].v)) {
            *why = QStringLiteral("sample %1: (%2, %3) != (%4, %5)")
                       .arg(i)
                       .arg(a[i].t)
                       .arg(bitsOf(a[i].v), 16, 16, QLatin1Char('0'))
                       .arg(b[i].t)
                       .arg(bitsOf(b[i].v), 16, 16, QLatin1Char('0'));
            return false;
        }
    }
    return true;
}

} // namespace

class TestGorilla : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bitWriterAndReader()
    {
        // Every width 0..64, with values that use all their bits, back to back.
        BitWriter w;
        qint64 expectedBits = 0;
        for (int n = 0; n <= 64; ++n) {
            w.writeBits(~quint64(0), n); // the writer keeps only the low n bits
            w.writeBits(n == 0 ? 0 : quint64(1) << (n - 1), n);
            expectedBits += 2 * n;
        }
        w.writeBit(true);
        QCOMPARE(w.bitCount(), expectedBits + 1);
        const QByteArray bytes = w.bytes();
        QCOMPARE(qint64(bytes.size()), (expectedBits + 1 + 7) / 8);
        QCOMPARE(w.sizeBytes(), std::size_t(bytes.size()));

        BitReader r(bytes);
        for (int n = 0; n <= 64; ++n) {
            const quint64 all = n == 0 ? 0 : (n == 64 ? ~quint64(0) : (quint64(1) << n) - 1);
            QCOMPARE(r.readBits(n), all);
            QCOMPARE(r.readBits(n), n == 0 ? quint64(0) : quint64(1) << (n - 1));
        }
        QVERIFY(r.readBit());
        QVERIFY(!r.failed());
        // The zero padding of the last byte reads fine; one bit beyond it fails, and stays failed.
        QCOMPARE(r.readBits(int(r.remainingBits())), quint64(0));
        QCOMPARE(r.readBits(1), quint64(0));
        QVERIFY(r.failed());
        QCOMPARE(r.readBits(0), quint64(0));
        QVERIFY(r.failed());

        BitReader empty{QByteArrayView()};
        QCOMPARE(empty.readBits(64), quint64(0));
        QVERIFY(empty.failed());
    }

    void roundTrip_data()
    {
        QTest::addColumn<std::vector<Sample>>("samples");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double minDenormal = std::numeric_limits<double>::denorm_min();
        const double maxDouble = std::numeric_limits<double>::max();

        QTest::addRow("empty") << std::vector<Sample>{};
        QTest::addRow("single sample") << std::vector<Sample>{{kStart, 42.5}};
        QTest::addRow("two samples") << std::vector<Sample>{{kStart, 1}, {kStart + 15000, 2}};
        QTest::addRow("random walk 1 kHz") << randomWalk(5000, 1, 1);
        QTest::addRow("random walk 15 s") << randomWalk(2000, 15000, 2);
        QTest::addRow("constant") << regular(1000, 15000, [](int) { return 3.0; });
        QTest::addRow("constant zero") << regular(200, 1000, [](int) { return 0.0; });
        {
            // 15 s scrapes with ±0..250 ms jitter, now and then a missed scrape.
            std::mt19937_64 rng(3);
            std::uniform_int_distribution<int> jitter(-250, 250);
            std::bernoulli_distribution missed(0.02);
            std::vector<Sample> s;
            TimestampMs t = kStart;
            for (int i = 0; i < 3000; ++i) {
                t += 15000 * (missed(rng) ? 2 : 1);
                s.push_back({t + jitter(rng), std::sin(i / 50.0) * 40});
            }
            QTest::addRow("15 s with jitter") << s;
        }
        QTest::addRow("1 kHz counter") << regular(10000, 1, [](int i) { return double(i) * 3; });
        QTest::addRow("identical timestamps") << regular(300, 0, [](int i) { return double(i % 7); });
        {
            std::vector<Sample> s;
            for (int i = 0; i < 500; ++i)
                s.push_back({kStart + (i / 5) * 1000, double(i)});
            QTest::addRow("groups of five per second") << s;
        }
        QTest::addRow("huge gaps (years)") << std::vector<Sample>{
            {0, 1}, {1, 2}, {kStart, 3}, {kStart + 1, 4}, {kStart + 10LL * 365 * 86400000, 5},
            {kStart + 10LL * 365 * 86400000, 6}, {kStart + 300LL * 365 * 86400000, 7}};
        QTest::addRow("int64 extremes") << std::vector<Sample>{
            {kMinTime, 1}, {kMinTime + 1, 1}, {0, 1}, {kMaxTime - 1, 1}, {kMaxTime, 1}, {kMaxTime, 2}};
        QTest::addRow("negative timestamps") << regular(100, 1000, [](int i) { return double(-i); });
        QTest::addRow("negative and giant values") << std::vector<Sample>{
            {kStart, -1e300},  {kStart + 1, 1e300},   {kStart + 2, -maxDouble}, {kStart + 3, maxDouble},
            {kStart + 4, -42}, {kStart + 5, 9.007199254740993e15}, {kStart + 6, -std::numeric_limits<double>::min()}};
        QTest::addRow("NaN payloads") << std::vector<Sample>{
            {kStart, nan},
            {kStart + 1, fromBits(0x7ff0000000000001ULL)}, // signalling NaN, payload 1
            {kStart + 2, fromBits(0xfff8dead0000beefULL)}, // negative quiet NaN with payload
            {kStart + 3, fromBits(0x7ff4000000000000ULL)},
            {kStart + 4, 1.0},
            {kStart + 5, fromBits(0x7fffffffffffffffULL)},
            {kStart + 6, fromBits(0x7ff8000000000001ULL)}};
        QTest::addRow("signed zeros") << std::vector<Sample>{
            {kStart, 0.0}, {kStart + 1, -0.0}, {kStart + 2, -0.0}, {kStart + 3, 0.0}, {kStart + 4, -0.0}};
        QTest::addRow("infinities") << std::vector<Sample>{
            {kStart, kInf}, {kStart + 1, -kInf}, {kStart + 2, kInf}, {kStart + 3, 0}, {kStart + 4, -kInf}};
        QTest::addRow("denormals") << std::vector<Sample>{{kStart, minDenormal},
                                                          {kStart + 1, -minDenormal},
                                                          {kStart + 2, minDenormal * 3},
                                                          {kStart + 3, std::numeric_limits<double>::min() / 2},
                                                          {kStart + 4, 0.0},
                                                          {kStart + 5, minDenormal}};
        // XORs with 64 meaningful bits, and with more than 31 leading zeros (clamped to 31).
        QTest::addRow("64 meaningful bits") << std::vector<Sample>{
            {kStart, fromBits(0)}, {kStart + 1, fromBits(0x8000000000000001ULL)}, {kStart + 2, fromBits(0)},
            {kStart + 3, fromBits(0xffffffffffffffffULL)}, {kStart + 4, fromBits(1)}};
        QTest::addRow("many leading zeros") << std::vector<Sample>{
            {kStart, fromBits(1)}, {kStart + 1, fromBits(2)}, {kStart + 2, fromBits(3)},
            {kStart + 3, fromBits(0x100000000ULL)}, {kStart + 4, fromBits(0x80000000ULL)}, {kStart + 5, fromBits(5)}};
        {
            std::mt19937_64 rng(11);
            std::vector<Sample> s;
            for (int i = 0; i < 2000; ++i)
                s.push_back({kStart + i, fromBits(rng())}); // every kind of double, NaNs included
            QTest::addRow("random bit patterns") << s;
        }
        {
            // Random delta-of-deltas hitting every bucket, including negative ones.
            std::mt19937_64 rng(5);
            std::vector<Sample> s;
            TimestampMs t = kStart;
            for (int i = 0; i < 2000; ++i) {
                t += TimestampMs(rng() >> (40 + rng() % 24));
                s.push_back({t, double(i)});
            }
            QTest::addRow("every timestamp bucket") << s;
        }
        QTest::addRow("120-sample chunk") << randomWalk(120, 1000, 9);
        QTest::addRow("10k-sample chunk") << randomWalk(10000, 10, 10);
        QTest::addRow("slow gauge") << slowGauge(5760);
    }

    void roundTrip()
    {
        QFETCH(std::vector<Sample>, samples);
        GorillaEncoder encoder;
        for (const Sample &s : samples)
            encoder.append(s.t, s.v);
        QCOMPARE(encoder.count(), int(samples.size()));
        if (!samples.empty()) {
            QCOMPARE(encoder.firstTime(), samples.front().t);
            QCOMPARE(encoder.lastTime(), samples.back().t);
        }
        const QByteArray bytes = encoder.bytes();
        QCOMPARE(std::size_t(bytes.size()), encoder.sizeBytes());
        QVERIFY(qint64(samples.size()) <= maxGorillaSamples(bytes.size()));

        bool ok = false;
        const std::vector<Sample> decoded = decodeAll(bytes, encoder.count(), &ok);
        QVERIFY(ok);
        QString why;
        QVERIFY2(sameSamples(decoded, samples, &why), qPrintable(why));

        // The streaming decoder agrees, and stops cleanly at the end.
        GorillaDecoder decoder(bytes, encoder.count());
        Sample s;
        std::vector<Sample> streamed;
        while (decoder.next(s))
            streamed.push_back(s);
        QVERIFY(!decoder.failed());
        QVERIFY(!decoder.next(s));
        QVERIFY2(sameSamples(streamed, samples, &why), qPrintable(why));

        // Fewer samples than encoded: a valid prefix.
        const int half = encoder.count() / 2;
        const std::vector<Sample> prefix = decodeAll(bytes, half, &ok);
        QVERIFY(ok);
        QVERIFY2(sameSamples(prefix, std::vector<Sample>(samples.begin(), samples.begin() + half), &why),
                 qPrintable(why));
    }

    void decodableAtAnyPoint()
    {
        const std::vector<Sample> samples = randomWalk(300, 15000, 4);
        GorillaEncoder encoder;
        QString why;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            encoder.append(samples[i].t, samples[i].v);
            bool ok = false;
            const auto decoded = decodeAll(encoder.bytes(), encoder.count(), &ok);
            QVERIFY(ok);
            const std::vector<Sample> expected(samples.begin(), samples.begin() + qsizetype(i) + 1);
            QVERIFY2(sameSamples(decoded, expected, &why), qPrintable(why));
        }
    }

    void decreasingTimestampsStillRoundTrip()
    {
#ifdef QT_NO_DEBUG
        // A programming error (Q_ASSERT in debug builds), but release builds still encode it exactly.
        const std::vector<Sample> samples{{kStart, 1}, {kStart - 5, 2}, {kStart - 100000, 3}, {kMinTime, 4},
                                          {kMaxTime, 5}, {0, 6}};
        bool ok = false;
        QString why;
        QVERIFY2(sameSamples(decodeAll(encode(samples), int(samples.size()), &ok), samples, &why), qPrintable(why));
        QVERIFY(ok);
#else
        QSKIP("appending a decreasing timestamp asserts in debug builds");
#endif
    }

    void compression_data()
    {
        QTest::addColumn<std::vector<Sample>>("samples");
        QTest::addColumn<double>("maxBytesPerSample");
        // One day of 15 s scrapes.
        QTest::addRow("15 s slow gauge") << slowGauge(5760) << 2.0;
        QTest::addRow("15 s constant") << regular(5760, 15000, [](int) { return 1.0; }) << 0.3;
        QTest::addRow("1 kHz constant") << regular(10000, 1, [](int) { return 0.0; }) << 0.3;
        QTest::addRow("1 kHz counter") << regular(10000, 1, [](int i) { return double(i); }) << 2.0;
    }

    void compression()
    {
        QFETCH(std::vector<Sample>, samples);
        QFETCH(double, maxBytesPerSample);
        const double perSample = double(encode(samples).size()) / double(samples.size());
        QVERIFY2(perSample < maxBytesPerSample, qPrintable(QString::number(perSample)));
    }

    void truncatedBlobsFail_data()
    {
        QTest::addColumn<std::vector<Sample>>("samples");
        QTest::addRow("120-sample random walk") << randomWalk(120, 1000, 12);
        QTest::addRow("slow gauge") << slowGauge(200);
        QTest::addRow("single sample") << std::vector<Sample>{{kStart, 1}};
        QTest::addRow("wide timestamps") << std::vector<Sample>{{kMinTime, 0}, {0, 2}, {kMaxTime, 1}};
    }

    void truncatedBlobsFail()
    {
        QFETCH(std::vector<Sample>, samples);
        const QByteArray bytes = encode(samples);
        const int count = int(samples.size());
        // The last byte always holds at least one bit of the last sample, so every cut fails.
        for (qsizetype length = 0; length < bytes.size(); ++length) {
            bool ok = true;
            const auto decoded = decodeAll(QByteArrayView(bytes).first(length), count, &ok);
            QVERIFY2(!ok, qPrintable(QString::number(length)));
            QVERIFY(decoded.empty());
            GorillaDecoder decoder(QByteArrayView(bytes).first(length), count);
            Sample s;
            int got = 0;
            while (decoder.next(s))
                ++got;
            QVERIFY(got < count);
            QVERIFY(decoder.failed());
        }
    }

    void malformedBlobsFail_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("count");
        const QByteArray header = encode({{kStart, 1.0}}); // 16 bytes: one sample
        QTest::addRow("negative count") << header << -1;
        QTest::addRow("empty blob, one sample") << QByteArray() << 1;
        QTest::addRow("count beyond capacity") << header << 2;
        QTest::addRow("huge count") << QByteArray(64, '\0') << std::numeric_limits<int>::max();
        // Timestamp '0', value '10' (reuse) before any window was set: 0b0100'0000.
        QTest::addRow("window reuse first") << (header + QByteArray(1, '\x40')) << 2;
        // Timestamp '0', value '11', leading 31, meaningful 63 (> 64 − 31): bits 0 11 11111 111111 …
        QTest::addRow("window too wide") << (header + QByteArray::fromHex("7fff0000")) << 2;
        // Timestamp '1111' + 64 bits that are not there.
        QTest::addRow("wide dod cut short") << (header + QByteArray::fromHex("f0ffffff")) << 2;
        QTest::addRow("all ones") << QByteArray(40, '\xff') << 10;
    }

    void malformedBlobsFail()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, count);
        bool ok = true;
        QVERIFY(decodeAll(bytes, count, &ok).empty());
        QVERIFY(!ok);
        GorillaDecoder decoder(bytes, count);
        Sample s;
        while (decoder.next(s)) {
        }
        QVERIFY(decoder.failed());
    }

    void corruptedBlobsNeverCrash()
    {
        // Random bit flips and byte overwrites: whatever the decoder returns, it returns either
        // every sample or failure, and reads nothing out of bounds (the ASan and fuzz builds check).
        const QByteArray clean = encode(randomWalk(120, 1000, 13));
        std::mt19937_64 rng(14);
        int failures = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = clean;
            const int flips = 1 + int(rng() % 4);
            for (int i = 0; i < flips; ++i) {
                const auto at = qsizetype(rng() % quint64(bytes.size()));
                bytes[at] = char(round % 2 ? bytes[at] ^ char(1 << (rng() % 8)) : char(rng()));
            }
            const int count = 120 + int(rng() % 3) - 1;
            bool ok = false;
            const auto decoded = decodeAll(bytes, count, &ok);
            QCOMPARE(decoded.size(), ok ? std::size_t(count) : std::size_t(0));
            failures += ok ? 0 : 1;
        }
        QVERIFY(failures > 0); // corruption of control bits is detected often enough to be seen
    }
};

QTEST_GUILESS_MAIN(TestGorilla)
#include "tst_gorilla.moc"
