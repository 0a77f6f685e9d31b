// Bounded gunzip of request bodies. Test data is compressed here with zlib itself.
#include "ingest/Gzip.h"

#include <QRandomGenerator>
#include <QTest>
#include <cstring>
#include <zlib.h>

using namespace hms;

Q_DECLARE_METATYPE(hms::GunzipStatus)

namespace {

// gzip-compresses `size` bytes produced by `next(buffer, n)`, streaming 1 MiB at a time.
template <typename Source> QByteArray gzipStream(qsizetype size, Source next, int level = Z_DEFAULT_COMPRESSION)
{
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out;
    QByteArray in;
    QByteArray buf(64 * 1024, Qt::Uninitialized);
    qsizetype left = size;
    int flush = Z_NO_FLUSH;
    do {
        const qsizetype n = qMin<qsizetype>(left, 1024 * 1024);
        in.resize(n);
        next(in.data(), n);
        left -= n;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(in.data());
        z.avail_in = uInt(n);
        do {
            z.next_out = reinterpret_cast<Bytef *>(buf.data());
            z.avail_out = uInt(buf.size());
            deflate(&z, flush);
            out.append(buf.constData(), buf.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    return gzipStream(data.size(), [&data, pos = qsizetype(0)](char *dst, qsizetype n) mutable {
        std::memcpy(dst, data.constData() + pos, size_t(n));
        pos += n;
    });
}

// zlib's own wrapper (RFC 1950) and raw deflate, which are not gzip.
QByteArray zlibWrapped(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    compress(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
        uLong(data.size()));
    out.resize(qsizetype(size));
    return out;
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

QByteArray text(qsizetype n)
{
    QByteArray out;
    for (int i = 0; out.size() < n; ++i)
        out += "cpu,host=h" + QByteArray::number(i % 17) + " usage=" + QByteArray::number(i) + '\n';
    out.truncate(n);
    return out;
}

QByteArray withByte(QByteArray data, qsizetype at, char xorMask)
{
    data[at] = char(data[at] ^ xorMask);
    return data;
}

} // namespace

class TestGzip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void limitIsInclusive();
    void notGzip_data();
    void notGzip();
    void corrupt_data();
    void corrupt();
    void bombStopsAtLimit_data();
    void bombStopsAtLimit();
};

void TestGzip::roundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("compressed");
    const QByteArray small = "weather,location=us-midwest temperature=82 1465839830100400200\n";
    QTest::addRow("empty") << QByteArray() << gzip(QByteArray());
    QTest::addRow("one line") << small << gzip(small);
    QTest::addRow("one chunk exactly") << text(kGunzipChunkBytes) << gzip(text(kGunzipChunkBytes));
    QTest::addRow("three chunks and a byte")
        << text(3 * kGunzipChunkBytes + 1) << gzip(text(3 * kGunzipChunkBytes + 1));
    QTest::addRow("1 MiB random") << randomBytes(1024 * 1024, 7) << gzip(randomBytes(1024 * 1024, 7));
    QTest::addRow("two members") << QByteArray(small + "second\n") << QByteArray(gzip(small) + gzip("second\n"));
    QTest::addRow("empty member first") << small << QByteArray(gzip(QByteArray()) + gzip(small));
}

void TestGzip::roundTrip()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, compressed);
    QByteArray out = "stale";
    QCOMPARE(gunzipBounded(compressed, 4 * 1024 * 1024, &out), GunzipStatus::Ok);
    QCOMPARE(out.size(), data.size());
    QVERIFY(out == data);
}

void TestGzip::limitIsInclusive()
{
    const QByteArray data = text(200'000);
    const QByteArray compressed = gzip(data);
    QByteArray out;
    QCOMPARE(gunzipBounded(compressed, data.size(), &out), GunzipStatus::Ok);
    QVERIFY(out == data);
    QVERIFY(out.capacity() <= data.size());
    QCOMPARE(gunzipBounded(compressed, data.size() - 1, &out), GunzipStatus::TooLarge);
    QVERIFY(out.size() <= data.size() - 1);
    QVERIFY(data.startsWith(out)); // the prefix decoded before stopping
    QCOMPARE(gunzipBounded(gzip(QByteArray()), 0, &out), GunzipStatus::Ok);
    QCOMPARE(out.size(), 0);
    QCOMPARE(gunzipBounded(gzip("x"), 0, &out), GunzipStatus::TooLarge);
    QCOMPARE(out.size(), 0);
}

void TestGzip::notGzip_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray body = text(1000);
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("one magic byte") << QByteArray("\x1f", 1);
    QTest::addRow("plain text") << body;
    QTest::addRow("zlib wrapper") << zlibWrapped(body);
    QTest::addRow("magic reversed") << QByteArray("\x8b\x1f\x08\x00", 4);
}

void TestGzip::notGzip()
{
    QFETCH(QByteArray, data);
    QByteArray out = "stale";
    QCOMPARE(gunzipBounded(data, 1024, &out), GunzipStatus::NotGzip);
    QVERIFY(out.isEmpty());
}

void TestGzip::corrupt_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray good = gzip(text(100'000));
    QVERIFY(good.size() > 100);
    QTest::addRow("magic only") << good.first(2);
    QTest::addRow("header only") << good.first(10);
    QTest::addRow("half") << good.first(good.size() / 2);
    QTest::addRow("no trailer") << good.first(good.size() - 8);
    QTest::addRow("one byte short") << good.first(good.size() - 1);
    QTest::addRow("bad method") << withByte(good, 2, 0x01);
    QTest::addRow("bad CRC") << withByte(good, good.size() - 8, 0x01);
    QTest::addRow("bad length") << withByte(good, good.size() - 4, 0x01);
    QTest::addRow("bad data") << withByte(good, good.size() / 2, 0x10);
    QTest::addRow("trailing garbage") << QByteArray(good + "garbage");
    QTest::addRow("trailing zeros") << QByteArray(good + QByteArray(16, '\0'));
    QTest::addRow("second member truncated") << QByteArray(good + good.first(20));
}

void TestGzip::corrupt()
{
    QFETCH(QByteArray, data);
    QByteArray out = "stale";
    QCOMPARE(gunzipBounded(data, 1024 * 1024, &out), GunzipStatus::Corrupt);
    QVERIFY(out.isEmpty());
}

void TestGzip::bombStopsAtLimit_data()
{
    QTest::addColumn<qsizetype>("maxOut");
    QTest::addRow("10 MiB") << qsizetype(10 * 1024 * 1024);
    QTest::addRow("10 MiB + 1000") << qsizetype(10 * 1024 * 1024 + 1000);
}

void TestGzip::bombStopsAtLimit()
{
    QFETCH(qsizetype, maxOut);
    // 100 MiB of zeros compress to about 100 KiB: a thousandfold bomb.
    static const QByteArray bomb = gzipStream(
        100 * 1024 * 1024, [](char *dst, qsizetype n) { std::memset(dst, 0, size_t(n)); }, 9);
    QVERIFY2(bomb.size() < 200 * 1024, QByteArray::number(bomb.size()).constData());
    QByteArray out;
    QCOMPARE(gunzipBounded(bomb, maxOut, &out), GunzipStatus::TooLarge);
    QVERIFY(out.size() <= maxOut);
    QVERIFY(out.size() > maxOut - kGunzipChunkBytes);
    QVERIFY(out.capacity() <= maxOut + kGunzipChunkBytes); // the most that was ever allocated for it
    QVERIFY(out.count('\0') == out.size());
}

QTEST_GUILESS_MAIN(TestGzip)
#include "tst_gzip.moc"
