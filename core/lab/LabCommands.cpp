#include "lab/LabCommands.h"

#include "lab/Lab.h"
#include "lab/LabApi.h"
#include "lab/LabAppliance_p.h"
#include "lab/LabFailover.h"
#include "lab/Lab_p.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace dr::lab {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LabCommands", text);
}

QString namespaceUri(XmlNamespace ns)
{
    switch (ns) {
    case XmlNamespace::Bomgar:
        return QStringLiteral("http://www.bomgar.com/namespaces/API/command");
    case XmlNamespace::BeyondTrust:
        return QStringLiteral("https://www.beyondtrust.com/namespaces/API/command");
    case XmlNamespace::None:
        break;
    }
    return {};
}

// A reply document: the root carries the configured default namespace.
class Doc
{
public:
    Doc(XmlNamespace ns, const QString& root) : w(&buffer)
    {
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(-1);
        w.writeStartDocument();
        w.writeStartElement(root);
        if (ns != XmlNamespace::None)
            w.writeDefaultNamespace(namespaceUri(ns));
    }
    QByteArray finish()
    {
        w.writeEndDocument();
        return buffer;
    }
    QByteArray buffer;
    QXmlStreamWriter w;
};

QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

LabCommands::LabCommands(LabAppliance* appliance) : m_appliance(appliance) {}

QString LabCommands::apiVersionFor(const QString& productVersion)
{
    const QStringList parts = productVersion.section(QLatin1Char(' '), 0, 0).split(QLatin1Char('.'));
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    if (major >= 25)
        return QStringLiteral("1.25.0");
    if (major == 24)
        return QStringLiteral("1.24.1");
    if (major == 23)
        return QStringLiteral("1.23.1");
    if (major == 22)
        return minor >= 2 ? QStringLiteral("1.22.2") : QStringLiteral("1.22.1");
    if (major == 21)
        return minor >= 3 ? QStringLiteral("1.21.1") : QStringLiteral("1.21.0");
    if ((major == 19 && minor >= 2) || major == 20)
        return QStringLiteral("1.19.2");
    if (major == 19)
        return QStringLiteral("1.19.0");
    if (major == 18)
        return QStringLiteral("1.18.0");
    if (major == 17)
        return QStringLiteral("1.16.0");
    if (major == 16)
        return minor >= 2 ? QStringLiteral("1.15.1") : QStringLiteral("1.15.0");
    if (major == 15)
        return minor >= 2 ? QStringLiteral("1.13.1") : QStringLiteral("1.13.0");
    return QStringLiteral("1.12.0");
}

QByteArray LabCommands::error(const QString& message) const
{
    Doc doc(LabApi::data(LabApi::data(m_appliance).lab).ns, QStringLiteral("error"));
    doc.w.writeCharacters(message);
    return doc.finish();
}

