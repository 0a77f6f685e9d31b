// Small text helpers shared by the wire-format parsers.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace hms {

// A piece of the input for an error message: at most 40 bytes, cut on a character boundary.
QString quoted(QByteArrayView v);
// The offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points over U+10FFFF are invalid); -1 if the text is valid.
qsizetype firstInvalidUtf8(QByteArrayView s);

} // namespace hms
