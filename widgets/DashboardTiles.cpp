#include "DashboardTiles.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <cmath>

using hms::TileData;

WallTheme WallTheme::dark()
{
    WallTheme t;
    t.background = QColor(0x0b, 0x0f, 0x14);
    t.tile = QColor(0x16, 0x1b, 0x22);
    t.border = QColor(0x30, 0x36, 0x3d);
    t.text = QColor(0xf0, 0xf6, 0xfc);
    t.muted = QColor(0x9d, 0xa7, 0xb3);
    t.ok = QColor(0x3f, 0xb9, 0x50);
    t.firing = QColor(0xd0, 0x1f, 0x1f);
    t.acknowledged = QColor(0xd2, 0x99, 0x22);
    t.stale = QColor(0xff, 0xc1, 0x07);
    t.threshold = QColor(0xff, 0x52, 0x52);
    t.lines = {QColor(0x58, 0xa6, 0xff), QColor(0x3f, 0xb9, 0x50), QColor(0xd2, 0xa8, 0xff), QColor(0xff, 0xa6, 0x57),
               QColor(0x79, 0xc0, 0xff), QColor(0xf7, 0x78, 0xba), QColor(0xa5, 0xd6, 0xff), QColor(0x7e, 0xe7, 0x87)};
    return t;
}

WallTheme WallTheme::light()
{
    WallTheme t;
    t.background = QColor(0xf3, 0xf4, 0xf6);
    t.tile = QColor(0xff, 0xff, 0xff);
    t.border = QColor(0xc9, 0xcd, 0xd3);
    t.text = QColor(0x0d, 0x11, 0x17);
    t.muted = QColor(0x4b, 0x55, 0x63);
    t.ok = QColor(0x1a, 0x7f, 0x37);
    t.firing = QColor(0xc6, 0x28, 0x28);
    t.acknowledged = QColor(0xb2, 0x6b, 0x00);
    t.stale = QColor(0xb2, 0x6b, 0x00);
    t.threshold = QColor(0xc6, 0x28, 0x28);
    t.lines = {QColor(0x1f, 0x6f, 0xeb), QColor(0x1a, 0x7f, 0x37), QColor(0x82, 0x50, 0xdf), QColor(0xbc, 0x4c, 0x00),
               QColor(0x05, 0x50, 0xae), QColor(0xbf, 0x39, 0x89), QColor(0x0a, 0x30, 0x69), QColor(0x11, 0x63, 0x29)};
    return t;
}

// ---------------------------------------------------------------- TileWidget