QByteArray LabCommands::checkHealth() const
{
    const LabAppliancePrivate& a = LabApi::data(m_appliance);
    const LabPrivate& lab = LabApi::data(a.lab);
    Doc doc(lab.ns, QStringLiteral("health_check"));
    doc.w.writeStartElement(QStringLiteral("appliance"));
    doc.w.writeAttribute(QStringLiteral("id"), a.guid);
    doc.w.writeCharacters(a.hostname);
    doc.w.writeEndElement();
    doc.w.writeTextElement(QStringLiteral("version"), a.version);
    doc.w.writeTextElement(QStringLiteral("success"), flag(a.healthy));
    if (!a.healthy)
        doc.w.writeTextElement(QStringLiteral("error_message"),
                               a.errorMessage.isEmpty() ? tr("The appliance reports a problem.") : a.errorMessage);
    doc.w.writeTextElement(QStringLiteral("failover_role"), a.failoverRole);
    if (a.failoverRole != QLatin1String("none")) {
        doc.w.writeStartElement(QStringLiteral("enabled_shared_ips"));
        if (lab.sharedIp && a.failoverRole == QLatin1String("primary"))
            doc.w.writeTextElement(QStringLiteral("ip"), QStringLiteral("127.0.0.1"));
        doc.w.writeEndElement();
        if (a.lastSync.isValid()) {
            doc.w.writeStartElement(QStringLiteral("last_data_sync_time"));
            if (lab.syncTimeStyle != SyncTimeStyle::MillisNoTs)
                doc.w.writeAttribute(QStringLiteral("ts"), QString::number(a.lastSync.toSecsSinceEpoch()));
            doc.w.writeCharacters(lab.syncTimeStyle == SyncTimeStyle::SecondsZ
                                      ? a.lastSync.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                                      : a.lastSync.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000")));
            doc.w.writeEndElement();
            doc.w.writeTextElement(QStringLiteral("last_data_sync_status"), a.lastSyncStatus);
        }
    }
    return doc.finish();
}

QByteArray LabCommands::getAppliances() const
{
    const LabPrivate& lab = LabApi::data(LabApi::data(m_appliance).lab);
    Doc doc(lab.ns, QStringLiteral("appliances"));
    for (LabAppliance* member : lab.appliances) {
        const LabAppliancePrivate& a = LabApi::data(member);
        if (!a.configured && member != m_appliance)
            continue; // a fresh spare is not a member of the site yet
        doc.w.writeStartElement(QStringLiteral("appliance"));
        doc.w.writeAttribute(QStringLiteral("id"), a.guid);
        doc.w.writeTextElement(QStringLiteral("name"), a.name);
        doc.w.writeTextElement(QStringLiteral("public_hostname"), a.hostname);
        QString clusterRole = a.clusterRole;
        if (lab.legacyMaster && clusterRole == QLatin1String("primary"))
            clusterRole = QStringLiteral("master");
        doc.w.writeTextElement(QStringLiteral("cluster_role"), clusterRole);
        doc.w.writeTextElement(QStringLiteral("failover_role"), a.failoverRole);
        doc.w.writeTextElement(QStringLiteral("accepting_connections"),
                               flag(a.accepting && LabFailover::reachable(member)));
        doc.w.writeTextElement(QStringLiteral("timezone_offset"), QStringLiteral("0"));
        doc.w.writeEndElement();
    }
    return doc.finish();
}

QByteArray LabCommands::getApiInfo(const LabAccount& account) const
{
    const LabAppliancePrivate& a = LabApi::data(m_appliance);
    const LabPrivate& lab = LabApi::data(a.lab);
    const QString apiVersion = apiVersionFor(a.version);
    Doc doc(lab.ns, QStringLiteral("api_information"));
    doc.w.writeTextElement(QStringLiteral("api_version"), apiVersion);
    const QStringList v = apiVersion.split(QLatin1Char('.'));
    const bool companyName = v.value(1).toInt() < 24 || (v.value(1).toInt() == 24 && v.value(2).toInt() < 1);
    if (companyName)
        doc.w.writeTextElement(QStringLiteral("company_name"), lab.siteName);
    doc.w.writeTextElement(QStringLiteral("timestamp"), QString::number(lab.now().toSecsSinceEpoch()));
    doc.w.writeStartElement(QStringLiteral("permissions"));
    const auto permission = [&](const QString& name, const QString& value) {
        doc.w.writeStartElement(QStringLiteral("permission"));
        doc.w.writeAttribute(QStringLiteral("name"), name);
        doc.w.writeCharacters(value);
        doc.w.writeEndElement();
    };
    permission(QStringLiteral("perm_backup"), flag(account.permBackup));
    permission(QStringLiteral("perm_command"), account.permCommand);
    permission(QStringLiteral("perm_reporting"), flag(false));
    permission(QStringLiteral("perm_scim"), flag(false));
    doc.w.writeEndElement();
    return doc.finish();
}

QByteArray LabCommands::getConnectedClientList(const QUrlQuery& params) const
{
    const LabPrivate& lab = LabApi::data(LabApi::data(m_appliance).lab);
    static const QStringList types = {QStringLiteral("representative"), QStringLiteral("support_customer"),
                                      QStringLiteral("presentation_attendee"), QStringLiteral("push_agent")};
    const QString wanted = params.queryItemValue(QStringLiteral("type"));
    const bool all = wanted.isEmpty() || wanted == QLatin1String("all");
    if (!all && !types.contains(wanted))
        return error(tr("Invalid type: %1").arg(wanted));
    Doc doc(lab.ns, QStringLiteral("connected_client_list"));
    doc.w.writeStartElement(QStringLiteral("connected_client_summary"));
    for (LabAppliance* member : lab.appliances) {
        const LabAppliancePrivate& a = LabApi::data(member);
        if (!a.configured || !LabFailover::reachable(member))
            continue;
        doc.w.writeStartElement(QStringLiteral("appliance_summary"));
        doc.w.writeAttribute(QStringLiteral("id"), a.guid);
        for (const QString& t : types) {
            if (!all && t != wanted)
                continue;
            doc.w.writeStartElement(QStringLiteral("count"));
            doc.w.writeAttribute(QStringLiteral("type"), t);
            doc.w.writeCharacters(QString::number(a.counts.value(t)));
            doc.w.writeEndElement();
        }
        doc.w.writeEndElement();
    }
    doc.w.writeEndElement();
    return doc.finish();
}

QByteArray LabCommands::getLoggedInReps() const
{
    const LabAppliancePrivate& a = LabApi::data(m_appliance);
    Doc doc(LabApi::data(a.lab).ns, QStringLiteral("logged_in_reps"));
    int id = 1;
    for (const QString& rep : a.reps) {
        doc.w.writeStartElement(QStringLiteral("rep"));
        doc.w.writeAttribute(QStringLiteral("id"), QString::number(++id));
        doc.w.writeTextElement(QStringLiteral("display_name"), rep);
        doc.w.writeTextElement(QStringLiteral("public_display_name"), rep);
        doc.w.writeTextElement(QStringLiteral("private_display_name"), rep);
        doc.w.writeTextElement(QStringLiteral("type"), QStringLiteral("normal"));
        doc.w.writeTextElement(QStringLiteral("showing_on_rep_list"), QStringLiteral("1"));
        doc.w.writeTextElement(QStringLiteral("support_session_count"), QStringLiteral("0"));
        doc.w.writeEndElement();
    }
    return doc.finish();
}

QByteArray LabCommands::setFailoverRole(const QUrlQuery& params) const
{
    const LabPrivate& lab = LabApi::data(LabApi::data(m_appliance).lab);
    const QString role = params.queryItemValue(QStringLiteral("role"));
    const bool sync = params.queryItemValue(QStringLiteral("data_sync_first")) == QLatin1String("1");
    const bool force = params.queryItemValue(QStringLiteral("force")) == QLatin1String("1");
    QString message;
    switch (lab.failover->requestRole(m_appliance, role, sync, force)) {
    case LabFailover::Result::Changed:
        message = QStringLiteral("Successfully changed role.");
        break;
    case LabFailover::Result::SyncStarted:
        message = QStringLiteral("Successfully started data sync. Role change will occur upon successful completion.");
        break;
    case LabFailover::Result::NotConfigured:
        return error(tr("Failover is not configured on this appliance."));
    case LabFailover::Result::PeerUnreachable:
        return error(tr("Unable to reach the peer appliance. Use force=1 to change the role anyway."));
    case LabFailover::Result::Busy:
        return error(tr("A data sync is in progress. Try again when it has finished."));
    case LabFailover::Result::InvalidRole:
        return error(tr("Invalid role: %1. Use primary or backup.").arg(role));
    }
    if (!lab.failoverWrapped) {
        Doc doc(lab.ns, QStringLiteral("success"));
        doc.w.writeCharacters(message);
        return doc.finish();
    }
    Doc doc(lab.ns, QStringLiteral("set_failover_role"));
    doc.w.writeTextElement(QStringLiteral("success"), message);
    return doc.finish();
}

} // namespace dr::lab
