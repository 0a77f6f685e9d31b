// Incident command in the engine (#7): playbook versions and conflicts, timeline commands,
// trace_id lookups, blameless RCAs (pre-fill, conflicts, computed impact, export), incident
// bundles (round trip, damage, cancel) and their replay, rotations written back as YAML.
#include "TestOpsDb.h"
#include "alerting/Silence.h"
#include "core/TextDiff.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/OpsDatabase.h"
#include "incidents/Rca.h"
#include "incidents/RcaExport.h"
#include "replay/Bundle.h"
#include "replay/ReplaySession.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QtEndian>

#include <zlib.h>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hms;

namespace {
QByteArray example(const char *name)
{
    QFile f(qEnvironmentVariable("HMS_EXAMPLES_DIR") + u'/' + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kMetric = QStringLiteral("aid_form.latency_ms");
const Labels kSeriesLabels{{QStringLiteral("service"), QStringLiteral("aid_form")}};
constexpr TimestampMs kMinute = 60'000;
} // namespace

class TestIncidentCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    std::unique_ptr<SeriesStore> m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<SilenceService> m_silences;
    std::unique_ptr<RcaService> m_rcas;
    TimestampMs m_t0 = 0; // when the incident fired

    // Fires AID_LAT_P95_HIGH at m_t0 on a series whose samples carry trace ids.
    qint64 fire()
    {
        std::vector<PushedSample> samples;
        for (int i = 0; i < 60; ++i) {
            PushedSample p;
            p.name = kMetric;
            p.labels = kSeriesLabels;
            p.value = i < 40 ? 300.0 + i : 1500.0 + i;
            p.timestampMs = m_t0 - 30 * kMinute + TimestampMs(i) * kMinute;
            if (i == 29)
                p.traceId = QStringLiteral("trace-abc");
            if (i == 50)
                p.traceId = QStringLiteral("trace-late");
            samples.push_back(p);
        }
        m_store->applyPushed(samples, m_t0 + 30 * kMinute);
        AlertTransition t;
        t.rule = QStringLiteral("AID_LAT_P95_HIGH");
        t.labels = {{QStringLiteral("alertname"), t.rule}, {QStringLiteral("service"), QStringLiteral("aid_form")},
                    {QStringLiteral("severity"), QStringLiteral("warning")}};
        t.fingerprint = fingerprint(t.labels);
        t.seriesName = kMetric;
        t.series = SeriesKey{kMetric, kSeriesLabels};
        t.from = AlertState::Pending;
        t.to = AlertState::Firing;
        t.at = m_t0;
        t.activeAt = m_t0 - 2 * kMinute;
        t.value = 1600;
        m_incidents->handleTransitions({t});
        const auto open = m_incidents->incidents(true);
        return open.empty() ? 0 : open.front().id;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        ++n;
        QString error;
        m_db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops%1.db").arg(n)), QStringLiteral("c%1").arg(n), &error);
        QVERIFY2(m_db.isValid(), qPrintable(error));
        SeriesStore::Options options;
        options.retentionMs = 400LL * 24 * 3600 * 1000;
        m_store = std::make_unique<SeriesStore>(options);
        m_catalog = std::make_unique<Catalog>(m_db);
        m_incidents = std::make_unique<IncidentService>(m_db, *m_catalog);
        m_incidents->setStore(m_store.get());
        m_silences = std::make_unique<SilenceService>(m_db, *m_incidents);
        m_rcas = std::make_unique<RcaService>(m_db, *m_incidents);
        QVERIFY(m_catalog->createRotation(example("fema_oncall.yml"), QStringLiteral("fema_oncall.yml")).empty());
        QVERIFY(m_catalog->importPlaybook(QString::fromUtf8(example("pb_aid_latency.md")), QStringLiteral("pb_aid_latency.md")).isEmpty());
        QVERIFY(m_catalog->installRules(example("latency_alert.yml"), QStringLiteral("latency_alert.yml")).empty());
        QVERIFY(m_catalog->createSlo(example("slo_aid_latency.yml"), QStringLiteral("slo_aid_latency.yml")).empty());
        m_t0 = QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000;
    }

    void cleanup()
    {
        m_rcas.reset();
        m_silences.reset();
        m_incidents.reset();
        m_catalog.reset();
        m_db.close();
    }

    void playbookSavesKeepEveryVersionAndRefuseASecondEditFromTheSameBase()
    {
        const QString id = QStringLiteral("pb_aid_latency");
        auto versions = m_catalog->playbookVersions(id);
        QCOMPARE(versions.size(), std::size_t(1));
        QCOMPARE(versions.front().version, 1);
        QCOMPARE(versions.front().savedBy, QStringLiteral("import: pb_aid_latency.md"));
        QCOMPARE(m_catalog->rulesUsingPlaybook(id),
                 QStringList({QStringLiteral("AID_LAT_P95_HIGH"), QStringLiteral("SLO_aid_latency_budget_burn"),
                              QStringLiteral("SLO_aid_latency_fast_burn"), QStringLiteral("SLO_aid_latency_slow_burn")}));

        // Two people open version 1. Alex saves first.
        const QString base = versions.front().markdown;
        const QString alex = base + QStringLiteral("5. Page the database on-call if replicas do not help.\n");
        const QString sam = base + QStringLiteral("5. Check the CDN status page.\n");
        QSignalSpy savedSpy(m_catalog.get(), &Catalog::playbookSaved);
        const PlaybookSave first = m_catalog->savePlaybook(id, alex, 1, QStringLiteral("alex"));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.version, 2);
        QCOMPARE(savedSpy.count(), 1);

        // Sam's save from version 1 is a conflict: nothing stored, Alex's text stays.
        const PlaybookSave second = m_catalog->savePlaybook(id, sam, 1, QStringLiteral("sam"));
        QVERIFY(second.conflict);
        QCOMPARE(second.version, 0);
        QCOMPARE(second.latest.version, 2);
        QCOMPARE(second.latest.savedBy, QStringLiteral("alex"));
        QVERIFY2(second.error.contains(QStringLiteral("alex")) && second.error.contains(QStringLiteral("version 2")),
                 qPrintable(second.error));
        QCOMPARE(m_catalog->playbook(id)->markdown, alex);
        QCOMPARE(m_catalog->playbookVersions(id).size(), std::size_t(2));
        QCOMPARE(savedSpy.count(), 1);

        // Having seen Alex's change, Sam saves on top of version 2.
        const PlaybookSave third = m_catalog->savePlaybook(id, alex + QStringLiteral("6. Check the CDN status page.\n"), 2,
                                                           QStringLiteral("sam"));
        QVERIFY2(third.error.isEmpty(), qPrintable(third.error));
        QCOMPARE(third.version, 3);
        versions = m_catalog->playbookVersions(id);
        QCOMPARE(versions.size(), std::size_t(3));
        QCOMPARE(versions.front().savedBy, QStringLiteral("sam"));
        QCOMPARE(m_catalog->playbook(id)->steps.size(), 6);

        // A heading that renames the playbook, or Markdown that does not parse, is refused.
        const PlaybookSave renamed = m_catalog->savePlaybook(id, QStringLiteral("# Playbook: other\n1. x\n"), 3, QStringLiteral("x"));
        QVERIFY(!renamed.conflict);
        QVERIFY2(renamed.error.contains(QStringLiteral("other")), qPrintable(renamed.error));
        QCOMPARE(m_catalog->playbookVersions(id).size(), std::size_t(3));

        // The version in force at a time; before any, the oldest.
        QCOMPARE(m_catalog->playbookVersionAt(id, versions.front().savedAt)->version, 3);
        QCOMPARE(m_catalog->playbookVersionAt(id, 1)->version, 1);
    }

