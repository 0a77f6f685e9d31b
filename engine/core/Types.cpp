#include "core/Types.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace hms {

namespace {
QString escapeLabelValue(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (const QChar c : v) {
        if (c == u'\\')
            out += u"\\\\";
        else if (c == u'"')
            out += u"\\\"";
        else if (c == u'\n')
            out += u"\\n";
        else
            out += c;
    }
    return out;
}
} // namespace

QString formatLabels(const Labels &labels)
{
    if (labels.empty())
        return {};
    QString out = QStringLiteral("{");
    bool first = true;
    for (const auto &[k, v] : labels) {
        if (!first)
            out += u',';
        first = false;
        out += k + u"=\"" + escapeLabelValue(v) + u'"';
    }
    out += u'}';
    return out;
}

QString SeriesKey::toString() const
{
    return name + formatLabels(labels);
}

QString fingerprint(const Labels &labels)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[k, v] : labels) {
        hash.addData(k.toUtf8());
        hash.addData(QByteArrayView("\xff", 1));
        hash.addData(v.toUtf8());
        hash.addData(QByteArrayView("\xfe", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QJsonObject labelsObject(const Labels &labels)
{
    QJsonObject o;
    for (const auto &[k, v] : labels)
        o.insert(k, v);
    return o;
}

Labels labelsFromObject(const QJsonObject &o)
{
    Labels labels;
    for (auto it = o.begin(); it != o.end(); ++it)
        labels.emplace(it.key(), it.value().toString());
    return labels;
}

QString labelsToJson(const Labels &labels)
{
    return QString::fromUtf8(QJsonDocument(labelsObject(labels)).toJson(QJsonDocument::Compact));
}

Labels labelsFromJson(const QString &json)
{
    return labelsFromObject(QJsonDocument::fromJson(json.toUtf8()).object());
}

} // namespace hms