TileWidget::TileWidget(const hms::DashboardTile &tile, const WallTheme &theme, QWidget *parent)
    : QFrame(parent)
    , m_tile(tile)
    , m_theme(theme)
{
    setObjectName(QStringLiteral("tile"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(80, 60);
    setAccessibleName(tile.title);
}

void TileWidget::setFrame(const hms::TileFrame &frame, hms::TimestampMs from, hms::TimestampMs to)
{
    Q_UNUSED(from)
    const bool changed = m_state != frame.data.state || m_stale != frame.data.stale;
    m_state = frame.data.state;
    m_stale = frame.data.stale;
    m_staleForMs = frame.data.newest > 0 ? to - frame.data.newest : 0;
    m_to = to;
    if (changed)
        setAccessibleDescription(staleText());
    update();
}

QString TileWidget::staleText() const
{
    if (!m_stale)
        return {};
    if (m_staleForMs <= 0)
        return tr("STALE · no data");
    const qint64 s = m_staleForMs / 1000;
    return s < 120 ? tr("STALE · %1 s ago").arg(s) : s < 7200 ? tr("STALE · %1 min ago").arg(s / 60) : tr("STALE · %1 h ago").arg(s / 3600);
}

QColor TileWidget::stateColour() const
{
    switch (m_state) {
    case TileData::State::Firing:
        return m_theme.firing;
    case TileData::State::Acknowledged:
        return m_theme.acknowledged;
    case TileData::State::Ok:
        return m_theme.ok;
    case TileData::State::NoData:
        break;
    }
    return m_theme.muted;
}

int TileWidget::titlePx() const
{
    return m_titlePx;
}

void TileWidget::setTitlePx(int px)
{
    if (px != m_titlePx) {
        m_titlePx = px;
        update();
    }
}

QString TileWidget::formatValue(double v) const
{
    return hms::formatTileValue(v, m_tile, QLocale());
}

void TileWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(rect(), m_theme.background);
    const bool stat = m_tile.kind == hms::DashboardTile::Kind::Stat;
    // A stat is its state (solid red when firing); other tiles show it as a thick border.
    QColor fill = m_theme.tile;
    if (stat && m_state == TileData::State::Firing)
        fill = m_theme.firing;
    else if (stat && m_state == TileData::State::Acknowledged)
        fill = m_theme.acknowledged.darker(m_theme.background.lightness() < 128 ? 180 : 100);
    const QRectF box = QRectF(rect()).adjusted(3, 3, -3, -3);
    const bool alarm = m_state == TileData::State::Firing || m_state == TileData::State::Acknowledged;
    p.setPen(QPen(alarm ? stateColour() : m_theme.border, alarm ? 5 : 1.5));
    p.setBrush(fill);
    p.drawRoundedRect(box, 6, 6);

    QFont f = font();
    f.setPixelSize(titlePx());
    f.setBold(false);
    p.setFont(f);
    const int pad = std::max(8, height() / 30);
    const QRect titleRect(pad + 3, pad, width() - 2 * pad - 6, titlePx() + 6);
    p.setPen(stat && m_state == TileData::State::Firing ? QColor(Qt::white) : m_theme.muted);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(m_tile.title, Qt::ElideRight, titleRect.width()));

    if (m_stale) {
        // Nobody must mistake a frozen tile for a calm one: a badge that names how long.
        QFont b = f;
        b.setBold(true);
        p.setFont(b);
        const QString text = staleText();
        const int w = QFontMetrics(b).horizontalAdvance(text) + 16;
        const QRect badge(width() - w - pad, pad, w, titlePx() + 6);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme.stale);
        p.drawRoundedRect(badge, 4, 4);
        p.setPen(Qt::black);
        p.drawText(badge, Qt::AlignCenter, text);
    }
    const QRect content(pad + 3, titleRect.bottom() + pad / 2, width() - 2 * pad - 6, height() - titleRect.bottom() - pad - pad / 2 - 3);
    paintContent(p, content);
}

// ---------------------------------------------------------------- StatTile

void StatTile::setFrame(const hms::TileFrame &frame, hms::TimestampMs from, hms::TimestampMs to)
{
    m_valueText = frame.data.value ? formatValue(*frame.data.value) : tr("no data");
    m_spark = frame.data.spark;
    m_from = from;
    setAccessibleName(QStringLiteral("%1: %2").arg(m_tile.title, m_valueText));
    TileWidget::setFrame(frame, from, to);
}

void StatTile::paintContent(QPainter &p, const QRect &area)
{
    const bool firing = m_state == TileData::State::Firing;
    const QColor valueColour = firing ? QColor(Qt::white)
        : m_state == TileData::State::Ok ? m_theme.text
        : m_state == TileData::State::Acknowledged ? m_theme.text
                                                    : m_theme.muted;
    const QRect numberArea(area.left(), area.top(), area.width(), area.height() * 3 / 4);
    QFont f = font();
    f.setBold(true);
    // As large as the area allows: the headline number is what is read from across the room.
    int px = std::max(12, numberArea.height() * 4 / 5);
    f.setPixelSize(px);
    while (px > 12 && QFontMetrics(f).horizontalAdvance(m_valueText) > numberArea.width()) {
        px = px * 9 / 10;
        f.setPixelSize(px);
    }
    p.setFont(f);
    p.setPen(valueColour);
    p.drawText(numberArea, Qt::AlignCenter, m_valueText);

    if (m_spark.size() >= 2 && m_to > m_from) {
        const QRect sparkArea(area.left(), numberArea.bottom() + 2, area.width(), area.bottom() - numberArea.bottom() - 2);
        double lo = m_spark.front().v, hi = lo;
        for (const hms::Sample &s : m_spark) {
            lo = std::min(lo, s.v);
            hi = std::max(hi, s.v);
        }
        if (hi - lo < 1e-12)
            hi = lo + 1;
        QPolygonF line;
        line.reserve(qsizetype(m_spark.size()));
        for (const hms::Sample &s : m_spark)
            line << QPointF(sparkArea.left() + double(s.t - m_from) / double(m_to - m_from) * sparkArea.width(),
                            sparkArea.bottom() - (s.v - lo) / (hi - lo) * sparkArea.height());
        p.setPen(QPen(firing ? QColor(255, 255, 255, 200) : m_theme.lines.at(0), std::max(2, height() / 120)));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
    }
}