    void lineDiffMarksWhatChanged()
    {
        const auto diff = diffLines(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nB\nc\nd\ne"));
        QCOMPARE(formatDiff(diff), QStringLiteral("  a\n+ B\n- b\n  c\n  d\n+ e\n"));
        QCOMPARE(diff[1].newLine, 2);
        QCOMPARE(diff[2].oldLine, 2);
        QCOMPARE(formatDiff(diffLines(QStringLiteral("x"), QStringLiteral("x"))), QStringLiteral("  x\n"));
    }

    void commandsGoOnTheTimeline()
    {
        const qint64 id = fire();
        QVERIFY(id > 0);
        QSignalSpy events(m_incidents.get(), &IncidentService::eventAdded);

        QVERIFY(!m_incidents->comment(id, QStringLiteral("   "), QStringLiteral("alex"), m_t0 + 1000).isEmpty());
        QCOMPARE(m_incidents->comment(id, QStringLiteral("CDN looks fine"), QStringLiteral("alex"), m_t0 + 1000), QString());
        QCOMPARE(events.count(), 1);

        // Root-cause links: http(s) with a host only; the error names what was wrong.
        const QString bad = m_incidents->linkRootCause(id, QStringLiteral("javascript:alert(1)"), QStringLiteral("alex"), m_t0 + 2000);
        QVERIFY2(bad.contains(QStringLiteral("https://")), qPrintable(bad));
        QVERIFY(m_incidents->incident(id)->rootCauseUrl.isEmpty());
        QCOMPARE(m_incidents->linkRootCause(id, QStringLiteral("https://github.com/fema/aid/issues/42"), QStringLiteral("alex"),
                                            m_t0 + 2000),
                 QString());
        QCOMPARE(m_incidents->incident(id)->rootCauseUrl, QStringLiteral("https://github.com/fema/aid/issues/42"));

        // Playbook steps: ticks and unticks are events; the last one of a step wins.
        QVERIFY(!m_incidents->tickStep(id, 4, {}, true, QStringLiteral("alex"), m_t0 + 3000).isEmpty()); // 4 steps
        QCOMPARE(m_incidents->tickStep(id, 0, {}, true, QStringLiteral("alex"), m_t0 + 3000), QString());
        QCOMPARE(m_incidents->tickStep(id, 1, {}, true, QStringLiteral("sam"), m_t0 + 4000), QString());
        QCOMPARE(m_incidents->tickStep(id, 1, {}, false, QStringLiteral("sam"), m_t0 + 5000), QString());
        QCOMPARE(m_incidents->tickStep(id, 0, {}, true, QStringLiteral("sam"), m_t0 + 5000), QString()); // no change, no event
        const auto timeline = m_incidents->events(id);
        const QStringList steps = m_catalog->playbook(QStringLiteral("pb_aid_latency"))->steps;
        const auto state = IncidentService::checklistState(timeline, steps);
        QCOMPARE(state.at(0), true);
        QCOMPARE(state.at(1), false);
        const auto ticks = std::count_if(timeline.begin(), timeline.end(), [](const IncidentEvent &e) { return e.kind == u"step"; });
        QCOMPARE(ticks, 3);
        QVERIFY(std::any_of(timeline.begin(), timeline.end(), [](const IncidentEvent &e) {
            return e.kind == u"step" && e.message.contains(QStringLiteral("kubectl top pod"));
        }));
        // A tick given for a step as it read before an edit is refused, and after the playbook is
        // edited (a step put first) old ticks stay with their step's text, not its number.
        QVERIFY(!m_incidents->tickStep(id, 2, QStringLiteral("an old wording"), true, QStringLiteral("sam"), m_t0 + 5500).isEmpty());
        const QString edited = QStringLiteral("# Playbook: pb_aid_latency\n1. Open the dashboard.\n") +
            m_catalog->playbook(QStringLiteral("pb_aid_latency"))->markdown.section(u'\n', 1).replace(QStringLiteral("1. "), QStringLiteral("2. "));
        QVERIFY(m_catalog->savePlaybook(QStringLiteral("pb_aid_latency"), edited, 1, QStringLiteral("alex")).error.isEmpty());
        const auto after = IncidentService::checklistState(m_incidents->events(id), m_catalog->playbook(QStringLiteral("pb_aid_latency"))->steps);
        QVERIFY(!after.count(0)); // the new first step was never ticked
        QVERIFY(!after.count(1)); // the old first step's tick had index 0: not carried to a step it was not given for

        // Bulk acknowledgement: the triggered one is acknowledged, the unknown one refused by name.
        const auto refused = m_incidents->acknowledgeMany({id, 999}, QStringLiteral("alex"), m_t0 + 6000);
        QCOMPARE(refused.size(), std::size_t(1));
        QVERIFY(refused.at(999).contains(QStringLiteral("999")));
        QCOMPARE(m_incidents->incident(id)->state, Incident::State::Acknowledged);
        QCOMPARE(m_incidents->acknowledgeMany({id}, QStringLiteral("alex"), m_t0 + 7000).size(), std::size_t(1));
    }

    void aTraceIdLeadsToItsSamplesAndIncidents()
    {
        const qint64 id = fire();
        // The exemplar in the rule's window (for: 2m) went onto the fired event; the older one did not.
        const auto fired = m_incidents->events(id).front();
        QCOMPARE(fired.kind, QStringLiteral("fired"));
        const auto withTrace = m_incidents->incidentsWithTrace(QStringLiteral("trace-abc"));
        QCOMPARE(withTrace.size(), std::size_t(1));
        QCOMPARE(withTrace.front().id, id);
        QVERIFY(m_incidents->incidentsWithTrace(QStringLiteral("trace-ab")).empty()); // whole ids only
        QVERIFY(m_incidents->incidentsWithTrace(QStringLiteral("trace-late")).empty());
        const auto samples = m_store->exemplarsWithTrace(QStringLiteral("trace-abc"), 10);
        QCOMPARE(samples.size(), std::size_t(1));
        QCOMPARE(samples.front().first, (SeriesKey{kMetric, kSeriesLabels}));
        QCOMPARE(samples.front().second.t, m_t0 - kMinute);
        QCOMPARE(samples.front().second.v, 329.0);
    }

    void rcaIsPrefilledVersionedAndValidated()
    {
        const qint64 id = fire();
        QCOMPARE(m_incidents->acknowledge(id, QStringLiteral("alex"), m_t0 + kMinute), QString());
        QCOMPARE(m_incidents->resolve(id, QStringLiteral("alex"), m_t0 + 40 * kMinute), QString());

        Rca draft = *m_rcas->rcaFor(id);
        QCOMPARE(draft.version, 0);
        QVERIFY(!m_rcas->stored(id));
        QVERIFY(draft.summary.contains(QStringLiteral("AID_LAT_P95_HIGH")));
        QVERIFY(draft.summary.contains(QStringLiteral("40 min")));
        // The timeline comes from the events; fired, acknowledged and resolved are starred.
        const auto events = m_incidents->events(id);
        QCOMPARE(draft.timeline.size(), events.size());
        for (const RcaTimelineEntry &e : draft.timeline)
            QCOMPARE(e.starred, e.kind == u"fired" || e.kind == u"acknowledged" || e.kind == u"resolved");

        // Validation names the field.
        Rca bad = draft;
        bad.actions.push_back({QStringLiteral("Add an autoscaler"), QString(), QDate(2026, 12, 15), QString(), false});
        QVERIFY2(RcaService::validate(bad).startsWith(QStringLiteral("action_items[0].owner")), qPrintable(RcaService::validate(bad)));
        bad.actions[0].owner = QStringLiteral("sam");
        bad.actions[0].link = QStringLiteral("ftp://x");
        QVERIFY2(RcaService::validate(bad).startsWith(QStringLiteral("action_items[0].link")), qPrintable(RcaService::validate(bad)));
        bad.actions[0].link = QStringLiteral("https://jira.example.gov/browse/AID-7");
        bad.status = Rca::Status::Published;
        QVERIFY2(RcaService::validate(bad).startsWith(QStringLiteral("learnings")), qPrintable(RcaService::validate(bad)));
        const RcaSave refused = m_rcas->save(bad, 0, QStringLiteral("alex"), m_t0 + 50 * kMinute);
        QVERIFY(!refused.error.isEmpty());
        QVERIFY(!m_rcas->stored(id));

        // First save: version 1 and "RCA started" on the timeline.
        Rca mine = bad;
        mine.status = Rca::Status::Draft;
        mine.timeline.push_back({m_t0 + 5 * kMinute, QStringLiteral("Scaled to 6 replicas"), true, 0, QStringLiteral("note")});
        const RcaSave one = m_rcas->save(mine, 0, QStringLiteral("alex"), m_t0 + 50 * kMinute);
        QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
        QCOMPARE(one.version, 1);
        QCOMPARE(m_incidents->events(id).back().kind, QStringLiteral("rca"));
        const Rca stored = *m_rcas->stored(id);
        QCOMPARE(stored.timeline, mine.timeline);
        QCOMPARE(stored.actions, mine.actions);
        QCOMPARE(stored.updatedBy, QStringLiteral("alex"));

        // A second editor who also started from version 0 is refused; nothing is overwritten.
        Rca theirs = draft;
        theirs.summary = QStringLiteral("Someone else's summary");
        const RcaSave conflict = m_rcas->save(theirs, 0, QStringLiteral("sam"), m_t0 + 51 * kMinute);
        QVERIFY(conflict.conflict);
        QVERIFY2(conflict.error.contains(QStringLiteral("alex")), qPrintable(conflict.error));
        QCOMPARE(m_rcas->stored(id)->summary, mine.summary);

        // In review: a status change is on the timeline.
        mine.status = Rca::Status::InReview;
        mine.learnings = QStringLiteral("Replicas were pinned at 3.");
        QCOMPARE(m_rcas->save(mine, 1, QStringLiteral("sam"), m_t0 + 52 * kMinute).version, 2);
        QVERIFY(m_incidents->events(id).back().message.contains(QStringLiteral("in review")));
    }

    void rcaImpactIsComputedFromTheSloSlices()
    {
        const qint64 id = fire();
        QCOMPARE(m_incidents->resolve(id, QStringLiteral("alex"), m_t0 + 10 * kMinute), QString());
        // The recorder's slices: a minute each, 120 minutes up to the end; 10 bad during the incident.
        std::vector<PushedSample> slices;
        for (int m = -110; m <= 10; ++m) {
            const TimestampMs t = m_t0 + TimestampMs(m) * kMinute + 1000;
            slices.push_back({QStringLiteral("slo_total_events"), {{QStringLiteral("slo"), QStringLiteral("aid_latency")}}, 1.0, t, {},
                              PushedSample::Kind::Gauge});
            const bool bad = m >= 1 && m <= 10;
            slices.push_back({QStringLiteral("slo_bad_events"), {{QStringLiteral("slo"), QStringLiteral("aid_latency")}}, bad ? 1.0 : 0.0,
                              t, {}, PushedSample::Kind::Gauge});
        }
        m_store->applyPushed(slices, m_t0 + 20 * kMinute);
        const RcaImpact impact = computeRcaImpact(*m_incidents->incident(id), m_catalog->slos(), *m_store, m_t0 + 20 * kMinute);
        QCOMPARE(impact.durationMs, 10 * kMinute);
        QVERIFY(!impact.ongoing);
        QCOMPARE(impact.slos.size(), std::size_t(1));
        const auto &burn = impact.slos.front();
        QCOMPARE(burn.slo, QStringLiteral("aid_latency"));
        QCOMPARE(burn.badInIncident, 10.0);
        QCOMPARE(burn.totalInWindow, 121.0);
        QVERIFY(burn.budgetBurned);
        QVERIFY(qFuzzyCompare(*burn.budgetBurned, 10.0 / (0.001 * 121.0)));

        // Exports: the Markdown holds the pre-filled timeline and the computed impact.
        const Rca rca = *m_rcas->rcaFor(id);
        const QString md = rcaMarkdown(rca, *m_incidents->incident(id), impact, {{QStringLiteral("chart-1.png"), QStringLiteral("latency")}});
        for (const RcaTimelineEntry &e : rca.timeline)
            QVERIFY2(md.contains(e.text), qPrintable(e.text));
        QVERIFY(md.contains(QStringLiteral("| ★ |")));
        QVERIFY(md.contains(QStringLiteral("Duration: 10 min 00 s")));
        QVERIFY(md.contains(QStringLiteral("![latency](chart-1.png)")));
        QVERIFY2(md.contains(QStringLiteral("of the error budget burned")), qPrintable(md));
        const QString html = rcaHtml(rca, *m_incidents->incident(id), impact, {});
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }

    void bundleRoundTripGivesIdenticalEventsAndSamples()
    {
        const qint64 id = fire();
        QCOMPARE(m_incidents->comment(id, QStringLiteral("looking"), QStringLiteral("alex"), m_t0 + kMinute), QString());
        QCOMPARE(m_incidents->resolve(id, QStringLiteral("alex"), m_t0 + 20 * kMinute), QString());
        QVERIFY(m_rcas->save(*m_rcas->rcaFor(id), 0, QStringLiteral("alex"), m_t0 + 25 * kMinute).error.isEmpty());
        QCOMPARE(m_catalog->savePlaybook(QStringLiteral("pb_aid_latency"),
                                         m_catalog->playbook(QStringLiteral("pb_aid_latency"))->markdown + QStringLiteral("5. New step\n"),
                                         1, QStringLiteral("sam"))
                     .version,
                 2);

        QString error;
        const auto bundle = collectBundle(id, 5 * kMinute, *m_incidents, *m_catalog, *m_silences, m_rcas.get(), *m_store,
                                          m_t0 + 30 * kMinute, &error);
        QVERIFY2(bundle, qPrintable(error));
        QCOMPARE(bundle->from, m_t0 - 5 * kMinute);
        QCOMPARE(bundle->to, m_t0 + 30 * kMinute); // the review was saved at +25 min: the window reaches it
        QCOMPARE(bundle->playbook->version, 1); // the version in force when it opened, not the newer one
        QVERIFY(bundle->rca);
        QCOMPARE(bundle->rules.size(), std::size_t(1));
        QCOMPARE(bundle->slos.size(), std::size_t(1));

        const QString path = m_dir.filePath(QStringLiteral("incident.hmsbundle"));
        qint64 lastDone = -1;
        const BundleIo saved = saveBundle(*bundle, path, [&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        });
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QVERIFY(lastDone > 0);

        // Opened with nothing else: a fresh store and no database.
        BundleIo io;
        auto loaded = loadBundle(path, &io);
        QVERIFY2(loaded, qPrintable(io.error));
        const auto events = m_incidents->events(id);
        QCOMPARE(loaded->events.size(), events.size());
        for (std::size_t i = 0; i < events.size(); ++i) {
            QCOMPARE(loaded->events[i].id, events[i].id);
            QCOMPARE(loaded->events[i].at, events[i].at);
            QCOMPARE(loaded->events[i].kind, events[i].kind);
            QCOMPARE(loaded->events[i].message, events[i].message);
            QCOMPARE(loaded->events[i].data, events[i].data);
        }
        QCOMPARE(loaded->incident.toJson(), m_incidents->incident(id)->toJson());
        QCOMPARE(loaded->rca->toJson(), bundle->rca->toJson());
        QCOMPARE(loaded->playbook->markdown, bundle->playbook->markdown);

        ReplaySession session(std::move(*loaded));
        const SeriesKey key{kMetric, kSeriesLabels};
        const auto original = m_store->range(key, bundle->from - 1, bundle->to);
        QCOMPARE(original.size(), std::size_t(35)); // one a minute from -5 to +29 min
        QCOMPARE(session.store().range(key, bundle->from - 1, bundle->to), original);
        QCOMPARE(session.store().exemplars(key, bundle->from - 1, bundle->to), m_store->exemplars(key, bundle->from - 1, bundle->to));
        QVERIFY(session.warnings().isEmpty());
    }

    void damagedNewerAndCancelledBundlesAreClearErrors()
    {
        const qint64 id = fire();
        QString error;
        const auto bundle = collectBundle(id, kMinute, *m_incidents, *m_catalog, *m_silences, m_rcas.get(), *m_store,
                                          m_t0 + 10 * kMinute, &error);
        QVERIFY(bundle);
        const QByteArray bytes = encodeBundle(*bundle);
        // HMS_WRITE_FUZZ_SEED=DIR refreshes the fuzzer's seed of a valid bundle.
        if (const QString seed = qEnvironmentVariable("HMS_WRITE_FUZZ_SEED"); !seed.isEmpty()) {
            QFile out(seed + QStringLiteral("/valid.bin"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        BundleIo io;
        QVERIFY(decodeBundle(bytes, &io));

        QByteArray newer = bytes;
        newer[19] = 2; // format version 2
        QVERIFY(!decodeBundle(newer, &io));
        QVERIFY2(io.error.contains(QStringLiteral("format version 2, newer")), qPrintable(io.error));

        QVERIFY(!decodeBundle(bytes.left(bytes.size() - 30), &io));
        QVERIFY2(io.error.contains(QStringLiteral("cut short")), qPrintable(io.error));

        QByteArray flipped = bytes;
        flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 0x40);
        QVERIFY(!decodeBundle(flipped, &io));
        QVERIFY2(io.error.contains(QStringLiteral("checksum")), qPrintable(io.error));

        QByteArray text = bytes;
        text.replace("\r\n\x1a\n", "\n\x1a\n"); // a text-mode copy
        QVERIFY(!decodeBundle(text, &io));
        QVERIFY2(io.error.contains(QStringLiteral("copied as text")), qPrintable(io.error));

        // A section claiming 21 million samples in 5 MB of zero bits (a valid Gorilla stream that
        // deflates to a few KB) is refused by its count, before anything is allocated for it.
        {
            auto u32 = [](quint32 v) {
                QByteArray b(4, Qt::Uninitialized);
                qToBigEndian(v, b.data());
                return b;
            };
            const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                                {QStringLiteral("count"), 21'000'000LL}})
                                          .toJson(QJsonDocument::Compact);
            const QByteArray plain = u32(quint32(header.size())) + header + QByteArray(5'300'000, '\0');
            uLongf size = compressBound(uLong(plain.size()));
            QByteArray deflated(qsizetype(size), Qt::Uninitialized);
            QCOMPARE(compress2(reinterpret_cast<Bytef *>(deflated.data()), &size, reinterpret_cast<const Bytef *>(plain.constData()),
                               uLong(plain.size()), 6),
                     Z_OK);
            deflated.resize(qsizetype(size));
            const QByteArray payload = u32(quint32(plain.size())) + deflated;
            uLong crc = crc32(0L, Z_NULL, 0);
            crc = crc32(crc, reinterpret_cast<const Bytef *>("SERS"), 4);
            crc = crc32(crc, reinterpret_cast<const Bytef *>(payload.constData()), uInt(payload.size()));
            const qsizetype endOfMeta = bytes.indexOf("SERS");
            QVERIFY(endOfMeta > 0);
            const QByteArray bomb = bytes.left(endOfMeta) + "SERS" + u32(quint32(payload.size())) + payload + u32(quint32(crc));
            QVERIFY(!decodeBundle(bomb, &io));
            QVERIFY2(io.error.contains(QStringLiteral("past what a bundle holds")), qPrintable(io.error));
        }
        // The writer refuses what a reader would: here a window that does not start.
        IncidentBundle noWindow = *bundle;
        noWindow.from = 0;
        BundleIo refused;
        QVERIFY(encodeBundle(noWindow, {}, &refused).isEmpty());
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("window")), qPrintable(refused.error));

