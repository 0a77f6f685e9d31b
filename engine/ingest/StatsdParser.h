// StatsD / DogStatsD line protocol parser. Pure function, no allocation per line beyond the
// output vectors; used by the UDP listener and by its fuzz target.
#pragma once

#include "core/Types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

namespace hms {

enum class StatsdType {
    Counter,      // c
    Gauge,        // g, absolute
    GaugeDelta,   // g with a leading + or -
    Timer,        // ms
    Histogram,    // h
    Distribution, // d
    Set,          // s
};

struct StatsdLine {
    QString name;
    StatsdType type = StatsdType::Counter;
    double value = 0.0;      // the number; for GaugeDelta the signed delta; unused for Set
    QByteArray setMember;    // for Set only: the member as sent
    double sampleRate = 1.0; // from |@rate, 0 < rate <= 1
    Labels tags;             // from |#k:v,k2:v2 ; a tag without ':' gets the value ""
    QString traceId;         // from the tag trace_id:..., which is removed from `tags`
};

// Why a line was rejected; the names are the `reason` label of ops_ingest_rejected_total.
enum class StatsdReject {
    Empty,      // "empty_name"     : no name before ':'
    NoValue,    // "no_value"       : no ':' or nothing after it
    BadValue,   // "bad_value"      : value not a finite number (NaN/Inf are rejected too)
    NoType,     // "no_type"        : missing '|type'
    BadType,    // "bad_type"       : a type other than c, g, ms, h, d, s
    BadRate,    // "bad_sample_rate": @rate not a number in (0, 1]
    BadTags,    // "bad_tags"       : malformed |# section
    NameTooLong,// "name_too_long"  : name over kStatsdMaxNameLength bytes
    BadUtf8,    // "bad_utf8"       : name or tags not valid UTF-8
    BadName,    // "bad_name"       : name contains '@', '#', whitespace or a control character
};

QString statsdRejectReason(StatsdReject r);

struct StatsdParseResult {
    std::vector<StatsdLine> lines;
    std::vector<StatsdReject> rejects; // one entry per rejected line
};

constexpr qsizetype kStatsdMaxNameLength = 1024;

// Parses one datagram: lines separated by '\n' (a trailing '\r' is stripped, empty lines are
// ignored and not counted). A malformed line is skipped and recorded in `rejects`; the other
// lines of the packet are kept. Appends to `out` so a caller can reuse its buffers.
void parseStatsdPacket(QByteArrayView packet, StatsdParseResult &out);

} // namespace hms
