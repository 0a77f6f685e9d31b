#include "RotationCalendar.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr qreal kLabelWidth = 110;
const QString kLocalFormat = QStringLiteral("yyyy-MM-dd HH:mm");
} // namespace

RotationCalendar::RotationCalendar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rotationCalendar"));
    setMinimumHeight(300);
    setMouseTracking(true);
}

QColor RotationCalendar::memberColor(int member)
{
    static const QList<QColor> palette{QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0x9467bd),
                                       QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf), QColor(0xbcbd22)};
    return member < 0 ? QColor(0xdddddd) : palette.at(member % palette.size());
}

void RotationCalendar::setRotation(const std::optional<hms::Rotation> &rotation)
{
    m_rotation = rotation;
    recompute();
}

void RotationCalendar::setStart(const QDate &first, int days)
{
    m_first = first;
    m_days = std::clamp(days, 1, 62);
    recompute();
}

hms::TimestampMs RotationCalendar::dayStart(int day) const
{
    // Days are the rotation's days: midnight in its zone.
    const QTimeZone zone = m_rotation ? m_rotation->zone : QTimeZone::systemTimeZone();
    return QDateTime(m_first.addDays(day), QTime(0, 0), zone).toMSecsSinceEpoch();
}

void RotationCalendar::recompute()
{
    m_spans.clear();
    if (m_rotation) {
        const hms::TimestampMs end = dayStart(m_days);
        hms::TimestampMs t = dayStart(0);
        while (t < end) {
            const auto who = m_rotation->onCallAt(t);
            const hms::TimestampMs next = std::min(end, std::max(t + 1, m_rotation->nextHandoffAfter(t)));
            m_spans.push_back({t, next, who ? who->member : -1, who && who->layer < 0});
            t = next;
            if (m_spans.size() > 20000)
                break; // a pathological schedule (a turn of a minute) is not drawn past this
        }
    }
    update();
}

QRectF RotationCalendar::dayRect(int day) const
{
    const qreal rowHeight = std::max<qreal>(18, (height() - 24.0) / m_days);
    return {kLabelWidth, 24 + day * rowHeight, width() - kLabelWidth - 8, rowHeight - 3};
}

void RotationCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().text().color());
    if (!m_rotation) {
        p.drawText(rect(), Qt::AlignCenter, tr("No valid schedule to show."));
        return;
    }
    // Hour ruler.
    const QRectF first = dayRect(0);
    for (int h = 0; h <= 24; h += 3) {
        const qreal x = first.left() + first.width() * h / 24.0;
        p.setPen(palette().mid().color());
        p.drawLine(QPointF(x, 20), QPointF(x, height()));
        p.setPen(palette().text().color());
        p.drawText(QRectF(x - 20, 2, 40, 18), Qt::AlignCenter, QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    }
    for (int day = 0; day < m_days; ++day) {
        const QRectF r = dayRect(day);
        const QDate date = m_first.addDays(day);
        p.setPen(palette().text().color());
        QFont f = font();
        f.setBold(date == QDate::currentDate());
        p.setFont(f);
        p.drawText(QRectF(4, r.top(), kLabelWidth - 8, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   QLocale().toString(date, QStringLiteral("ddd dd MMM")));
        const hms::TimestampMs from = dayStart(day);
        const hms::TimestampMs to = dayStart(day + 1);
        const qreal span = qreal(to - from); // 23, 24 or 25 hours
        for (const Span &s : m_spans) {
            if (s.end <= from || s.start >= to)
                continue;
            const qreal x0 = r.left() + r.width() * qreal(std::max(s.start, from) - from) / span;
            const qreal x1 = r.left() + r.width() * qreal(std::min(s.end, to) - from) / span;
            const QRectF box(x0, r.top(), std::max<qreal>(1, x1 - x0), r.height());
            const QColor c = memberColor(s.member);
            p.fillRect(box, c);
            if (s.override) {
                p.setPen(QPen(Qt::black, 2, Qt::DashLine));
                p.drawRect(box.adjusted(1, 1, -1, -1));
            }
            const QString name = s.member >= 0 ? m_rotation->members.at(std::size_t(s.member)).name : tr("nobody");
            if (box.width() > p.fontMetrics().horizontalAdvance(name) + 6) {
                p.setPen(s.member < 0 ? Qt::black : Qt::white);
                p.drawText(box, Qt::AlignCenter, name);
            }
        }
    }
    // Now.
    const hms::TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    for (int day = 0; day < m_days; ++day) {
        const hms::TimestampMs from = dayStart(day);
        const hms::TimestampMs to = dayStart(day + 1);
        if (now >= from && now < to) {
            const QRectF r = dayRect(day);
            const qreal x = r.left() + r.width() * qreal(now - from) / qreal(to - from);
            p.setPen(QPen(Qt::red, 3));
            p.drawLine(QPointF(x, r.top() - 2), QPointF(x, r.bottom() + 2));
        }
    }
}

bool RotationCalendar::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip && m_rotation) {
        const auto *help = static_cast<QHelpEvent *>(e);
        for (int day = 0; day < m_days; ++day) {
            const QRectF r = dayRect(day);
            if (!r.contains(help->pos()))
                continue;
            const hms::TimestampMs from = dayStart(day);
            const hms::TimestampMs t = from + hms::TimestampMs(qreal(dayStart(day + 1) - from) * (help->pos().x() - r.left()) / r.width());
            for (const Span &s : m_spans) {
                if (t >= s.start && t < s.end) {
                    const QString who = s.member >= 0 ? m_rotation->members.at(std::size_t(s.member)).name : tr("nobody");
                    QToolTip::showText(help->globalPos(),
                                       tr("%1%2\n%3 → %4")
                                           .arg(who, s.override ? tr(" (override)") : QString(),
                                                QDateTime::fromMSecsSinceEpoch(s.start, m_rotation->zone).toString(kLocalFormat),
                                                QDateTime::fromMSecsSinceEpoch(s.end, m_rotation->zone).toString(kLocalFormat)),
                                       this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}