        QVERIFY(!decodeBundle(QByteArrayView("PK\x03\x04 a zip"), &io));
        QVERIFY2(io.error.contains(QStringLiteral("not an HMS Ops Center incident bundle")), qPrintable(io.error));

        // Cancel: no file left behind, and an existing file is untouched.
        const QString path = m_dir.filePath(QStringLiteral("cancelled.hmsbundle"));
        BundleIo cancelled = saveBundle(*bundle, path, [](qint64, qint64) { return false; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(!QFile::exists(path));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous");
        }
        int calls = 0;
        cancelled = saveBundle(*bundle, path, [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(cancelled.cancelled);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous"));
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("cancelled.hmsbundle")});
    }

    void replayShowsTheIncidentAsItStoodAtTheCursor()
    {
        const qint64 id = fire();
        QCOMPARE(m_incidents->acknowledge(id, QStringLiteral("alex"), m_t0 + 2 * kMinute), QString());
        QCOMPARE(m_incidents->resolve(id, QStringLiteral("alex"), m_t0 + 10 * kMinute), QString());
        QString error;
        auto bundle = collectBundle(id, 5 * kMinute, *m_incidents, *m_catalog, *m_silences, m_rcas.get(), *m_store,
                                    m_t0 + 30 * kMinute, &error);
        QVERIFY(bundle);
        ReplaySession session(std::move(*bundle));
        QVERIFY(!session.incidentAt(m_t0 - kMinute));
        QCOMPARE(session.incidentAt(m_t0 + kMinute)->state, Incident::State::Triggered);
        QCOMPARE(session.incidentAt(m_t0 + 3 * kMinute)->state, Incident::State::Acknowledged);
        QCOMPARE(session.incidentAt(m_t0 + 11 * kMinute)->state, Incident::State::Resolved);

        // The chart and the stat follow the cursor: ok before it fired, firing while open.
        auto chartOf = [&](TimestampMs t) {
            const auto frame = session.frameAt(t, [](size_t) { return 400; });
            for (std::size_t i = 0; i < session.dashboard().tiles.size(); ++i)
                if (session.dashboard().tiles[i].kind == DashboardTile::Kind::Chart)
                    return frame->tiles[i].data;
            return TileData{};
        };
        QCOMPARE(chartOf(m_t0 - 2 * kMinute).state, TileData::State::Ok);
        QCOMPARE(chartOf(m_t0 + kMinute).state, TileData::State::Firing);
        QCOMPARE(chartOf(m_t0 + 3 * kMinute).state, TileData::State::Acknowledged);
        QVERIFY(chartOf(m_t0 + kMinute).lines.front().points.back().t <= m_t0 + kMinute);

        // Moments: next / previous event, annotations among them.
        QCOMPARE(*session.nextMomentAfter(m_t0 - kMinute), m_t0);
        QCOMPARE(*session.previousMomentBefore(m_t0 + 3 * kMinute), m_t0 + 2 * kMinute);
        session.addAnnotation(m_t0 + 5 * kMinute, QStringLiteral("replicas scaled"), QStringLiteral("analyst"), m_t0);
        QCOMPARE(*session.nextMomentAfter(m_t0 + 3 * kMinute), m_t0 + 5 * kMinute);
        const auto moments = session.moments();
        QVERIFY(std::any_of(moments.begin(), moments.end(), [](const auto &m) { return m.kind == u"annotation"; }));
        QVERIFY(!session.nextMomentAfter(m_t0 + 11 * kMinute));
    }

