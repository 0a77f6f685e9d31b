// Line diffs for version history (playbooks): what changed between two texts, line by line.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace hms {

struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based in the old text; 0 for an added line
    int newLine = 0; // 1-based in the new text; 0 for a removed line
};

// A shortest line diff (longest common subsequence) of `before` and `after`; common head and
// tail lines are matched first, so an edit in a long document costs its changed region. A
// changed region over 4 million line pairs is shown as removed then added, not aligned.
std::vector<DiffLine> diffLines(const QString &before, const QString &after);

// The diff as unified-diff-like text ("- ", "+ ", "  " prefixes), for logs and tests.
QString formatDiff(const std::vector<DiffLine> &diff);

} // namespace hms
