// Small text helpers shared by the wire-format parsers.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstring>

namespace hms {

// A piece of the input for an error message: at most 40 bytes, cut on a character boundary.
QString quoted(QByteArrayView v);
// The offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points over U+10FFFF are invalid); -1 if the text is valid.
qsizetype firstInvalidUtf8(QByteArrayView s);

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// The line without a trailing '\r' (CRLF input) and without trailing blanks.
inline QByteArrayView trimLineEnd(QByteArrayView line)
{
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    while (!line.isEmpty() && isBlank(line.back()))
        line.chop(1);
    return line;
}

// Calls visit(line, lineNumber) for each '\n'-separated line (1-based numbers, without the
// newline; a last line without one is visited too).
template<typename Visit>
void forEachLine(QByteArrayView text, Visit visit)
{
    const char *data = text.data();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < n) {
        ++lineNo;
        const void *nl = std::memchr(data + pos, '\n', size_t(n - pos));
        const qsizetype end = nl ? qsizetype(static_cast<const char *>(nl) - data) : n;
        visit(QByteArrayView(data + pos, end - pos), lineNo);
        pos = end + 1;
    }
}

} // namespace hms