    void replayFoldsEventsByTimeNotByOrder()
    {
        IncidentBundle b;
        b.from = m_t0 - kMinute;
        b.to = m_t0 + 10 * kMinute;
        b.incident.id = 7;
        b.incident.openedAt = m_t0;
        b.incident.assignee = QStringLiteral("sam"); // as it ended
        b.incident.state = Incident::State::Resolved;
        b.incident.resolvedAt = m_t0 + 5 * kMinute;
        auto event = [](qint64 id, TimestampMs at, const char *kind, QJsonObject data) {
            return IncidentEvent{id, 7, at, QString::fromLatin1(kind), QString::fromLatin1(kind), std::move(data)};
        };
        b.events = {event(1, m_t0, "fired", {}),
                    event(2, m_t0 + kMinute, "assigned", {{QStringLiteral("assignee"), QStringLiteral("alex")}, {QStringLiteral("pager"), QStringLiteral("149")}}),
                    event(3, m_t0 + 3 * kMinute, "reassigned", {{QStringLiteral("from"), QStringLiteral("alex")}, {QStringLiteral("to"), QStringLiteral("sam")}}),
                    // recorded later, stamped earlier: it still counts at its time
                    event(4, m_t0 + 2 * kMinute, "acknowledged", {{QStringLiteral("by"), QStringLiteral("alex")}}),
                    event(5, m_t0 + 5 * kMinute, "resolved", {{QStringLiteral("by"), QStringLiteral("alert")}})};
        ReplaySession session(std::move(b));
        QCOMPARE(session.incidentAt(m_t0 + 30'000)->assignee, QString()); // not yet assigned
        QCOMPARE(session.incidentAt(m_t0 + 90'000)->assignee, QStringLiteral("alex"));
        QCOMPARE(session.incidentAt(m_t0 + 90'000)->assigneePager, QStringLiteral("149"));
        QCOMPARE(session.incidentAt(m_t0 + 150'000)->state, Incident::State::Acknowledged);
        QCOMPARE(session.incidentAt(m_t0 + 200'000)->assignee, QStringLiteral("sam"));
        QCOMPARE(session.incidentAt(m_t0 + 6 * kMinute)->state, Incident::State::Resolved);
    }

    void duplicatesAndLimitsAreHandledOnce()
    {
        const qint64 id = fire();
        QVERIFY(m_incidents->acknowledgeMany({id, id}, QStringLiteral("alex"), m_t0 + 1000).empty());
        const auto events = m_incidents->events(id);
        QCOMPARE(std::count_if(events.begin(), events.end(), [](const IncidentEvent &e) { return e.kind == u"acknowledged"; }), 1);
        // exemplarsWithTrace: the oldest `limit`, across series.
        std::vector<PushedSample> later{{kMetric, {{QStringLiteral("pod"), QStringLiteral("a")}}, 1, m_t0 + kMinute, QStringLiteral("trace-abc"), PushedSample::Kind::Gauge}};
        m_store->applyPushed(later, m_t0 + kMinute);
        const auto one = m_store->exemplarsWithTrace(QStringLiteral("trace-abc"), 1);
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(one.front().second.t, m_t0 - kMinute);
        QCOMPARE(m_store->exemplarsWithTrace(QStringLiteral("trace-abc"), 10).size(), std::size_t(2));
    }

    void rotationsWrittenAsYamlReadBackTheSame()
    {
        for (const char *file : {"fema_oncall.yml", "fema_oncall_layered.yml"}) {
            const auto parsed = parseRotation(example(file), QString::fromLatin1(file));
            QVERIFY(parsed.rotation);
            const QByteArray yaml = rotationToYaml(*parsed.rotation);
            const auto again = parseRotation(yaml, QStringLiteral("written.yml"));
            QVERIFY2(again.rotation, again.errors.empty() ? "" : qPrintable(again.errors.front().toString() + u'\n' + QString::fromUtf8(yaml)));
            const Rotation &a = *parsed.rotation;
            const Rotation &b = *again.rotation;
            QCOMPARE(b.layers.size(), a.layers.size());
            QCOMPARE(b.overrides.size(), a.overrides.size());
            const TimestampMs start = QDateTime(QDate(2026, 10, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            for (TimestampMs t = start; t < start + 40LL * 86'400'000; t += 1'800'000) {
                const auto wa = a.memberIndexAt(t);
                const auto wb = b.memberIndexAt(t);
                QCOMPARE(wa.has_value(), wb.has_value());
                if (wa)
                    QCOMPARE(b.members.at(std::size_t(*wb)).name, a.members.at(std::size_t(*wa)).name);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIncidentCommand)
#include "tst_incidentcommand.moc"
