// Alertmanager's label matchers: a small hand-written parser (errors with a 0-based column), anchored
// regexes, and a check that keeps regexes within what RE2 accepts.
#include "alerting/Matcher.h"

#include <QCoreApplication>
#include <algorithm>

namespace hms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hms::Matcher", text);
}

bool isNameChar(QChar c, bool first)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || (!first && c >= u'0' && c <= u'9');
}

// Characters that end an unquoted value (as Alertmanager's matchers lexer reserves them).
bool isReserved(QChar c)
{
    return c.isSpace() || c == u'{' || c == u'}' || c == u'!' || c == u'=' || c == u'~' || c == u',' || c == u'"'
        || c == u'\'' || c == u'`';
}

// The first PCRE2-only construct of a valid pattern that RE2 would refuse: its offset and why.
std::optional<std::pair<qsizetype, QString>> nonPortableConstruct(QStringView p)
{
    auto at = [&](qsizetype i) { return i < p.size() ? p[i] : QChar(); };
    bool inClass = false;
    qsizetype i = 0;
    while (i < p.size()) {
        const QChar c = p[i];
        if (c == u'\\') {
            const QChar d = at(i + 1);
            if (d == u'Q') { // \Q...\E: literal text
                const qsizetype end = p.indexOf(u"\\E", i + 2);
                i = end < 0 ? p.size() : end + 2;
                continue;
            }
            // \1..\9 (inside a class an octal escape for PCRE2, refused by RE2 too), \g and \k
            if ((d >= u'1' && d <= u'9') || (!inClass && (d == u'g' || d == u'k')))
                return std::pair(i,
                    tr("the backreference %1 is not supported by Alertmanager's regular "
                       "expressions (RE2)")
                        .arg(p.mid(i, 2).toString()));
            i += 2;
            continue;
        }
        if (inClass) {
            if (c == u'[' && at(i + 1) == u':') { // [:alpha:]
                const qsizetype end = p.indexOf(u":]", i + 2);
                i = end < 0 ? p.size() : end + 2;
                continue;
            }
            if (c == u']')
                inClass = false;
            ++i;
            continue;
        }
        if (c == u'[') {
            inClass = true;
            ++i;
            if (at(i) == u'^')
                ++i;
            if (at(i) == u']') // a leading ] is literal
                ++i;
            continue;
        }
        if (c == u'(' && at(i + 1) == u'?') {
            const QStringView rest = p.mid(i + 2);
            if (rest.startsWith(u'=') || rest.startsWith(u'!'))
                return std::pair(i,
                    tr("the lookahead %1 is not supported by Alertmanager's regular expressions (RE2)")
                        .arg(p.mid(i, 3).toString()));
            if (rest.startsWith(u"<=") || rest.startsWith(u"<!"))
                return std::pair(i,
                    tr("the lookbehind %1 is not supported by Alertmanager's regular expressions (RE2)")
                        .arg(p.mid(i, 4).toString()));
            if (rest.startsWith(u'>'))
                return std::pair(
                    i, tr("the atomic group (?> is not supported by Alertmanager's regular expressions (RE2)"));
        }
        if (c == u'(' && at(i + 1) == u'*')
            return std::pair(
                i, tr("the control verb (*...) is not supported by Alertmanager's regular expressions (RE2)"));
        ++i;
    }
    return std::nullopt;
}

class Parser {
public:
    Parser(QStringView text, MatcherParseError *error)
        : m_text(text)
        , m_error(error)
    {
    }

    std::optional<Matcher> single()
    {
        skipSpaces();
        auto m = matcher();
        if (!m)
            return std::nullopt;
        skipSpaces();
        if (m_pos != m_text.size())
            return fail(m_pos,
                tr("unexpected text after the matcher (quote a value that contains spaces or "
                   "any of { } ! = ~ , ' ` \")"));
        return m;
    }

    std::optional<std::vector<Matcher>> list()
    {
        std::vector<Matcher> out;
        skipSpaces();
        const bool braced = m_pos < m_text.size() && m_text[m_pos] == u'{';
        if (braced)
            ++m_pos;
        while (true) {
            skipSpaces();
            if (m_pos == m_text.size()) {
                if (braced)
                    return fail(m_pos, tr("expected '}' to close the list of matchers"));
                break;
            }
            if (braced && m_text[m_pos] == u'}')
                break;
            auto m = matcher();
            if (!m)
                return std::nullopt;
            out.push_back(std::move(*m));
            skipSpaces();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos == m_text.size() ? braced : !(braced && m_text[m_pos] == u'}'))
                return fail(m_pos,
                    braced ? tr("expected ',' or '}' after the matcher (quote a value that contains "
                                "spaces or any of { } ! = ~ , ' ` \")")
                           : tr("expected ',' after the matcher (quote a value that contains spaces "
                                "or any of { } ! = ~ , ' ` \")"));
        }
        const qsizetype end = m_pos;
        if (braced) {
            ++m_pos; // the '}'
            skipSpaces();
            if (m_pos != m_text.size())
                return fail(m_pos, tr("unexpected text after '}'"));
        }
        if (out.empty())
            return fail(end, tr("expected at least one matcher"));
        return out;
    }

