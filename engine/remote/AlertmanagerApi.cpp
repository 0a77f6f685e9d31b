#include "remote/AlertmanagerApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hms {

namespace {

bool readStrings(const QJsonValue &value, Labels *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return false;
        (*out)[it.key()] = it.value().toString();
    }
    return true;
}

TimestampMs readTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString isoTime(TimestampMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString ExternalAlert::alertname() const
{
    const auto it = labels.find(QStringLiteral("alertname"));
    return it == labels.end() ? QString() : it->second;
}

QString ExternalAlert::severity() const
{
    const auto it = labels.find(QStringLiteral("severity"));
    return it == labels.end() ? QString() : it->second;
}

AmAlertsResult parseAmAlerts(const QByteArray &body, const QString &source)
{
    AmAlertsResult out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.error = QCoreApplication::translate("hms::AlertmanagerApi", "not JSON (at byte %1: %2)")
                        .arg(parseError.offset)
                        .arg(parseError.errorString());
        return out;
    }
    if (!doc.isArray()) {
        out.error = QCoreApplication::translate("hms::AlertmanagerApi", "expected a list of alerts");
        return out;
    }
    const QJsonArray list = doc.array();
    out.alerts.reserve(std::size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        ExternalAlert a;
        a.source = source;
        a.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
        if (!list.at(i).isObject() || !readStrings(o.value(QStringLiteral("labels")), &a.labels)
            || !readStrings(o.value(QStringLiteral("annotations")), &a.annotations)) {
            out.error = QCoreApplication::translate("hms::AlertmanagerApi",
                                                    "[%1]: expected an alert with labels and annotations as objects of strings")
                            .arg(i);
            out.alerts.clear();
            return out;
        }
        a.startsAt = readTime(o.value(QStringLiteral("startsAt")));
        a.endsAt = readTime(o.value(QStringLiteral("endsAt")));
        a.updatedAt = readTime(o.value(QStringLiteral("updatedAt")));
        a.generatorUrl = o.value(QStringLiteral("generatorURL")).toString();
        const QJsonObject status = o.value(QStringLiteral("status")).toObject();
        a.state = status.value(QStringLiteral("state")).toString();
        for (const QJsonValue &v : status.value(QStringLiteral("silencedBy")).toArray())
            a.silencedBy << v.toString();
        for (const QJsonValue &v : status.value(QStringLiteral("inhibitedBy")).toArray())
            a.inhibitedBy << v.toString();
        out.alerts.push_back(std::move(a));
    }
    return out;
}

QByteArray amSilenceBody(const Labels &matchers, TimestampMs startsAt, TimestampMs endsAt, const QString &createdBy,
                         const QString &comment)
{
    QJsonArray list;
    for (const auto &[name, value] : matchers)
        list.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("value"), value},
                                {QStringLiteral("isRegex"), false},
                                {QStringLiteral("isEqual"), true}});
    return QJsonDocument(QJsonObject{{QStringLiteral("matchers"), list},
                                     {QStringLiteral("startsAt"), isoTime(startsAt)},
                                     {QStringLiteral("endsAt"), isoTime(endsAt)},
                                     {QStringLiteral("createdBy"), createdBy},
                                     {QStringLiteral("comment"), comment}})
        .toJson(QJsonDocument::Compact);
}

QString amSilenceId(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("silenceID")).toString();
}

} // namespace hms
