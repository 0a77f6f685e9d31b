#include "RotationEditor.h"

#include "AppSupport.h"
#include "Engine.h"
#include "core/Duration.h"
#include "incidents/Catalog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
constexpr qint64 kDayMs = 86'400'000;

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void addRow(QTableWidget *t, const QStringList &values)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < values.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(values.at(c)));
}

QWidget *withButtons(QWidget *main, const QList<QPushButton *> &buttons, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(main, 1);
    auto *h = new QHBoxLayout;
    for (QPushButton *b : buttons)
        h->addWidget(b);
    h->addStretch(1);
    v->addLayout(h);
    return box;
}

const QString kLocalFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

// --- editor ---

RotationEditor::RotationEditor(hms::Engine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_pick(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_description(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_members(table(QStringLiteral("rotationMembers"), {tr("Name"), tr("Pager"), tr("Slack"), tr("Email")}, this))
    , m_layerList(new QListWidget(this))
    , m_layerName(new QLineEdit(this))
    , m_layerStart(new QDateTimeEdit(this))
    , m_layerHandoff(new QLineEdit(this))
    , m_layerMembers(new QListWidget(this))
    , m_addMember(new QComboBox(this))
    , m_restrictions(table(QStringLiteral("rotationRestrictions"), {tr("Days"), tr("From"), tr("To")}, this))
    , m_overrides(table(QStringLiteral("rotationOverrides"), {tr("Member"), tr("From (zone time)"), tr("To (zone time)")}, this))
    , m_calendar(new RotationCalendar(this))
    , m_calendarStart(new QDateEdit(this))
{
    setObjectName(QStringLiteral("rotationEditor"));
    setWindowTitle(tr("Rotations"));
    m_pick->setObjectName(QStringLiteral("rotationPick"));
    m_message->setObjectName(QStringLiteral("rotationMessage"));
    m_message->setWordWrap(true);
    m_layerList->setObjectName(QStringLiteral("rotationLayers"));
    m_layerMembers->setObjectName(QStringLiteral("rotationLayerMembers"));
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_layerStart->setDisplayFormat(kLocalFormat);
    m_layerStart->setTimeSpec(Qt::UTC); // a wall-clock time of the zone, not of this machine
    m_layerStart->setCalendarPopup(true);
    m_layerHandoff->setPlaceholderText(tr("1w, 1d, 12h"));
    // Turn order by dragging.
    m_layerMembers->setDragDropMode(QAbstractItemView::InternalMove);
    m_layerMembers->setDefaultDropAction(Qt::MoveAction);
    m_layerMembers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_layerMembers->setToolTip(tr("Drag to change the turn order; the first member takes the first turn"));
    m_restrictions->setToolTip(tr("Days: mon, tue, … or weekdays, weekend; times HH:MM (24:00 allowed)"));
    m_overrides->setToolTip(tr("Someone covering a period: the member's name and the times in the rotation's zone"));
    m_calendarStart->setCalendarPopup(true);
    m_calendarStart->setDate(QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek()));

    // Schedule tab.
    auto *schedule = new QWidget(this);
    auto *scheduleLayout = new QVBoxLayout(schedule);
    auto *top = new QFormLayout;
    top->addRow(tr("Description:"), m_description);
    top->addRow(tr("Time zone:"), m_zone);
    scheduleLayout->addLayout(top);

    auto *addMemberRow = new QPushButton(tr("Add member"), this);
    auto *removeMemberRow = new QPushButton(tr("Remove selected"), this);
    auto *membersBox = new QGroupBox(tr("Members (everyone the schedule can page)"), this);
    (new QVBoxLayout(membersBox))->addWidget(withButtons(m_members, {addMemberRow, removeMemberRow}, membersBox));

    auto *addLayer = new QPushButton(tr("Add layer"), this);
    auto *removeLayer = new QPushButton(tr("Remove"), this);
    auto *layerUp = new QPushButton(tr("Lower"), this);
    auto *layerDown = new QPushButton(tr("Higher"), this);
    layerUp->setToolTip(tr("Move the layer down: later layers win where they have someone"));
    auto *layersLeft = withButtons(m_layerList, {addLayer, removeLayer, layerUp, layerDown}, this);
    auto *layerForm = new QFormLayout;
    layerForm->addRow(tr("Name:"), m_layerName);
    layerForm->addRow(tr("First turn starts:"), m_layerStart);
    layerForm->addRow(tr("Handoff every:"), m_layerHandoff);
    auto *addToLayer = new QPushButton(tr("Add to layer"), this);
    auto *removeFromLayer = new QPushButton(tr("Remove from layer"), this);
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(m_addMember, 1);
    memberRow->addWidget(addToLayer);
    memberRow->addWidget(removeFromLayer);
    auto *layerMembersBox = new QVBoxLayout;
    layerMembersBox->addWidget(m_layerMembers, 1);
    layerMembersBox->addLayout(memberRow);
    layerForm->addRow(tr("Turn order:"), layerMembersBox);
    auto *addRestriction = new QPushButton(tr("Add restriction"), this);
    auto *removeRestriction = new QPushButton(tr("Remove selected"), this);
    layerForm->addRow(tr("Only during:"), withButtons(m_restrictions, {addRestriction, removeRestriction}, this));
    auto *layersBox = new QGroupBox(tr("Layers (lowest first)"), this);
    auto *layersLayout = new QHBoxLayout(layersBox);
    layersLayout->addWidget(layersLeft, 1);
    layersLayout->addLayout(layerForm, 2);

    auto *addOverride = new QPushButton(tr("Add override"), this);
    auto *removeOverride = new QPushButton(tr("Remove selected"), this);
    auto *overridesBox = new QGroupBox(tr("Overrides"), this);
    (new QVBoxLayout(overridesBox))->addWidget(withButtons(m_overrides, {addOverride, removeOverride}, overridesBox));

    auto *lower = new QHBoxLayout;
    lower->addWidget(membersBox, 1);
    lower->addWidget(overridesBox, 1);
    scheduleLayout->addWidget(layersBox, 3);
    scheduleLayout->addLayout(lower, 2);

    // Calendar tab.
    auto *calendarPage = new QWidget(this);
    auto *calendarLayout = new QVBoxLayout(calendarPage);
    auto *calendarTop = new QHBoxLayout;
    calendarTop->addWidget(new QLabel(tr("From:"), calendarPage));
    calendarTop->addWidget(m_calendarStart);
    calendarTop->addWidget(new QLabel(tr("14 days; hover for who, from, until. Dashed: an override. Red line: now."), calendarPage), 1);
    calendarLayout->addLayout(calendarTop);
    calendarLayout->addWidget(m_calendar, 1);

    m_tabs->addTab(schedule, tr("Schedule"));
    m_tabs->addTab(calendarPage, tr("Calendar"));

    auto *newButton = new QPushButton(tr("&New…"), this);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("rotationSave"));
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Rotation:"), this));
    header->addWidget(m_pick);
    header->addWidget(newButton);
    header->addWidget(m_message, 1);
    header->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    resize(1300, 900);

    connect(m_pick, &QComboBox::activated, this, [this] { openRotation(m_pick->currentText()); });
    connect(newButton, &QPushButton::clicked, this, &RotationEditor::newRotation);
    connect(saveButton, &QPushButton::clicked, this, &RotationEditor::save);
    connect(addMemberRow, &QPushButton::clicked, this, [this] { addRow(m_members, {tr("new-member"), {}, {}, {}}); });
    connect(removeMemberRow, &QPushButton::clicked, this, [this] { app::removeSelectedRows(m_members); });
    connect(m_members, &QTableWidget::itemChanged, this, [this] {
        m_addMember->clear();
        for (int r = 0; r < m_members->rowCount(); ++r)
            m_addMember->addItem(cell(m_members, r, 0));
    });
    connect(m_layerList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeLayerPanel();
        showLayerPanel(row);
    });
    connect(addLayer, &QPushButton::clicked, this, [this] {
        storeLayerPanel();
        EditLayer l;
        l.name = tr("layer-%1").arg(m_layers.size() + 1);
        l.start = QDateTime(QDate::currentDate(), QTime(9, 0), Qt::UTC);
        l.handoff = QStringLiteral("1w");
        m_layers.push_back(l);
        m_layerList->addItem(l.name);
        m_layerList->setCurrentRow(int(m_layers.size()) - 1);
    });
    connect(removeLayer, &QPushButton::clicked, this, [this] {
        const int row = m_layerList->currentRow();
        if (row < 0)
            return;
        m_shownLayer = -1;
        m_layers.erase(m_layers.begin() + row);
        delete m_layerList->takeItem(row);
        showLayerPanel(m_layerList->currentRow());
    });
    auto move = [this](int delta) {
        storeLayerPanel();
        const int row = m_layerList->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= int(m_layers.size()))
            return;
        std::swap(m_layers[std::size_t(row)], m_layers[std::size_t(to)]);
        m_shownLayer = -1;
        QListWidgetItem *item = m_layerList->takeItem(row);
        m_layerList->insertItem(to, item);
        m_layerList->setCurrentRow(to);
    };
    connect(layerUp, &QPushButton::clicked, this, [move] { move(-1); });
    connect(layerDown, &QPushButton::clicked, this, [move] { move(+1); });
    connect(m_layerName, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (QListWidgetItem *item = m_layerList->currentItem())
            item->setText(name);
    });
    connect(addToLayer, &QPushButton::clicked, this, [this] {
        if (!m_addMember->currentText().isEmpty() && m_shownLayer >= 0)
            m_layerMembers->addItem(m_addMember->currentText());
    });
    connect(removeFromLayer, &QPushButton::clicked, this, [this] { delete m_layerMembers->currentItem(); });
    connect(addRestriction, &QPushButton::clicked, this,
            [this] { addRow(m_restrictions, {QStringLiteral("weekdays"), QStringLiteral("09:00"), QStringLiteral("17:00")}); });
    connect(removeRestriction, &QPushButton::clicked, this, [this] { app::removeSelectedRows(m_restrictions); });
    connect(addOverride, &QPushButton::clicked, this, [this] {
        const QTimeZone zone(m_zone->currentText().toUtf8());
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        addRow(m_overrides, {m_addMember->currentText(), now.toString(kLocalFormat), now.addDays(1).toString(kLocalFormat)});
    });
    connect(removeOverride, &QPushButton::clicked, this, [this] { app::removeSelectedRows(m_overrides); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1)
            refreshCalendar();
    });
    connect(m_calendarStart, &QDateEdit::dateChanged, this, &RotationEditor::refreshCalendar);

    refreshList({});
}

