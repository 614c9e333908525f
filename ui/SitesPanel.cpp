#include "SitesPanel.h"

#include "DashboardModel.h"

#include <QApplication>
#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dr::ui {
namespace {

enum Col { ColSite, ColBackup, ColDrills, ColProfile, ColCount };

void paint(QTableWidgetItem* item, CellLevel level)
{
    if (level == CellLevel::Error) {
        item->setBackground(QColor(0xfd, 0xe7, 0xe9));
        item->setForeground(QColor(0xa4, 0x00, 0x0f));
    } else if (level == CellLevel::Warning) {
        item->setBackground(QColor(0xff, 0xf4, 0xce));
        item->setForeground(QColor(0x5c, 0x3c, 0x00));
    } else if (level == CellLevel::Ok) {
        item->setForeground(QColor(0x1b, 0x5e, 0x20));
    }
    if (level == CellLevel::Error || level == CellLevel::Warning) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        item->setIcon(QApplication::style()->standardIcon(level == CellLevel::Error ? QStyle::SP_MessageBoxCritical
                                                                                    : QStyle::SP_MessageBoxWarning));
    }
}

QPushButton* action(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

SitesPanel::SitesPanel(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("<b>Sites</b>"), this);
    m_table = new QTableWidget(0, ColCount, this);
    m_table->setObjectName(QStringLiteral("sitesTable"));
    m_table->setAccessibleName(tr("Sites: last backup and drill reminders"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Last backup"), tr("Drills"), tr("Profile")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SitesPanel::showDetails);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (!selectedPath().isEmpty())
            emit openRequested(selectedPath());
    });
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("siteDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);

    QPushButton* open = action(tr("&Open site"), QStringLiteral("openSite"), this);
    QPushButton* edit = action(tr("&Edit site…"), QStringLiteral("editSite"), this);
    QPushButton* add = action(tr("&New site…"), QStringLiteral("newSite"), this);
    QPushButton* existing = action(tr("Add e&xisting…"), QStringLiteral("addSite"), this);
    QPushButton* remove = action(tr("Remove from list"), QStringLiteral("removeSite"), this);
    remove->setAccessibleName(tr("Remove the selected site from the list (the file stays)"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (!selectedPath().isEmpty())
            emit openRequested(selectedPath());
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (!selectedPath().isEmpty())
            emit editRequested(selectedPath());
    });
    connect(add, &QPushButton::clicked, this, &SitesPanel::newRequested);
    connect(existing, &QPushButton::clicked, this, &SitesPanel::addRequested);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!selectedPath().isEmpty())
            emit removeRequested(selectedPath());
    });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {open, edit, add, existing, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
}

void SitesPanel::reload(const QStringList& profiles, const QString& runDir, int drillReminderDays, int backupStaleDays)
{
    m_reminderDays = drillReminderDays;
    m_staleDays = backupStaleDays;
    const int generation = ++m_generation;
    SiteSummaries::start(profiles, runDir, drillReminderDays, this,
                         [this, generation](const QList<SiteSummary>& summaries) {
                             if (generation == m_generation) // a newer reload is on its way
                                 show(summaries);
                         });
}

QString SitesPanel::drillText(const SiteSummary& s, const QDateTime& now)
{
    if (s.drills.isEmpty())
        return tr("—");
    const int overdue = s.overdueDrills();
    if (overdue > 0)
        return tr("DRILL DUE: %1 of %2 scenarios").arg(overdue).arg(s.drills.size());
    QDateTime oldest = now;
    for (const DrillReminder& d : s.drills)
        oldest = qMin(oldest, d.lastDrill);
    return tr("OK: oldest drill %1").arg(DashboardModel::ageText(oldest.secsTo(now)));
}

QString SitesPanel::drillDetails(const SiteSummary& s, int reminderDays, const QDateTime& now)
{
    QStringList lines;
    for (const DrillReminder& d : s.drills) {
        if (!d.lastDrill.isValid())
            lines << tr("• %1: NEVER drilled").arg(d.title);
        else
            lines << tr("• %1: last drill %2 (%3)%4")
                         .arg(d.title, QLocale().toString(d.lastDrill.toLocalTime().date(), QLocale::ShortFormat),
                              DashboardModel::ageText(d.lastDrill.secsTo(now)),
                              d.overdue ? tr(" — OVERDUE: older than %1 days").arg(reminderDays) : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

void SitesPanel::show(const QList<SiteSummary>& summaries)
{
    const QString was = selectedPath();
    m_summaries = summaries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_table->setRowCount(int(summaries.size()));
    for (int r = 0; r < summaries.size(); ++r) {
        const SiteSummary& s = summaries.at(r);
        auto* name = new QTableWidgetItem(s.name());
        name->setData(Qt::UserRole, s.path);
        name->setToolTip(s.path);
        m_table->setItem(r, ColSite, name);

        const DashboardModel::Cell backup = s.profile ? DashboardModel::backupCell(s.backup, now, m_staleDays)
                                                      : DashboardModel::Cell{QString(), CellLevel::Neutral, {}};
        auto* backupItem = new QTableWidgetItem(backup.text);
        backupItem->setToolTip(backup.tip);
        paint(backupItem, backup.level);
        m_table->setItem(r, ColBackup, backupItem);

        auto* drills = new QTableWidgetItem(drillText(s, now));
        drills->setToolTip(drillDetails(s, m_reminderDays, now));
        paint(drills,
              s.overdueDrills() > 0 ? CellLevel::Warning : (s.drills.isEmpty() ? CellLevel::Neutral : CellLevel::Ok));
        m_table->setItem(r, ColDrills, drills);

        QString profile;
        CellLevel level = CellLevel::Ok;
        if (!s.error.isEmpty()) {
            profile = tr("UNREADABLE: %1").arg(s.error);
            level = CellLevel::Error;
        } else if (s.errors > 0) {
            profile = tr("%1 to fix, %2 to record")
                          .arg(tr("%n error(s)", nullptr, int(s.errors)), tr("%n thing(s)", nullptr, int(s.warnings)));
            level = CellLevel::Error;
        } else if (s.warnings > 0) {
            profile = tr("%n thing(s) still to record", nullptr, int(s.warnings));
            level = CellLevel::Warning;
        } else {
            profile = tr("Complete");
        }
        auto* profileItem = new QTableWidgetItem(profile);
        paint(profileItem, level);
        m_table->setItem(r, ColProfile, profileItem);
    }
    if (!was.isEmpty())
        select(was);
    else if (!summaries.isEmpty())
        m_table->selectRow(0);
    showDetails();
    emit reloaded();
}

QString SitesPanel::selectedPath() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (QTableWidgetItem* i : items)
        if (i->column() == ColSite)
            return i->data(Qt::UserRole).toString();
    return {};
}

void SitesPanel::select(const QString& path)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, ColSite)->data(Qt::UserRole).toString() == path)
            m_table->selectRow(r);
}

void SitesPanel::showDetails()
{
    const QString path = selectedPath();
    for (const SiteSummary& s : std::as_const(m_summaries)) {
        if (s.path != path)
            continue;
        m_details->setText(s.error.isEmpty() ? drillDetails(s, m_reminderDays, QDateTime::currentDateTimeUtc())
                                             : s.error);
        return;
    }
    m_details->setText(m_summaries.isEmpty() ? tr("No site yet: New site… records one (appliances, contacts, "
                                                  "backups, the /appliance settings).")
                                             : QString());
}

} // namespace dr::ui
