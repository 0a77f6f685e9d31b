// Label matchers as Alertmanager has them (silences, inhibition, routes, `amtool --matchers`):
//   name=value   name="value"   name!=value   name=~"regex"   name!~regex
// Label names are [A-Za-z_][A-Za-z0-9_]*. Values are double-quoted with \" \\ \n escapes (any other
// backslash stays as it is, as in Alertmanager, so "\d+" is the regex \d+) or unquoted: a run of
// characters up to a space or one of { } ! = ~ , " ' `. A list is comma-separated, optionally
// inside { }, with a trailing comma allowed; commas inside quotes are data.
//
// Semantics: a missing label equals "" (so foo="" matches a missing foo, foo!="" requires foo to
// be present and non-empty, foo!~"bar" matches a missing foo); a regex is fully anchored
// (foo=~"bar|baz" matches "bar" and "baz", not "barbaz").
//
// Regexes: Alertmanager uses Go's RE2 syntax; we use QRegularExpression (PCRE2), which accepts a
// superset. Anchoring is \A(?:value)\z, as RE2's ^(?:value)$ (RE2's $ is the end of the text;
// PCRE2's would also match before a final newline). So that a silence written here stays valid in
// Alertmanager, the PCRE2-only constructs people actually reach for are refused: lookarounds
// ((?= (?! (?<= (?<!), backreferences (\1..\9, \g, \k), atomic groups ((?>) and control verbs
// ((*...)). Rarer PCRE2-only syntax (possessive quantifiers, (?# comments), (?x)) is accepted.
#pragma once

#include "core/Types.h"

#include <QRegularExpression>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace hms {

struct Matcher {
    enum class Op { Equal, NotEqual, Regex, NotRegex };
    QString name;
    Op op = Op::Equal;
    QString value;
    QRegularExpression re; // Regex/NotRegex: value compiled fully anchored (set by the parsers)

    // Whether the label set satisfies the matcher; a missing label is "".
    bool matches(const Labels &labels) const;
    // name, operator and the value double-quoted with \ " and newlines escaped: job=~"api.*".
    QString toString() const;
};

// "=", "!=", "=~" or "!~".
QString matcherOpText(Matcher::Op op);

struct MatcherParseError {
    int column = 0; // 0-based, in the text given to the parser
    QString message;
};

// One matcher, with optional spaces around it and its operator. On error: nullopt and *error.
std::optional<Matcher> parseMatcher(QStringView text, MatcherParseError *error);
// `{a="b", c=~"d.*",}` or `a="b", c=~"d.*"`: at least one matcher. On error: nullopt and *error.
std::optional<std::vector<Matcher>> parseMatchers(QStringView text, MatcherParseError *error);

// Every matcher matches the labels (true for no matchers).
bool allMatch(const std::vector<Matcher> &matchers, const Labels &labels);
// Every matcher matches the empty label set: such a list would match every alert, and
// Alertmanager refuses it for a silence ("at least one matcher must not match the empty string").
bool matchesEmpty(const std::vector<Matcher> &matchers);

} // namespace hms