QString RotationEditor::lastMessage() const
{
    return m_message->text();
}

void RotationEditor::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold") : QString());
}

void RotationEditor::refreshList(const QString &select)
{
    m_engine.runOnOps(
        this,
        [](hms::OpsCore &ops) {
            QStringList ids;
            for (const hms::Rotation &r : ops.catalog().rotations())
                ids << r.id;
            return ids;
        },
        [this, select](const QStringList &ids) {
            m_pick->clear();
            m_pick->addItems(ids);
            const QString want = select.isEmpty() ? ids.value(0) : select;
            m_pick->setCurrentText(want);
            if (!want.isEmpty())
                openRotation(want);
        });
}

void RotationEditor::openRotation(const QString &id)
{
    m_engine.runOnOps(
        this, [id](hms::OpsCore &ops) { return ops.catalog().rotation(id); },
        [this, id](const std::optional<hms::Rotation> &rotation) {
            if (!rotation) {
                setMessage(tr("Rotation %1 is not in the catalog.").arg(id), true);
                return;
            }
            showRotation(*rotation);
            setMessage(tr("Rotation %1.").arg(id), false);
            Q_EMIT loaded(id);
        });
}

void RotationEditor::showRotation(const hms::Rotation &r)
{
    m_id = r.id;
    m_description->setText(r.description);
    m_zone->setCurrentText(QString::fromUtf8(r.zone.id()));
    {
        const QSignalBlocker blocker(m_members);
        m_members->setRowCount(0);
        for (const hms::RotationMember &m : r.members)
            addRow(m_members, {m.name, m.pager, m.slack, m.email});
    }
    m_addMember->clear();
    for (const hms::RotationMember &m : r.members)
        m_addMember->addItem(m.name);
    m_layers.clear();
    for (const hms::RotationLayer &l : r.layers) {
        EditLayer e;
        e.name = l.name;
        e.start = QDateTime::fromMSecsSinceEpoch(l.startLocalMs, Qt::UTC);
        e.handoff = hms::formatDurationMs(l.turnMs);
        for (int m : l.members)
            e.members << r.members.at(std::size_t(m)).name;
        static const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        for (const hms::RotationRestriction &x : l.restrictions) {
            QStringList days;
            for (int d = 0; d < 7; ++d)
                if ((x.days >> d) & 1)
                    days << QString::fromLatin1(kDays[d]);
            auto clock = [](qint64 ms) {
                return QStringLiteral("%1:%2").arg(ms / 3'600'000, 2, 10, QLatin1Char('0')).arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'));
            };
            e.restrictions << QStringList{days.join(QStringLiteral(", ")), clock(x.startMs), clock(x.endMs)};
        }
        m_layers.push_back(e);
    }
    m_shownLayer = -1;
    {
        const QSignalBlocker blocker(m_layerList);
        m_layerList->clear();
        for (const EditLayer &l : m_layers)
            m_layerList->addItem(l.name);
    }
    m_overrides->setRowCount(0);
    for (const hms::RotationOverride &o : r.overrides)
        addRow(m_overrides, {r.members.at(std::size_t(o.member)).name,
                             QDateTime::fromMSecsSinceEpoch(o.startMs, r.zone).toString(kLocalFormat),
                             QDateTime::fromMSecsSinceEpoch(o.endMs, r.zone).toString(kLocalFormat)});
    m_layerList->setCurrentRow(m_layers.empty() ? -1 : 0);
    showLayerPanel(m_layerList->currentRow());
    refreshCalendar();
}

