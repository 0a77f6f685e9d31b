// The on-call calendar: who is on call across days, drawn from the same schedule code that pages
// people (oncall/Rotation.h). Part of the rotation editor (RotationEditor.h).
#pragma once

#include "oncall/Rotation.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <vector>

// Who is on call across days: one row per day, the day's 24 hours left to right, each span in
// its member's colour with the name where it fits.
class RotationCalendar final : public QWidget {
    Q_OBJECT
public:
    explicit RotationCalendar(QWidget *parent = nullptr);
    void setRotation(const std::optional<hms::Rotation> &rotation);
    void setStart(const QDate &first, int days);
    QDate firstDay() const { return m_first; }
    int days() const { return m_days; }
    // The spans drawn: (start, end, member index; -1 nobody), in time order.
    struct Span {
        hms::TimestampMs start = 0;
        hms::TimestampMs end = 0;
        int member = -1;
        bool override = false;
    };
    const std::vector<Span> &spans() const { return m_spans; }
    static QColor memberColor(int member);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override; // tooltips: who, from, until
    QSize sizeHint() const override { return {1100, 560}; }

private:
    void recompute();
    QRectF dayRect(int day) const;
    hms::TimestampMs dayStart(int day) const;

    std::optional<hms::Rotation> m_rotation;
    QDate m_first = QDate::currentDate();
    int m_days = 14;
    std::vector<Span> m_spans;
};
