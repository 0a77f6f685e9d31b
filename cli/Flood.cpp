// `opsctl demo flood`: the seed's flood_latency.py lab. Sends one metric at a steady rate over
// StatsD, through the same one-line client services use.
#include "Commands.h"

#include <ops/metric.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <string>

namespace opsctl {

int demoFlood(Context &ctx, QStringList args)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("opsctl", text); };
    const QString metric = takeOption(args, QStringLiteral("--metric"), QStringLiteral("aid_form.latency_ms"));
    bool okValue = false, okRate = false, okSeconds = false;
    const double value = takeOption(args, QStringLiteral("--value"), QStringLiteral("1500")).toDouble(&okValue);
    const double rate = takeOption(args, QStringLiteral("--rate"), QStringLiteral("50")).toDouble(&okRate);
    const double seconds = takeOption(args, QStringLiteral("--seconds"), QStringLiteral("150")).toDouble(&okSeconds);
    QString target = takeOption(args, QStringLiteral("--statsd"));
    if (target.isEmpty() && ctx.endpoints.statsdPort != 0)
        target = QStringLiteral("%1:%2").arg(ctx.endpoints.statsdHost).arg(ctx.endpoints.statsdPort);
    if (!args.isEmpty() || !okValue || !okRate || !okSeconds || rate <= 0 || rate > 1e6 || seconds <= 0
        || seconds > 86400 || target.isEmpty()) {
        ctx.err << tr("usage: opsctl demo flood --metric NAME --value V --rate PER_SECOND --seconds S "
                      "[--statsd HOST:PORT]  (rate 0..1e6, seconds 0..86400; the StatsD address comes from "
                      "the running instance unless --statsd is given)\n");
        return 2;
    }
    const ops::metric::Client client(target.toStdString());
    if (!client.valid()) {
        ctx.err << tr("opsctl: --statsd: \"%1\" is not a numeric IPv4 HOST:PORT\n").arg(target);
        return 2;
    }
    const std::string line = ops::metric::Client::format(metric.toStdString(), value, "ms", {}, {}) + '\n';
    const qint64 total = qint64(rate * seconds);
    ctx.out << tr("flooding %1=%2 at %3/s for %4 s to %5 (%6 samples)\n")
                   .arg(metric)
                   .arg(value)
                   .arg(rate)
                   .arg(seconds)
                   .arg(target)
                   .arg(total);
    ctx.out.flush();
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    std::string datagram;
    while (sent < total) {
        const qint64 due = std::min<qint64>(total, qint64(double(clock.nsecsElapsed()) / 1e9 * rate) + 1);
        while (sent < due) {
            datagram.clear();
            // Pack lines into datagrams under a typical MTU.
            while (sent < due && datagram.size() + line.size() < 1400) {
                datagram += line;
                ++sent;
            }
            client.sendRaw(datagram);
        }
        QThread::msleep(5);
    }
    ctx.out << tr("sent %1 samples in %2 s\n").arg(sent).arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
    return 0;
}

} // namespace opsctl
