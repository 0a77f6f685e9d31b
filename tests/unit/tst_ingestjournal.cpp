// The ingest journal (store/IngestJournal.h): what is acknowledged is on disk before the answer,
// each segment replays exactly the samples its batch did not yet put into series.db, and damage
// costs only what follows it.
#include "store/IngestJournal.h"
#include "store/SeriesDb.h"
#include "store/SeriesStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>

using namespace hms;

namespace {
PushedSample pushed(const char *name, TimestampMs t, double v, PushedSample::Kind kind = PushedSample::Kind::Gauge,
                    Labels labels = {}, QString trace = {})
{
    PushedSample p;
    p.name = QString::fromLatin1(name);
    p.timestampMs = t;
    p.value = v;
    p.kind = kind;
    p.labels = std::move(labels);
    p.traceId = std::move(trace);
    return p;
}

std::vector<Sample> all(const SeriesStore &store, const char *name, const Labels &labels = {})
{
    return store.range({QString::fromLatin1(name), labels}, 0, std::numeric_limits<TimestampMs>::max());
}

std::unique_ptr<IngestJournal> openJournal(const QString &dir, quint64 covered, std::vector<JournalSegment> *pending,
                                           QStringList *warnings = nullptr)
{
    QStringList ignored;
    QString error;
    auto j = IngestJournal::open(dir, covered, pending, warnings ? warnings : &ignored, &error);
    if (!j)
        qWarning("%s", qPrintable(error));
    return j;
}

QStringList segmentFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.journal")}, QDir::Files, QDir::Name);
}
} // namespace

class TestIngestJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void framesRoundTrip()
    {
        JournalFrame frame;
        frame.defineSeries(7, {QStringLiteral("aid_form.latency_ms"), {{QStringLiteral("region"), QStringLiteral("FL")}}});
        frame.sample(JournalEntry::Kind::Sample, 7, 1000, 412.5);
        frame.sample(JournalEntry::Kind::Counter, 7, 2000, 3);
        frame.exemplar(7, 2000, 1, QStringLiteral("trace-ä1"));
        QByteArray bytes(IngestJournal::kMagic, IngestJournal::kMagicSize);
        bytes += frame.take();
        QVERIFY(frame.isEmpty());
        frame.sample(JournalEntry::Kind::Sample, 7, 3000, -0.25); // a second frame, same definition
        bytes += frame.take();

        JournalSegment segment;
        QString error;
        QVERIFY2(decodeJournalSegment(bytes, &segment, &error), qPrintable(error));
        QCOMPARE(segment.frames, 2);
        QCOMPARE(segment.series.size(), std::size_t(1));
        QCOMPARE(segment.series[0].name, QStringLiteral("aid_form.latency_ms"));
        QCOMPARE(segment.series[0].labels.at(QStringLiteral("region")), QStringLiteral("FL"));
        QCOMPARE(segment.entries.size(), std::size_t(4));
        QCOMPARE(segment.entries[0].value, 412.5);
        QCOMPARE(segment.entries[1].kind, JournalEntry::Kind::Counter);
        QCOMPARE(segment.entries[2].traceId, QStringLiteral("trace-ä1"));
        QCOMPARE(segment.entries[3].t, 3000);
        QCOMPARE(segment.entries[3].value, -0.25);
    }

    // A push larger than a frame may be is cut into several at record boundaries; the series
    // defined in the first serve the next.
    void largePushesAreCutIntoFrames()
    {
        JournalFrame frame;
        frame.defineSeries(1, {QStringLiteral("m"), {}});
        const int samples = int(JournalFrame::kMaxPayload / 18) + 1000; // 18 bytes a sample
        for (int i = 0; i < samples; ++i)
            frame.sample(JournalEntry::Kind::Sample, 1, 1000 + i, i);
        const QByteArray segment = QByteArray(IngestJournal::kMagic, IngestJournal::kMagicSize) + frame.take();
        JournalSegment decoded;
        QString error;
        QVERIFY2(decodeJournalSegment(segment, &decoded, &error), qPrintable(error));
        QCOMPARE(decoded.frames, 2);
        QCOMPARE(decoded.entries.size(), std::size_t(samples));
        QCOMPARE(decoded.entries.back().value, double(samples - 1));
    }

    void damageEndsTheSegmentAndKeepsWhatPrecedes()
    {
        JournalFrame frame;
        frame.defineSeries(1, {QStringLiteral("m"), {}});
        frame.sample(JournalEntry::Kind::Sample, 1, 1000, 1);
        QByteArray bytes(IngestJournal::kMagic, IngestJournal::kMagicSize);
        bytes += frame.take();
        const qsizetype firstEnd = bytes.size();
        frame.sample(JournalEntry::Kind::Sample, 1, 2000, 2);
        bytes += frame.take();

        // A write cut by the kill: the second frame is short.
        JournalSegment torn;
        QString error;
        QVERIFY(!decodeJournalSegment(bytes.left(bytes.size() - 3), &torn, &error));
        QCOMPARE(torn.entries.size(), std::size_t(1));
        QCOMPARE(error, QStringLiteral("byte %1: a frame of 18 bytes is cut short").arg(firstEnd));

        // A flipped bit in the second frame's payload: its checksum fails.
        QByteArray flipped = bytes;
        flipped[flipped.size() - 1] = char(flipped.at(flipped.size() - 1) ^ 0x10);
        JournalSegment damaged;
        QVERIFY(!decodeJournalSegment(flipped, &damaged, &error));
        QCOMPARE(damaged.entries.size(), std::size_t(1));
        QVERIFY2(error.contains(QStringLiteral("checksum")), qPrintable(error));

        // A frame that uses a series no frame defined is refused as a whole.
        JournalFrame orphan;
        orphan.sample(JournalEntry::Kind::Sample, 9, 1000, 1);
        JournalSegment undefined;
        const QByteArray orphanSegment = QByteArray(IngestJournal::kMagic, 8) + orphan.take();
        QVERIFY(!decodeJournalSegment(orphanSegment, &undefined, &error));
        QVERIFY2(error.contains(QStringLiteral("series 9 is used before it is defined")), qPrintable(error));

        QVERIFY(!decodeJournalSegment("not a journal", &undefined, &error));
        QVERIFY2(error.startsWith(QStringLiteral("byte 0:")), qPrintable(error));
    }

    // What a store journals replays into a fresh store as it was: gauges, counters (whose running
    // total carries on), exemplars, line-protocol handles; unacknowledged ingest is not journaled.
    void replayRestoresWhatWasAcknowledged()
    {
        QTemporaryDir dir;
        std::vector<JournalSegment> pending;
        auto journal = openJournal(dir.path(), 0, &pending);
        QVERIFY(journal);
        QVERIFY(pending.empty());
        SeriesStore store;
        store.setJournal(journal.get());
        QString error;
        const Labels fl{{QStringLiteral("region"), QStringLiteral("FL")}};
        QCOMPARE(store.applyPushed({pushed("g", 1000, 5), pushed("g", 2000, 6, PushedSample::Kind::Gauge, {},
                                                                 QStringLiteral("t-1")),
                                    pushed("c", 1000, 2, PushedSample::Kind::Counter, fl),
                                    pushed("c", 2000, 3, PushedSample::Kind::Counter, fl)},
                                   3000, &error),
                 4);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto handles = store.resolve({{QStringLiteral("lp"), {}}}, 3000);
        QCOMPARE(store.appendHandles({{handles[0], 2500, 42}, {handles[0], 0, 43}}, 3000, &error), 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        store.applyPushed({pushed("self", 2500, 1)}, 3000); // not acknowledged: not journaled
        QCOMPARE(store.applyPushed({pushed("g", 1500, 9)}, 3000, &error), 0); // out of order: not journaled

        std::vector<JournalSegment> replay;
        journal.reset();
        auto again = openJournal(dir.path(), 0, &replay);
        QVERIFY(again);
        QCOMPARE(replay.size(), std::size_t(1));
        SeriesStore restored;
        QCOMPARE(restored.replayJournal(replay[0], 4000), 6);
        QCOMPARE(all(restored, "g"), all(store, "g"));
        QCOMPARE(all(restored, "c", fl), (std::vector<Sample>{{1000, 2}, {2000, 5}}));
        QCOMPARE(all(restored, "lp"), (std::vector<Sample>{{2500, 42}, {3000, 43}}));
        QVERIFY(all(restored, "self").empty());
        const auto exemplars = restored.exemplars({QStringLiteral("g"), {}}, 0, 10000);
        QCOMPARE(exemplars.size(), std::size_t(1));
        QCOMPARE(exemplars[0].traceId, QStringLiteral("t-1"));
        // The counter's running total came back with it.
        restored.applyPushed({pushed("c", 5000, 1, PushedSample::Kind::Counter, fl)}, 5000);
        QCOMPARE(all(restored, "c", fl).back().v, 6.0);
    }

    // A batch covers exactly the segments rotated with it: after that batch is in series.db, only
    // what came later is replayed, and the covered files are gone.
    void batchesCoverTheSegmentsRotatedWithThem()
    {
        QTemporaryDir dir;
        const QString journalDir = dir.filePath(QStringLiteral("journal"));
        std::vector<JournalSegment> pending;
        auto journal = openJournal(journalDir, 0, &pending);
        QVERIFY(journal);
        SeriesStore store;
        store.setJournal(journal.get());
        QString error;
        store.applyPushed({pushed("m", 1000, 1)}, 1000, &error);
        PersistBatch first = store.takePersistBatch(1000);
        QCOMPARE(first.journalThrough, journal->segment() - 1);
        // Nothing journaled since: the next batch covers no new segment and none is started.
        const quint64 open = journal->segment();
        QCOMPARE(store.takePersistBatch(1100).journalThrough, first.journalThrough);
        QCOMPARE(journal->segment(), open);
        store.applyPushed({pushed("m", 2000, 2)}, 2000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // series.db records the first batch with its segment; the writer drops the file.
        auto db = SeriesDb::open(dir.filePath(QStringLiteral("series.db")), QStringLiteral("journal-test"), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(db->write(first, &error), qPrintable(error));
        journal->dropThrough(first.journalThrough);
        QCOMPARE(db->journalThrough(&error), first.journalThrough);
        QCOMPARE(segmentFiles(journalDir).size(), 1);

        // A kill now: series.db has the first sample, the journal the second.
        journal.reset();
        SeriesStore restored;
        SeriesDb::LoadStats stats;
        QVERIFY2(db->load(restored, {}, &stats, &error), qPrintable(error));
        std::vector<JournalSegment> replay;
        auto again = openJournal(journalDir, db->journalThrough(&error), &replay);
        QVERIFY(again);
        QCOMPARE(replay.size(), std::size_t(1));
        for (const JournalSegment &s : replay)
            restored.replayJournal(s, 3000);
        QCOMPARE(all(restored, "m"), (std::vector<Sample>{{1000, 1}, {2000, 2}}));
        QVERIFY(again->segment() > replay.back().seq);
        db.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("journal-test"));
    }

    // A write the disk refuses (here: the file size limit) is reported, so that the push is not
    // acknowledged; the next push starts a new segment, and a replay keeps everything before the
    // failure and after it.
    void aRefusedWriteIsReportedAndTheNextPushRecovers()
    {
        QTemporaryDir dir;
        std::vector<JournalSegment> pending;
        auto journal = openJournal(dir.path(), 0, &pending);
        QVERIFY(journal);
        SeriesStore store;
        store.setJournal(journal.get());
        QString error;
        store.applyPushed({pushed("m", 1000, 1)}, 1000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        std::vector<PushedSample> big;
        for (int i = 0; i < 2000; ++i)
            big.push_back(pushed("m", 2000 + i, i));
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const int accepted = store.applyPushed(big, 5000, &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, oldHandler);
        // Refused as a whole: nothing is applied, so the 503's "send again" adds nothing twice.
        QCOMPARE(accepted, 0);
        QCOMPARE(all(store, "m"), (std::vector<Sample>{{1000, 1}}));
        QVERIFY2(error.startsWith(QStringLiteral("journal "))
                     && error.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
                 qPrintable(error));

        error.clear();
        const quint64 failed = journal->segment();
        QCOMPARE(store.applyPushed({pushed("m", 9000, 7)}, 9000, &error), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(journal->segment(), failed + 1);

        journal.reset();
        std::vector<JournalSegment> replay;
        QStringList warnings;
        auto again = openJournal(dir.path(), 0, &replay, &warnings);
        QVERIFY(again);
        QCOMPARE(replay.size(), std::size_t(2));
        QCOMPARE(warnings.size(), 1); // the torn frame of the refused write
        SeriesStore restored;
        for (const JournalSegment &s : replay)
            restored.replayJournal(s, 10000);
        QCOMPARE(all(restored, "m"), (std::vector<Sample>{{1000, 1}, {9000, 7}}));
    }
};

QTEST_GUILESS_MAIN(TestIngestJournal)
#include "tst_ingestjournal.moc"
