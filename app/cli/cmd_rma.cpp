// drrunbook-cli rma-reminders: the RMA returns still to be made (support::RmaReminders, shared with the GUI),
// with how many days are left; exit status 1 when one is overdue, so a cron job or a monitor can raise it.
#include "CliCommand.h"

#include "support/RmaReminders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {

using namespace dr::cli;
using dr::support::ReturnSchedule;

class RmaCli
{
    Q_DECLARE_TR_FUNCTIONS(RmaCli)
};

int usage(const QString& message)
{
    err() << "drrunbook-cli rma-reminders: " << message << "\n"
          << RmaCli::tr("Usage: drrunbook-cli rma-reminders [--folder DIR] [--all]\n"
                        "  --folder DIR   where the reminders are kept; default %1\n"
                        "  --all          also list the appliances already returned\n"
                        "Exit status: 0 nothing overdue, 1 a return is overdue, 2 the list cannot be read.\n")
                 .arg(QDir::toNativeSeparators(dr::support::RmaReminders::defaultFolder()));
    err().flush();
    return ExitUsage;
}

QString statusText(const dr::support::RmaReminders& store, const dr::support::RmaReminder& r)
{
    if (!r.isOpen())
        return RmaCli::tr("returned %1").arg(r.returnedAt.toString(QStringLiteral("yyyy-MM-dd")));
    const qint64 days = store.daysLeft(r);
    switch (store.status(r)) {
    case ReturnSchedule::Status::Overdue:
        return RmaCli::tr("OVERDUE by %n day(s)", nullptr, int(-days));
    case ReturnSchedule::Status::ReminderDue:
        return days == 0 ? RmaCli::tr("due TODAY") : RmaCli::tr("due in %n day(s), send it now", nullptr, int(days));
    case ReturnSchedule::Status::Pending:
        break;
    }
    return RmaCli::tr("due in %n day(s)", nullptr, int(days));
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption folderOpt(QStringLiteral("folder"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption allOpt(QStringLiteral("all"));
    parser.addOptions({folderOpt, allOpt});
    if (!parser.parse(QStringList{QStringLiteral("rma-reminders")} + args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(RmaCli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString folder =
        parser.isSet(folderOpt) ? parser.value(folderOpt) : dr::support::RmaReminders::defaultFolder();
    dr::support::RmaReminders store(folder);
    QString error;
    if (!store.load(&error)) {
        err() << error << "\n";
        return ExitUnreadable;
    }
    const QList<dr::support::RmaReminder> list = parser.isSet(allOpt) ? store.all() : store.open();
    if (list.isEmpty())
        out() << RmaCli::tr("No RMA return to make.\n");
    bool overdue = false;
    for (const dr::support::RmaReminder& r : list) {
        overdue = overdue || (r.isOpen() && store.status(r) == ReturnSchedule::Status::Overdue);
        out() << QStringLiteral("%1  %2 serial %3%4  operational %5, return by %6: %7\n")
                     .arg(r.id.left(8), r.model, r.serialNumber,
                          r.incidentNumber.isEmpty() ? QString()
                                                     : QStringLiteral(" (Incident# %1)").arg(r.incidentNumber),
                          r.schedule.operational.toString(Qt::ISODate), r.schedule.deadline.toString(Qt::ISODate),
                          statusText(store, r));
    }
    out().flush();
    return overdue ? ExitFailure : ExitOk;
}

} // namespace

DR_CLI_COMMAND("rma-reminders", "rma-reminders [--folder DIR] [--all]",
               QT_TRANSLATE_NOOP("cli", "List the RMA returns still to send back (exit status 1 when one is overdue)."),
               run);