void RotationEditor::storeLayerPanel()
{
    if (m_shownLayer < 0 || m_shownLayer >= int(m_layers.size()))
        return;
    EditLayer &l = m_layers[std::size_t(m_shownLayer)];
    l.name = m_layerName->text().trimmed();
    l.start = m_layerStart->dateTime();
    l.handoff = m_layerHandoff->text().trimmed();
    l.members.clear();
    for (int i = 0; i < m_layerMembers->count(); ++i)
        l.members << m_layerMembers->item(i)->text();
    l.restrictions.clear();
    for (int r = 0; r < m_restrictions->rowCount(); ++r)
        l.restrictions << QStringList{cell(m_restrictions, r, 0), cell(m_restrictions, r, 1), cell(m_restrictions, r, 2)};
}

void RotationEditor::showLayerPanel(int index)
{
    m_shownLayer = index;
    const bool valid = index >= 0 && index < int(m_layers.size());
    for (QWidget *w : std::initializer_list<QWidget *>{m_layerName, m_layerStart, m_layerHandoff, m_layerMembers, m_restrictions})
        w->setEnabled(valid);
    m_layerMembers->clear();
    m_restrictions->setRowCount(0);
    if (!valid) {
        m_layerName->clear();
        m_layerHandoff->clear();
        return;
    }
    const EditLayer &l = m_layers[std::size_t(index)];
    m_layerName->setText(l.name);
    m_layerStart->setDateTime(l.start);
    m_layerHandoff->setText(l.handoff);
    m_layerMembers->addItems(l.members);
    for (const QStringList &x : l.restrictions)
        addRow(m_restrictions, x);
}

