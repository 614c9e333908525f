#pragma once

#include "SiteSummary.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace dr::ui {

// The Sites list of the main window: every site profile the operator added, with the age of its last backup and
// its drill reminders (the last drill per scenario; overdue when older than the period in Settings), in words and
// colour. Open shows the site's dashboard; New / Edit open the site profile editor.
class SitesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SitesPanel(QWidget* parent = nullptr);

    // Reads the summaries on a worker thread; reloaded() when they are shown.
    void reload(const QStringList& profiles, const QString& runDir, int drillReminderDays, int backupStaleDays);
    const QList<SiteSummary>& summaries() const { return m_summaries; }
    QString selectedPath() const;
    void select(const QString& path);
    QTableWidget* table() const { return m_table; }

    static QString drillText(const SiteSummary& s, const QDateTime& now);
    static QString drillDetails(const SiteSummary& s, int reminderDays, const QDateTime& now);

signals:
    void openRequested(const QString& path);
    void editRequested(const QString& path);
    void newRequested();
    void addRequested();
    void removeRequested(const QString& path);
    void reloaded();

private:
    void show(const QList<SiteSummary>& summaries);
    void showDetails();

    QTableWidget* m_table = nullptr;
    QLabel* m_details = nullptr;
    QList<SiteSummary> m_summaries;
    int m_reminderDays = 180;
    int m_staleDays = 7;
    int m_generation = 0;
};

} // namespace dr::ui