private:
    std::nullopt_t fail(qsizetype at, const QString &why)
    {
        if (m_error) {
            m_error->column = int(at);
            m_error->message = why;
        }
        return std::nullopt;
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    std::optional<Matcher> matcher()
    {
        Matcher m;
        const qsizetype nameStart = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text[m_pos], m_pos == nameStart))
            ++m_pos;
        m.name = m_text.mid(nameStart, m_pos - nameStart).toString();
        if (m.name.isEmpty())
            return fail(nameStart, tr("expected a label name (letters, digits and _, not starting with a digit)"));
        skipSpaces();
        const qsizetype opStart = m_pos;
        const QStringView op = m_text.mid(m_pos, 2);
        if (op.startsWith(u"=~")) {
            m.op = Matcher::Op::Regex;
        } else if (op.startsWith(u"!=")) {
            m.op = Matcher::Op::NotEqual;
        } else if (op.startsWith(u"!~")) {
            m.op = Matcher::Op::NotRegex;
        } else if (op.startsWith(u'=')) {
            m.op = Matcher::Op::Equal;
        } else {
            return fail(opStart, tr("expected an operator (=, !=, =~ or !~) after the label name %1").arg(m.name));
        }
        m_pos += m.op == Matcher::Op::Equal ? 1 : 2;
        skipSpaces();

        // The value, and for each of its characters the column it came from (for regex errors).
        std::vector<qsizetype> columns;
        qsizetype valueEnd = 0;
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            const qsizetype quote = m_pos++;
            while (m_pos < m_text.size() && m_text[m_pos] != u'"') {
                columns.push_back(m_pos);
                if (m_text[m_pos] == u'\\' && m_pos + 1 < m_text.size()) {
                    const QChar e = m_text[m_pos + 1];
                    if (e == u'n' || e == u'"' || e == u'\\') {
                        ++m_pos;
                        m.value += e == u'n' ? QChar(u'\n') : e;
                    } else {
                        m.value += u'\\'; // Alertmanager keeps a backslash that escapes nothing
                        columns.push_back(++m_pos);
                        m.value += e;
                    }
                } else {
                    m.value += m_text[m_pos];
                }
                ++m_pos;
            }
            if (m_pos >= m_text.size())
                return fail(quote, tr("the value of %1 has no closing quote").arg(m.name));
            valueEnd = m_pos++;
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && !isReserved(m_text[m_pos]))
                columns.push_back(m_pos++);
            m.value = m_text.mid(start, m_pos - start).toString();
            if (m.value.isEmpty())
                return fail(m_pos,
                    tr("expected a value after %1%2 (\"\" for the empty string)").arg(m.name, matcherOpText(m.op)));
            valueEnd = m_pos;
        }

        if (m.op == Matcher::Op::Regex || m.op == Matcher::Op::NotRegex) {
            auto column = [&](qsizetype offset) {
                return offset >= 0 && offset < qsizetype(columns.size()) ? columns[std::size_t(offset)] : valueEnd;
            };
            // Checked alone first: the offset is then into the value, and a stray ')' cannot close
            // the anchoring group.
            const QRegularExpression alone(m.value);
            if (!alone.isValid())
                return fail(column(alone.patternErrorOffset()),
                    tr("invalid regular expression for %1: %2").arg(m.name, alone.errorString()));
            if (const auto bad = nonPortableConstruct(m.value))
                return fail(column(bad->first), bad->second);
            m.re = QRegularExpression(QRegularExpression::anchoredPattern(m.value));
            m.re.optimize();
        }
        return m;
    }

    QStringView m_text;
    MatcherParseError *m_error;
    qsizetype m_pos = 0;
};

} // namespace

bool Matcher::matches(const Labels &labels) const
{
    const auto it = labels.find(name);
    const QString &v = it == labels.end() ? QString() : it->second;
    switch (op) {
    case Op::Equal:
        return v == value;
    case Op::NotEqual:
        return v != value;
    case Op::Regex:
        return re.match(v).hasMatch();
    case Op::NotRegex:
        return !re.match(v).hasMatch();
    }
    return false;
}

QString Matcher::toString() const
{
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += u'"';
    for (const QChar c : value) {
        if (c == u'\\' || c == u'"')
            quoted += u'\\';
        quoted += c == u'\n' ? QStringLiteral("\\n") : QString(c);
    }
    quoted += u'"';
    return name + matcherOpText(op) + quoted;
}

QString matcherOpText(Matcher::Op op)
{
    switch (op) {
    case Matcher::Op::Equal:
        return QStringLiteral("=");
    case Matcher::Op::NotEqual:
        return QStringLiteral("!=");
    case Matcher::Op::Regex:
        return QStringLiteral("=~");
    case Matcher::Op::NotRegex:
        return QStringLiteral("!~");
    }
    return QString();
}

std::optional<Matcher> parseMatcher(QStringView text, MatcherParseError *error)
{
    return Parser(text, error).single();
}

std::optional<std::vector<Matcher>> parseMatchers(QStringView text, MatcherParseError *error)
{
    return Parser(text, error).list();
}

bool allMatch(const std::vector<Matcher> &matchers, const Labels &labels)
{
    return std::all_of(matchers.begin(), matchers.end(), [&](const Matcher &m) { return m.matches(labels); });
}

bool matchesEmpty(const std::vector<Matcher> &matchers)
{
    return allMatch(matchers, Labels());
}

} // namespace hms