// ---------------------------------------------------------------- InfoTile

void InfoTile::setFrame(const hms::TileFrame &frame, hms::TimestampMs from, hms::TimestampMs to)
{
    m_frame = frame;
    using Kind = hms::DashboardTile::Kind;
    hms::TileFrame shown = frame;
    if (m_tile.kind == Kind::Incidents || m_tile.kind == Kind::Status) {
        // The tile's state: red while anything it lists fires.
        bool firing = false, acked = false;
        for (const hms::Incident &i : frame.open) {
            firing = firing || i.state == hms::Incident::State::Triggered;
            acked = acked || i.state == hms::Incident::State::Acknowledged;
        }
        for (const auto &[service, worst] : frame.services)
            firing = firing || worst == u"critical" || worst == u"warning";
        shown.data.state = firing ? TileData::State::Firing : acked ? TileData::State::Acknowledged : TileData::State::Ok;
    } else if (m_tile.kind == Kind::Slo) {
        shown.data.state = !frame.budgetLeft ? TileData::State::NoData
            : *frame.budgetLeft < 0.25       ? TileData::State::Firing
                                             : TileData::State::Ok;
    } else {
        shown.data.state = TileData::State::Ok;
    }
    setAccessibleDescription(lines().join(u'\n'));
    TileWidget::setFrame(shown, from, to);
}

QStringList InfoTile::lines() const
{
    using Kind = hms::DashboardTile::Kind;
    QStringList out;
    switch (m_tile.kind) {
    case Kind::Status:
        for (const auto &[service, worst] : m_frame.services)
            out << tr("%1: %2").arg(service, worst.isEmpty() ? tr("operational") : tr("%1 incident").arg(worst));
        break;
    case Kind::Incidents:
        if (m_frame.open.empty())
            out << tr("No open incidents");
        for (const hms::Incident &i : m_frame.open)
            out << tr("#%1 %2 %3 %4 %5")
                       .arg(i.id)
                       .arg(i.severity.toUpper(), i.rule, i.service,
                            i.state == hms::Incident::State::Triggered ? tr("FIRING") : tr("acknowledged"));
        break;
    case Kind::OnCall:
        out << (!m_frame.knownRotation ? tr("no rotation %1").arg(m_tile.rotation)
                : m_frame.person.isEmpty() ? tr("nobody on call")
                                           : m_frame.person);
        if (m_frame.until > 0)
            out << tr("until %1 UTC").arg(QDateTime::fromMSecsSinceEpoch(m_frame.until, QTimeZone::utc()).toString(QStringLiteral("ddd HH:mm")));
        out << m_tile.rotation;
        break;
    case Kind::Slo:
        out << (m_frame.budgetLeft ? QStringLiteral("%1%").arg(QLocale().toString(*m_frame.budgetLeft * 100, 'f', 1)) : tr("no data"));
        out << tr("error budget left · %1").arg(m_tile.slo);
        break;
    case Kind::Clock: {
        const QDateTime now = QDateTime::currentDateTime();
        out << tr("%1 UTC").arg(now.toUTC().toString(QStringLiteral("HH:mm:ss")));
        out << tr("%1 %2").arg(now.toString(QStringLiteral("HH:mm")), now.timeZoneAbbreviation());
        break;
    }
    default:
        break;
    }
    return out;
}

