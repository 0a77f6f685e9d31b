// The outbox against a real Secret Service (see scripts/test.sh) and a local receiver that is
// down, then comes back; and one that refuses for good.
#include "TestOpsDb.h"
#include "incidents/OpsDatabase.h"
#include "notify/Outbox.h"
#include "notify/SecretStore.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hms;

class TestOutbox : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_service = QStringLiteral("hms-ops-test-") + QUuid::createUuid().toString(QUuid::Id128);

    bool storeSecret(SecretStore &secrets, const QString &key, const QString &value)
    {
        QSignalSpy done(this, &TestOutbox::secretStored);
        secrets.write(key, value, this, [this](bool ok, const QString &error) {
            if (!ok)
                qWarning("keychain: %s", qPrintable(error));
            Q_EMIT secretStored(ok);
        });
        return done.wait(10000) && done.first().first().toBool();
    }

Q_SIGNALS:
    void secretStored(bool ok);

private Q_SLOTS:
    void backoff_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("first retry") << 1 << qint64(500);
        QTest::addRow("second") << 2 << qint64(1000);
        QTest::addRow("fifth") << 5 << qint64(8000);
        QTest::addRow("capped") << 30 << qint64(60000);
    }
    void backoff()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, expected);
        QCOMPARE(Outbox::backoffMs(attempts), expected);
    }

    void keychainRoundTrip()
    {
        SecretStore secrets(m_service);
        QVERIFY(storeSecret(secrets, QStringLiteral("round"), QStringLiteral("https://hooks.example/x")));
        QSignalSpy read(this, &TestOutbox::secretStored);
        QString value;
        secrets.read(QStringLiteral("round"), this, [&](bool ok, const QString &v, const QString &) {
            value = v;
            Q_EMIT secretStored(ok);
        });
        QVERIFY(read.wait(10000));
        QCOMPARE(value, QStringLiteral("https://hooks.example/x"));
    }

    void receiverDownThenBackGetsTheMessage()
    {
        // Reserve a free port, then close it: the receiver is "down".
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        QString error;
        QSqlDatabase db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops.db")), QStringLiteral("outbox1"), &error);
        QVERIFY(db.isValid());
        SecretStore secrets(m_service);
        QVERIFY(storeSecret(secrets, QStringLiteral("slack_webhook"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port)));
        Outbox outbox(db, secrets);
        outbox.start();
        QSignalSpy failed(&outbox, &Outbox::attemptFailed);
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        const qint64 id = outbox.enqueue(7, QStringLiteral("slack"), QStringLiteral("slack_webhook"),
                                         QJsonObject{{QStringLiteral("text"), QStringLiteral("hello")}});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(5).toBool(), true); // will retry
        QCOMPARE(outbox.message(id)->state, OutboxMessage::State::Pending);
        QVERIFY(!outbox.message(id)->lastError.isEmpty());

        // The receiver comes back on the same port.
        QByteArray got;
        QHttpServer receiver;
        receiver.route(QStringLiteral("/hook"), [&got](const QHttpServerRequest &req) {
            got = req.body();
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        QCOMPARE(receiver.listen(QHostAddress::LocalHost, port), port);
        QVERIFY(delivered.wait(15000));
        QCOMPARE(delivered.first().at(1).toLongLong(), 7);
        QCOMPARE(QJsonDocument::fromJson(got).object().value(QStringLiteral("text")).toString(), QStringLiteral("hello"));
        const auto m = outbox.message(id);
        QCOMPARE(m->state, OutboxMessage::State::Sent);
        QVERIFY(m->attempts >= 2);
    }

    void clientErrorIsADeadLetter()
    {
        bool fixed = false; // the token is wrong until someone fixes it at the receiver
        QHttpServer receiver;
        quint16 port = 0;
        // The receiver echoes the URL it was called on, JSON-escaped, as some do.
        receiver.route(QStringLiteral("/hook/T0SECRET123"), [&fixed, &port] {
            if (fixed)
                return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
            return QHttpServerResponse(
                QByteArrayLiteral("application/json"),
                QStringLiteral(R"({"error":"invalid_token","url":"http:\/\/127.0.0.1:%1\/hook\/T0SECRET123","path":"/hook/T0SECRET123"})")
                    .arg(port)
                    .toUtf8(),
                QHttpServerResponder::StatusCode::Forbidden);
        });
        port = receiver.listen(QHostAddress::LocalHost, 0);
        QString error;
        QSqlDatabase db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops2.db")), QStringLiteral("outbox2"), &error);
        SecretStore secrets(m_service);
        QVERIFY(storeSecret(secrets, QStringLiteral("dead_hook"), QStringLiteral("http://127.0.0.1:%1/hook/T0SECRET123").arg(port)));
        Outbox outbox(db, secrets);
        outbox.start();
        QSignalSpy failed(&outbox, &Outbox::attemptFailed);
        const qint64 id = outbox.enqueue(1, QStringLiteral("slack"), QStringLiteral("dead_hook"), {});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(5).toBool(), false);
        const auto m = outbox.message(id);
        QCOMPARE(m->state, OutboxMessage::State::Dead);
        QVERIFY2(m->lastError.contains(QStringLiteral("403")) && m->lastError.contains(QStringLiteral("invalid_token")),
                 qPrintable(m->lastError));
        // The webhook's URL is its secret: the stored error (shown on the timeline and served by
        // the API) says where it failed, scheme and host, and nothing of the path.
        QVERIFY2(!m->lastError.contains(QStringLiteral("T0SECRET123")) && m->lastError.contains(QStringLiteral("http://127.0.0.1/…")),
                 qPrintable(m->lastError));
        // Fixed at the receiver: the dead letter is sent again by hand, and arrives.
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        fixed = true;
        QCOMPARE(outbox.retry(id), QString());
        QVERIFY(delivered.wait(10000));
        QCOMPARE(outbox.message(id)->state, OutboxMessage::State::Sent);
        QCOMPARE(outbox.message(id)->attempts, 1);
        // Only dead letters can be retried.
        QCOMPARE(outbox.retry(id), QStringLiteral("notification #%1 is sent; only dead letters can be retried").arg(id));
        QCOMPARE(outbox.retry(999999), QStringLiteral("no notification #999999"));
    }

    void stormsAreRateLimitedPerChannelAndNothingIsLost()
    {
        QElapsedTimer clock;
        clock.start();
        QList<std::pair<QString, qint64>> got; // (path, ms since start)
        QHttpServer receiver;
        receiver.route(QStringLiteral("/<arg>"), [&got, &clock](const QString &path) {
            got << std::pair(path, clock.elapsed());
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        QString error;
        QSqlDatabase db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops4.db")), QStringLiteral("outbox4"), &error);
        SecretStore secrets(m_service);
        QVERIFY(storeSecret(secrets, QStringLiteral("storm_hook"), QStringLiteral("http://127.0.0.1:%1/storm").arg(port)));
        QVERIFY(storeSecret(secrets, QStringLiteral("calm_hook"), QStringLiteral("http://127.0.0.1:%1/calm").arg(port)));
        Outbox outbox(db, secrets);
        outbox.setRateLimit(QStringLiteral("webhook"), 10, 5); // 10 a second after a burst of 5
        outbox.start();
        for (int i = 0; i < 30; ++i)
            outbox.enqueue(100 + i, QStringLiteral("webhook"), QStringLiteral("storm_hook"), {{QStringLiteral("n"), i}});
        outbox.enqueue(1, QStringLiteral("slack"), QStringLiteral("calm_hook"), {});
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 31, 20000); // nothing lost
        QStringList order;
        std::vector<qint64> storm;
        for (const auto &[path, at] : got) {
            order << path;
            if (path == u"storm")
                storm.push_back(at);
        }
        QCOMPARE(storm.size(), size_t(30));
        // A burst of 5, then 25 more at 10 a second: the last is sent 2.5 s after the first, never
        // sooner. Measured from the first arrival (the one with no queue ahead of it), so that a
        // slow store write delaying the burst's tail (PostgreSQL) does not shorten the span.
        QVERIFY2(storm.back() - storm.front() >= 2400, qPrintable(QString::number(storm.back() - storm.front())));
        // The other channel is not held behind the storm.
        QVERIFY2(order.indexOf(QStringLiteral("calm")) < 20, qPrintable(order.join(u' ')));
        // The receiver has them all; the outbox marks each sent when the answer is back.
        auto allSent = [&outbox] {
            const std::vector<OutboxMessage> all = outbox.messages(100);
            return all.size() == 31
                && std::all_of(all.begin(), all.end(), [](const OutboxMessage &m) { return m.state == OutboxMessage::State::Sent; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allSent(), 5000);
    }

    void throttledReceiverIsRetriedAfterItsRetryAfter()
    {
        QElapsedTimer clock;
        clock.start();
        std::vector<qint64> attempts; // ms since start
        QHttpServer receiver;
        receiver.route(QStringLiteral("/hook"), [&attempts, &clock] {
            attempts.push_back(clock.elapsed());
            if (attempts.size() == 1) {
                QHttpServerResponse r(QByteArrayLiteral("text/plain"), QByteArrayLiteral("slow down"),
                                      QHttpServerResponder::StatusCode::TooManyRequests);
                r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2"));
                return r;
            }
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        QString error;
        QSqlDatabase db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops5.db")), QStringLiteral("outbox5"), &error);
        SecretStore secrets(m_service);
        QVERIFY(storeSecret(secrets, QStringLiteral("throttled_hook"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port)));
        Outbox outbox(db, secrets);
        outbox.start();
        QSignalSpy failed(&outbox, &Outbox::attemptFailed);
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        const qint64 id = outbox.enqueue(1, QStringLiteral("slack"), QStringLiteral("throttled_hook"), {});
        QVERIFY(delivered.wait(15000));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(3).toString().contains(QStringLiteral("429")), qPrintable(failed.first().at(3).toString()));
        QCOMPARE(failed.first().at(5).toBool(), true);
        QCOMPARE(attempts.size(), size_t(2));
        // The first backoff alone would be 250..500 ms; Retry-After: 2 wins.
        QVERIFY2(attempts.at(1) - attempts.at(0) >= 1950, qPrintable(QString::number(attempts.at(1) - attempts.at(0))));
        QCOMPARE(outbox.message(id)->attempts, 2);
    }

    void hungReceiverTimesOutAndTheMessageIsSentLater()
    {
        // The first connection is accepted and never answered; later ones get a 200.
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        int connections = 0;
        QList<QTcpSocket *> hung;
        connect(&receiver, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = receiver.nextPendingConnection()) {
                if (++connections == 1) {
                    hung << socket; // reads nothing, answers nothing
                    continue;
                }
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().isEmpty() && socket->property("answered").isNull()) {
                        socket->setProperty("answered", true);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        QString error;
        QSqlDatabase db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops6.db")), QStringLiteral("outbox6"), &error);
        SecretStore secrets(m_service);
        QVERIFY(storeSecret(secrets, QStringLiteral("hung_hook"), QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.serverPort())));
        Outbox outbox(db, secrets);
        outbox.setRequestTimeoutMs(500);
        outbox.start();
        QSignalSpy failed(&outbox, &Outbox::attemptFailed);
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        QElapsedTimer clock;
        clock.start();
        const qint64 id = outbox.enqueue(1, QStringLiteral("webhook"), QStringLiteral("hung_hook"), {});
        QVERIFY(failed.wait(5000));
        QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed()))); // not before the timeout
        QCOMPARE(failed.first().at(5).toBool(), true);                                 // a hang is retried
        QVERIFY(delivered.wait(5000));
        QCOMPARE(outbox.message(id)->state, OutboxMessage::State::Sent);
        QCOMPARE(outbox.message(id)->attempts, 2);
        QCOMPARE(connections, 2);
        qDeleteAll(hung);
    }

    void secretsFileIsOwnerOnlyAndRoundTrips()
    {
        const QString path = m_dir.filePath(QStringLiteral("secrets.json"));
        const std::unique_ptr<SecretStore> secrets = SecretStore::inFile(path);
        QVERIFY(storeSecret(*secrets, QStringLiteral("slack_webhook"), QStringLiteral("https://hooks.example/a")));
        QVERIFY(storeSecret(*secrets, QStringLiteral("webhook_url"), QStringLiteral("https://hooks.example/b")));
        const QFileDevice::Permissions modeBits(0x7777 & ~0x0700); // owner, group, other (not "user")
        QCOMPARE(QFile::permissions(path) & modeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSignalSpy read(this, &TestOutbox::secretStored);
        QString value, problem;
        secrets->read(QStringLiteral("slack_webhook"), this, [&](bool ok, const QString &v, const QString &) {
            value = v;
            Q_EMIT secretStored(ok);
        });
        QVERIFY(read.wait(1000));
        QCOMPARE(read.first().first().toBool(), true);
        QCOMPARE(value, QStringLiteral("https://hooks.example/a"));

        // Removed: "not set", and the other secret stays.
        read.clear();
        secrets->remove(QStringLiteral("slack_webhook"), this, [this](bool ok, const QString &) { Q_EMIT secretStored(ok); });
        QVERIFY(read.wait(1000));
        QCOMPARE(read.first().first().toBool(), true);
        read.clear();
        secrets->read(QStringLiteral("slack_webhook"), this, [&](bool ok, const QString &, const QString &e) {
            problem = e;
            Q_EMIT secretStored(ok);
        });
        QVERIFY(read.wait(1000));
        QCOMPARE(read.first().first().toBool(), false);
        QCOMPARE(problem, QStringLiteral("not set"));

        // A file others can read is refused, by name, and is not touched.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
        read.clear();
        secrets->write(QStringLiteral("webhook_url"), QStringLiteral("https://hooks.example/c"), this,
                       [&](bool ok, const QString &e) {
                           problem = e;
                           Q_EMIT secretStored(ok);
                       });
        QVERIFY(read.wait(1000));
        QCOMPARE(read.first().first().toBool(), false);
        QVERIFY2(problem.contains(path) && problem.contains(QStringLiteral("chmod 600")), qPrintable(problem));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("https://hooks.example/b"));
    }

    void damagedSecretsFileIsNeverOverwritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"webhook_url\": \"https://hooks.example/b\"");
        file.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const std::unique_ptr<SecretStore> secrets = SecretStore::inFile(path);
        QString problem;
        QSignalSpy done(this, &TestOutbox::secretStored);
        secrets->write(QStringLiteral("slack_webhook"), QStringLiteral("https://hooks.example/a"), this,
                       [&](bool ok, const QString &e) {
                           problem = e;
                           Q_EMIT secretStored(ok);
                       });
        QVERIFY(done.wait(1000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(problem.startsWith(path + QStringLiteral(": offset ")), qPrintable(problem));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("{\"webhook_url\": \"https://hooks.example/b\""));
    }

    void missingSecretKeepsTheMessage()
    {
        QString error;
        QSqlDatabase db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops3.db")), QStringLiteral("outbox3"), &error);
        SecretStore secrets(m_service);
        Outbox outbox(db, secrets);
        outbox.start();
        QSignalSpy failed(&outbox, &Outbox::attemptFailed);
        const qint64 id = outbox.enqueue(1, QStringLiteral("slack"), QStringLiteral("never_set"), {});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(5).toBool(), true);
        QCOMPARE(outbox.message(id)->state, OutboxMessage::State::Pending);
        QVERIFY(outbox.message(id)->lastError.contains(QStringLiteral("never_set")));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
