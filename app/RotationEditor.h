// On-call rotations, edited and seen: members, layers (lowest first; a later layer wins where it
// has someone) with their turn order changed by dragging, restrictions, overrides; and a
// calendar of who is on call when, drawn from the same schedule code that pages people
// (oncall/Rotation.h). Saving uploads the rotation's YAML through the catalog, as opsctl does.
#pragma once

#include "RotationCalendar.h"
#include "oncall/Rotation.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTabWidget;

namespace hms {
class Engine;
}

class RotationEditor final : public QWidget {
    Q_OBJECT
public:
    explicit RotationEditor(hms::Engine &engine, QWidget *parent = nullptr);

    void openRotation(const QString &id);
    // The schedule the form describes, or the first problem with it (naming the field).
    std::optional<hms::Rotation> collect(QString *error);
    void save();
    QString lastMessage() const;
    QListWidget *layerMembers() const { return m_layerMembers; }
    QListWidget *layers() const { return m_layerList; }
    QTableWidget *overrides() const { return m_overrides; }
    QTableWidget *members() const { return m_members; }
    RotationCalendar *calendar() const { return m_calendar; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void loaded(const QString &id);
    void saved(const QString &id);
    void failed(const QString &message);

private:
    struct EditLayer {
        QString name;
        QDateTime start; // wall-clock in the rotation's zone, held as a UTC QDateTime
        QString handoff;
        QStringList members;
        QList<QStringList> restrictions; // days, start, end
    };
    void refreshList(const QString &select);
    void showRotation(const hms::Rotation &rotation);
    void storeLayerPanel();
    void showLayerPanel(int index);
    void refreshCalendar();
    void setMessage(const QString &text, bool error);
    void newRotation();

    hms::Engine &m_engine;
    QComboBox *m_pick;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QString m_id;
    QLineEdit *m_description;
    QComboBox *m_zone;
    QTableWidget *m_members;
    QListWidget *m_layerList;
    QLineEdit *m_layerName;
    QDateTimeEdit *m_layerStart;
    QLineEdit *m_layerHandoff;
    QListWidget *m_layerMembers;
    QComboBox *m_addMember;
    QTableWidget *m_restrictions;
    QTableWidget *m_overrides;
    RotationCalendar *m_calendar;
    QDateEdit *m_calendarStart;
    std::vector<EditLayer> m_layers;
    int m_shownLayer = -1;
};