void InfoTile::paintContent(QPainter &p, const QRect &area)
{
    using Kind = hms::DashboardTile::Kind;
    const QStringList text = lines();
    QFont f = font();
    if (m_tile.kind == Kind::Status || m_tile.kind == Kind::Incidents) {
        // Rows as large as fit: at least 5 rows' room, never smaller than 14 px.
        const int rows = std::max<int>(5, int(text.size()));
        const int px = std::clamp(area.height() / rows * 7 / 10, 14, 48);
        f.setPixelSize(px);
        p.setFont(f);
        const int rowH = px * 14 / 10;
        int y = area.top();
        int shown = 0;
        for (qsizetype i = 0; i < text.size() && y + rowH <= area.bottom() + 2; ++i, ++shown) {
            QColor dot = m_theme.ok;
            if (m_tile.kind == Kind::Incidents && !m_frame.open.empty()) {
                const hms::Incident &inc = m_frame.open.at(size_t(i));
                dot = inc.state == hms::Incident::State::Triggered ? m_theme.firing : m_theme.acknowledged;
            } else if (m_tile.kind == Kind::Status) {
                auto it = m_frame.services.begin();
                std::advance(it, i);
                dot = it->second.isEmpty() ? m_theme.ok : it->second == u"critical" ? m_theme.firing : m_theme.acknowledged;
            }
            p.setPen(Qt::NoPen);
            p.setBrush(dot);
            p.drawEllipse(QPointF(area.left() + px * 0.45, y + rowH / 2.0), px * 0.32, px * 0.32);
            p.setPen(m_theme.text);
            const QRect row(area.left() + px, y, area.width() - px, rowH);
            p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(f).elidedText(text.at(i), Qt::ElideRight, row.width()));
            y += rowH;
        }
        if (shown < text.size()) {
            p.setPen(m_theme.muted);
            p.drawText(area, Qt::AlignRight | Qt::AlignBottom, tr("+%1 more").arg(text.size() - shown));
        }
        return;
    }
    if (m_tile.kind == Kind::Slo && m_frame.budgetLeft) {
        // A half-circle gauge of the budget left.
        const double left = std::clamp(*m_frame.budgetLeft, 0.0, 1.0);
        const int side = std::min(area.width(), area.height() * 2) - 10;
        const QRectF arc(area.center().x() - side / 2.0, area.top() + 6, side, side);
        const int pen = std::max(8, side / 10);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(m_theme.border, pen, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(arc.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), 0, 180 * 16);
        const QColor c = left > 0.5 ? m_theme.ok : left > 0.25 ? m_theme.acknowledged : m_theme.firing;
        p.setPen(QPen(c, pen, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(arc.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), 180 * 16, -int(180 * 16 * left));
    }
    // Big first line, smaller second and third.
    const int big = std::clamp(area.height() * (m_tile.kind == Kind::Slo ? 30 : m_tile.kind == Kind::Clock ? 50 : 42) / 100, 16, 160);
    f.setBold(true);
    f.setPixelSize(big);
    while (f.pixelSize() > 14 && QFontMetrics(f).horizontalAdvance(text.value(0)) > area.width())
        f.setPixelSize(f.pixelSize() * 9 / 10);
    p.setFont(f);
    p.setPen(m_tile.kind == Kind::OnCall && m_frame.person.isEmpty() ? m_theme.muted : m_theme.text);
    const QRect first(area.left(), area.top() + (m_tile.kind == Kind::Slo ? area.height() * 35 / 100 : area.height() / 10),
                      area.width(), QFontMetrics(f).height());
    p.drawText(first, Qt::AlignHCenter | Qt::AlignVCenter, text.value(0));
    QFont small = font();
    small.setPixelSize(std::clamp(big * (m_tile.kind == Kind::Clock ? 3 : 2) / 5, 12, 56));
    p.setFont(small);
    p.setPen(m_theme.muted);
    int y = first.bottom() + 4;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QRect r(area.left(), y, area.width(), QFontMetrics(small).height());
        p.drawText(r, Qt::AlignHCenter | Qt::AlignVCenter, QFontMetrics(small).elidedText(text.at(i), Qt::ElideRight, r.width()));
        y += QFontMetrics(small).height();
    }
}

TileWidget *createTile(const hms::DashboardTile &tile, const WallTheme &theme, QWidget *parent)
{
    using Kind = hms::DashboardTile::Kind;
    switch (tile.kind) {
    case Kind::Stat:
        return new StatTile(tile, theme, parent);
    case Kind::Chart:
        return new ChartTile(tile, theme, parent);
    default:
        return new InfoTile(tile, theme, parent);
    }
}
