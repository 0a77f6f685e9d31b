#include "incidents/Playbook.h"

#include <QCoreApplication>
#include <QFileInfo>

// Reading rules (tested in tst_playbook):
// - Lines are split on '\n' with a trailing '\r' removed.
// - Lines inside fenced code blocks (``` or ~~~, indented by at most 3 spaces) are neither
//   headings nor steps: a "# comment" in a shell snippet is not a title.
// - A heading is an ATX heading: 1-6 '#', then a space or tab (or the end of the line); its text
//   is trimmed and loses an optional closing run of '#'.
// - A step is a line matching ^\s*\d+[.)]\s+(.*) with ASCII digits, at most 9 of them
//   (CommonMark's limit); the captured text is trimmed, and empty items are skipped.
// - The id comes from the first first-level heading "# Playbook: <id>" ("playbook" in any case).

namespace hms {

namespace {

constexpr qsizetype kMaxBytes = 1024 * 1024;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isValidId(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isAsciiDigit(c) || c == u'_'
            || c == u'.' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

// Returns the fence string ("```" or "~~~" with its full length) if the line opens/closes a fence.
QStringView fenceOf(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && line[indent] == u' ' && indent < 4)
        ++indent;
    if (indent > 3 || indent >= line.size())
        return {};
    const QChar ch = line[indent];
    if (ch != u'`' && ch != u'~')
        return {};
    qsizetype end = indent;
    while (end < line.size() && line[end] == ch)
        ++end;
    if (end - indent < 3)
        return {};
    return line.sliced(indent, end - indent);
}

// ATX heading: returns its level (1-6) and text, or level 0.
int headingOf(QStringView line, QStringView *text)
{
    qsizetype indent = 0;
    while (indent < line.size() && line[indent] == u' ' && indent < 4)
        ++indent;
    if (indent > 3)
        return 0;
    qsizetype pos = indent;
    while (pos < line.size() && line[pos] == u'#')
        ++pos;
    const qsizetype level = pos - indent;
    if (level < 1 || level > 6 || (pos < line.size() && !isSpace(line[pos])))
        return 0;
    QStringView t = line.sliced(pos).trimmed();
    // An optional closing sequence: spaces then '#'s at the end.
    qsizetype end = t.size();
    while (end > 0 && t[end - 1] == u'#')
        --end;
    if (end == 0 || (end < t.size() && isSpace(t[end - 1])))
        t = t.first(end).trimmed();
    *text = t;
    return int(level);
}

// ^\s*\d+[.)]\s+(.*)
bool stepOf(QStringView line, QStringView *text)
{
    qsizetype pos = 0;
    while (pos < line.size() && line[pos].isSpace())
        ++pos;
    const qsizetype digitsStart = pos;
    while (pos < line.size() && isAsciiDigit(line[pos]))
        ++pos;
    if (pos == digitsStart || pos - digitsStart > 9)
        return false;
    if (pos >= line.size() || (line[pos] != u'.' && line[pos] != u')'))
        return false;
    ++pos;
    if (pos >= line.size() || !line[pos].isSpace())
        return false;
    *text = line.sliced(pos).trimmed();
    return true;
}

qsizetype utf8Size(const QString &s)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

} // namespace

PlaybookParseResult parsePlaybook(const QString &markdown, const QString &fileName)
{
    PlaybookParseResult out;
    // UTF-8 is never shorter than the UTF-16 code unit count, so the first test bounds the second.
    if (markdown.size() > kMaxBytes || utf8Size(markdown) > kMaxBytes) {
        out.error = QCoreApplication::translate("hms::Playbook", "the playbook is larger than 1 MiB");
        return out;
    }
    if (markdown.trimmed().isEmpty()) {
        out.error = QCoreApplication::translate("hms::Playbook", "the playbook is empty");
        return out;
    }
    Playbook &pb = out.playbook;
    pb.markdown = markdown;

    QStringView headingId;
    bool haveHeadingId = false;
    QStringView fence;
    const QStringView doc(markdown);
    qsizetype pos = 0;
    while (pos <= doc.size()) {
        qsizetype nl = doc.indexOf(u'\n', pos);
        if (nl < 0)
            nl = doc.size();
        QStringView line = doc.sliced(pos, nl - pos);
        pos = nl + 1;
        if (line.endsWith(u'\r'))
            line.chop(1);

        const QStringView f = fenceOf(line);
        if (!fence.isEmpty()) {
            // Closes on the same character, at least as long.
            if (!f.isEmpty() && f[0] == fence[0] && f.size() >= fence.size() && line.trimmed().size() == f.size())
                fence = {};
            continue;
        }
        if (!f.isEmpty()) {
            fence = f;
            continue;
        }

        QStringView text;
        if (const int level = headingOf(line, &text)) {
            if (pb.title.isEmpty() && !text.isEmpty())
                pb.title = text.toString();
            if (level == 1 && !haveHeadingId && text.size() >= 9
                && text.first(9).compare(u"playbook:", Qt::CaseInsensitive) == 0) {
                headingId = text.sliced(9).trimmed();
                haveHeadingId = true;
            }
            continue;
        }
        if (stepOf(line, &text) && !text.isEmpty())
            pb.steps << text.toString();
    }

    if (haveHeadingId) {
        pb.id = headingId.toString();
        if (!isValidId(headingId)) {
            out.error = QCoreApplication::translate("hms::Playbook",
                "the heading names the playbook \"%1\"; an id may only hold "
                "letters, digits, '_', '.' and '-'")
                            .arg(pb.id);
        }
    } else {
        pb.id = QFileInfo(fileName).completeBaseName();
        if (!isValidId(pb.id)) {
            out.error = QCoreApplication::translate("hms::Playbook",
                "no \"# Playbook: <id>\" heading, and the file name gives the "
                "invalid id \"%1\"")
                            .arg(pb.id);
        }
    }
    return out;
}

} // namespace hms
