#include "print/SupportPage.h"

#include "support/Severity.h"
#include "support/SupportCalendar.h"

#include <QCoreApplication>

namespace dr::print {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::print::SupportPage", s);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString day(const QDate& d)
{
    return QLocale::c().toString(d, QStringLiteral("ddd yyyy-MM-dd"));
}

QString row(const QStringList& cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& c : cells)
        html += header ? QStringLiteral("<th>%1</th>").arg(c) : QStringLiteral("<td>%1</td>").arg(c);
    html += QStringLiteral("</tr>");
    // A header row repeats at the top of every page the table continues on.
    return header ? QStringLiteral("<thead>%1</thead>").arg(html) : html;
}

QString table(const QString& rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">%1</table>")
        .arg(rows);
}

QString localTime(const QDateTime& utc, const QDate& centralDate, const QTimeZone& zone)
{
    const QDateTime t = utc.toTimeZone(zone);
    const qint64 shift = centralDate.daysTo(t.date());
    QString text = t.time().toString(QStringLiteral("HH:mm"));
    if (shift > 0)
        text += tr(" (next day)");
    else if (shift < 0)
        text += tr(" (day before)");
    return text;
}

QString minutesText(int minutes)
{
    return minutes < 60 ? tr("%1 minutes").arg(minutes) : tr("%1 hours").arg(minutes / 60);
}

QString contacts(const support::SupportAddresses& a)
{
    QString rows = row({tr("Contact"), tr("Address")}, true);
    rows += row({tr("General email"), esc(a.general)});
    rows += row({tr("EMEA region"), esc(a.emea)});
    rows += row({tr("APAC region"), esc(a.apac)});
    rows += row({tr("Support supervisor"), esc(a.supervisor)});
    rows += row({tr("Support manager"), esc(a.manager)});
    rows += row({tr("Chat, phone, incident form (24 hours a day)"), QStringLiteral("www.bomgar.com/help")});
    rows += row({tr("Product documentation"), QStringLiteral("www.bomgar.com/docs")});
    rows += row({tr("Your support telephone number"), QStringLiteral("________________________________")});
    rows += row({tr("Your customer login / contract number"), QStringLiteral("________________________________")});
    return table(rows) +
           QStringLiteral("<p>%1</p>")
               .arg(esc(tr("Severity Level 1: send a detailed email to %1 first, then telephone. While an incident "
                           "is open, every email subject begins with \"Incident #\" and the number (e.g. "
                           "Incident# 40100)."))
                        .arg(esc(a.general)));
}

QString hours(const QTimeZone& reader, int year)
{
    const QTimeZone central = support::SupportCalendar::timeZone();
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("2:00 AM to 7:00 PM US Central time (CST/CDT), Monday to Friday, except the holidays below. "
                        "Incidents reported outside these hours are considered received at the beginning of the next "
                        "business day. Response times count business hours only.")));
    const bool same = reader.id() == central.id();
    QString rows = row(same ? QStringList{tr("Dates"), tr("US Central")}
                            : QStringList{tr("Dates"), tr("US Central"),
                                          esc(tr("Your time (%1)").arg(QString::fromUtf8(reader.id())))},
                       true);
    for (const SupportPage::HoursPeriod& p : SupportPage::hoursIn(reader, year)) {
        const QString from = QLocale::c().toString(p.from, QStringLiteral("MMM d"));
        const QString dates =
            p.from == p.to ? from
                           : QStringLiteral("%1 - %2").arg(from, QLocale::c().toString(p.to, QStringLiteral("MMM d")));
        QStringList cells{dates, QStringLiteral("02:00 - 19:00")};
        if (!same)
            cells << esc(QStringLiteral("%1 - %2").arg(p.opens, p.closes));
        rows += row(cells);
    }
    return html + table(rows);
}

QString holidays(int year)
{
    QString rows = row({tr("Holiday"), tr("Support closed on"), tr("Holiday date")}, true);
    for (const support::Holiday& h : support::Holidays::forYear(year)) {
        rows += row({esc(h.name), QStringLiteral("<b>%1</b>").arg(day(h.date)),
                     h.isObserved() ? day(h.actual) + tr(" (weekend: observed on a weekday)") : day(h.actual)});
    }
    return table(rows);
}

QString severities()
{
    QString rows =
        QStringLiteral("<thead><tr><th width=\"14%\">%1</th><th width=\"28%\">%2</th><th width=\"34%\">%3</th>"
                       "<th width=\"12%\">%4</th><th width=\"12%\">%5</th></tr></thead>")
            .arg(esc(tr("Level")), esc(tr("Basic description")), esc(tr("Reporting")), esc(tr("First response")),
                 esc(tr("Customer response")));
    for (int level = 1; level <= 3; ++level) {
        const support::Severity s = *support::severityFromInt(level);
        const std::optional<int> customer = support::customerResponseMinutes(s);
        rows +=
            row({QStringLiteral("<b>%1</b>").arg(esc(support::severityName(s))), esc(support::severityDescription(s)),
                 esc(support::reportingGuidance(s)), esc(minutesText(support::firstResponseMinutes(s))),
                 customer ? esc(minutesText(*customer)) : esc(tr("none"))});
    }
    return table(rows);
}

} // namespace

QList<SupportPage::HoursPeriod> SupportPage::hoursIn(const QTimeZone& zone, int year)
{
    const support::SupportCalendar calendar;
    QList<HoursPeriod> out;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        const QString opens = localTime(calendar.opensAt(d), d, zone);
        const QString closes = localTime(calendar.closesAt(d), d, zone);
        if (!out.isEmpty() && out.last().opens == opens && out.last().closes == closes)
            out.last().to = d;
        else
            out.append({d, d, opens, closes});
    }
    return out;
}

QStringList SupportPage::whatToSend()
{
    return {tr("Inquirer's name"),
            tr("Name of the organization"),
            tr("Bomgar product version"),
            tr("Specific error messages received"),
            tr("Steps for reproducing the issue"),
            tr("Actions taken prior to the incident"),
            tr("Changes made to the Bomgar product|such as information about the network environment and "
               "workstation involved with the issue"),
            tr("Length of time the issue has persisted"),
            tr("Operating system|if software-related"),
            tr("Assigned server roles|if server-related"),
            tr("Log files"),
            tr("Screen shots")};
}

QString SupportPage::toHtml(const Clock& clock, const Options& options)
{
    const int year =
        options.year > 0 ? options.year : clock.nowUtc().toTimeZone(support::SupportCalendar::timeZone()).date().year();
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Vendor support")));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Contacts"))) + contacts(options.addresses);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Support hours %1").arg(year))) + hours(options.readerZone, year);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Holidays %1 (support closed)").arg(year))) + holidays(year);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Severity levels"))) + severities();
    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("What to send with an incident")));
    for (const QString& item : whatToSend()) {
        const QStringList parts = item.split(QLatin1Char('|'));
        html +=
            QStringLiteral("<li><b>%1</b>%2</li>")
                .arg(esc(parts.first()), parts.size() > 1 ? esc(QStringLiteral(" (%1)").arg(parts.at(1))) : QString());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(esc(tr("Before submitting, document every change made to the appliance and the environment, "
                            "and try to reproduce the incident if appropriate. Answer requests for more information "
                            "within the customer response time, or the incident's priority is lowered.")));
    return html;
}

} // namespace dr::print
