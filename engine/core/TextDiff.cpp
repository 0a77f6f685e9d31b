#include "core/TextDiff.h"

#include <algorithm>

namespace hms {

std::vector<DiffLine> diffLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    const int n = int(a.size());
    const int m = int(b.size());
    int head = 0;
    while (head < n && head < m && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && a[n - 1 - tail] == b[m - 1 - tail])
        ++tail;

    std::vector<DiffLine> out;
    for (int i = 0; i < head; ++i)
        out.push_back({DiffLine::Kind::Same, a[i], i + 1, i + 1});

    const int rn = n - head - tail;
    const int rm = m - head - tail;
    if (qint64(rn) * rm > 4'000'000) {
        for (int i = 0; i < rn; ++i)
            out.push_back({DiffLine::Kind::Removed, a[head + i], head + i + 1, 0});
        for (int j = 0; j < rm; ++j)
            out.push_back({DiffLine::Kind::Added, b[head + j], 0, head + j + 1});
    } else {
        // lcs[i][j]: the longest common subsequence of a[head+i..] and b[head+j..].
        std::vector<int> lcs(std::size_t(rn + 1) * std::size_t(rm + 1), 0);
        auto at = [&](int i, int j) -> int & { return lcs[std::size_t(i) * std::size_t(rm + 1) + std::size_t(j)]; };
        for (int i = rn - 1; i >= 0; --i)
            for (int j = rm - 1; j >= 0; --j)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        int i = 0;
        int j = 0;
        while (i < rn || j < rm) {
            if (i < rn && j < rm && a[head + i] == b[head + j]) {
                out.push_back({DiffLine::Kind::Same, a[head + i], head + i + 1, head + j + 1});
                ++i;
                ++j;
            } else if (j < rm && (i == rn || at(i, j + 1) >= at(i + 1, j))) {
                out.push_back({DiffLine::Kind::Added, b[head + j], 0, head + j + 1});
                ++j;
            } else {
                out.push_back({DiffLine::Kind::Removed, a[head + i], head + i + 1, 0});
                ++i;
            }
        }
    }
    for (int k = tail; k > 0; --k)
        out.push_back({DiffLine::Kind::Same, a[n - k], n - k + 1, m - k + 1});
    return out;
}

QString formatDiff(const std::vector<DiffLine> &diff)
{
    QString out;
    for (const DiffLine &d : diff) {
        out += d.kind == DiffLine::Kind::Added ? QStringLiteral("+ ")
            : d.kind == DiffLine::Kind::Removed ? QStringLiteral("- ")
                                                 : QStringLiteral("  ");
        out += d.text;
        out += u'\n';
    }
    return out;
}

} // namespace hms
