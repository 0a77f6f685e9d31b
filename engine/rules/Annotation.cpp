// Alert annotations: {{ $labels.NAME }} and {{ $value }} expanded per alert, and Go's %v for the
// value, as Prometheus prints it (rules/Rule.h).
#include "rules/Rule.h"

#include <QRegularExpression>
#include <charconv>
#include <cmath>
#include <string>

namespace hms {

QString goFloat(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    // The shortest digits that read back as v, then Go's %g choice between the two layouts.
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    if (ec != std::errc())
        return QString::number(v, 'g', 17);
    const std::string text(buf, end);                  // "-1.4e+03"
    const std::size_t e = text.find('e');
    const bool negative = text[0] == '-';
    std::string digits;                                // "14"
    for (std::size_t i = negative ? 1 : 0; i < e; ++i)
        if (text[i] != '.')
            digits.push_back(text[i]);
    const int exp = std::stoi(text.substr(e + 1));
    std::string out = negative ? "-" : "";
    if (exp < -4 || exp >= 6) {
        out += digits.substr(0, 1);
        if (digits.size() > 1)
            out += '.' + digits.substr(1);
        out += exp < 0 ? "e-" : "e+";
        const int a = std::abs(exp);
        out += (a < 10 ? "0" : "") + std::to_string(a);
    } else if (exp < 0) {
        out += "0." + std::string(std::size_t(-exp - 1), '0') + digits;
    } else if (std::size_t(exp) + 1 >= digits.size()) {
        out += digits + std::string(std::size_t(exp) + 1 - digits.size(), '0');
    } else {
        out += digits.substr(0, std::size_t(exp) + 1) + '.' + digits.substr(std::size_t(exp) + 1);
    }
    return QString::fromStdString(out);
}

QString expandAnnotation(const QString &text, const Labels &labels, double value)
{
    QString out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0) {
            out += text.mid(pos);
            return out;
        }
        out += text.mid(pos, open - pos);
        const QString inner = text.mid(open + 2, close - open - 2).trimmed();
        if (inner == u"$value") {
            out += goFloat(value);
        } else if (inner.startsWith(u"$labels.")) {
            const auto it = labels.find(inner.mid(8));
            if (it != labels.end())
                out += it->second;
        } else {
            out += text.mid(open, close + 2 - open); // not a template we expand: kept as written
        }
        pos = close + 2;
    }
}

} // namespace hms