void RotationEditor::refreshCalendar()
{
    QString error;
    const auto r = collect(&error);
    m_calendar->setRotation(r);
    m_calendar->setStart(m_calendarStart->date(), 14);
    if (!r)
        setMessage(tr("The calendar shows nothing until this is fixed: %1").arg(error), true);
    else if (!m_message->styleSheet().isEmpty())
        setMessage({}, false); // the problem shown before is fixed
}

void RotationEditor::save()
{
    QString error;
    const auto r = collect(&error);
    if (!r) {
        setMessage(error, true);
        Q_EMIT failed(error);
        return;
    }
    const QByteArray yaml = hms::rotationToYaml(*r);
    const QString id = r->id;
    m_engine.runOnOps(
        this, [yaml, id](hms::OpsCore &ops) { return ops.catalog().createRotation(yaml, id + QStringLiteral(".yml")); },
        [this, id](const std::vector<hms::RuleParseError> &errors) {
            if (!errors.empty()) {
                QStringList lines;
                for (const hms::RuleParseError &e : errors)
                    lines << e.toString();
                setMessage(lines.join(u'\n'), true);
                Q_EMIT failed(lines.join(u'\n'));
                return;
            }
            setMessage(tr("Rotation %1 saved; paging follows it from now on.").arg(id), false);
            refreshCalendar();
            Q_EMIT saved(id);
        });
}

void RotationEditor::newRotation()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("New rotation"), tr("Rotation id (letters, digits, _ . -):"),
                                             QLineEdit::Normal, QString(), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_.-]+$")).match(id).hasMatch()) {
        setMessage(tr("\"%1\" is not a rotation id: use letters, digits, _ . -").arg(id), true);
        return;
    }
    hms::Rotation r;
    r.id = id;
    r.zone = QTimeZone::systemTimeZone().isValid() ? QTimeZone::systemTimeZone() : QTimeZone::utc();
    r.members.push_back({app::currentUser(), {}, {}, {}});
    hms::RotationLayer l;
    l.name = QStringLiteral("primary");
    l.members = {0};
    l.turnMs = 7 * kDayMs;
    l.startLocalMs = QDateTime(QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek()), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    r.layers.push_back(l);
    showRotation(r);
    m_pick->addItem(id);
    m_pick->setCurrentText(id);
    setMessage(tr("New rotation %1: add members and layers, then save.").arg(id), false);
}
