#include "site/AppliancePages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace dr::site {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::site::AppliancePages", s);
}

QString safePart(const QString& part, bool underscoreAllowed = false)
{
    QString out;
    for (const QChar c : part.trimmed()) {
        const bool ok =
            (underscoreAllowed && c == QLatin1Char('_')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
            c == QLatin1Char('.') || c == QLatin1Char('-');
        out += ok ? c : QLatin1Char('-');
    }
    return out.isEmpty() ? QStringLiteral("unknown") : out;
}

const QString kTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

} // namespace

const QStringList kPageStatuses = {QStringLiteral("not_captured"), QStringLiteral("captured"),
                                   QStringLiteral("not_used")};

const QList<PageSpec>& appliancePageSpecs()
{
    static const QList<PageSpec> specs = {
        {QStringLiteral("ip_configuration"),
         tr("IP Configuration"),
         QStringLiteral("Networking > IP Configuration"),
         tr("Take screenshots of the page: every NIC's IP addresses, netmasks, default gateway, DNS servers and "
            "hostname. These cannot be restored automatically."),
         {{QStringLiteral("hostname"), tr("Hostname"), false},
          {QStringLiteral("default_gateway"), tr("Default gateway"), false},
          {QStringLiteral("dns_servers"), tr("DNS servers"), false},
          {QStringLiteral("ntp_servers"), tr("NTP servers"), false}}},
        {QStringLiteral("static_routes"),
         tr("Static Routes"),
         QStringLiteral("Networking > Static Routes"),
         tr("If static routes are used, capture the page; otherwise mark it not used."),
         {{QStringLiteral("routes"), tr("Routes (one per line: network/mask via gateway)"), true}}},
        {QStringLiteral("snmp"),
         tr("SNMP"),
         QStringLiteral("Networking > SNMP"),
         tr("If SNMP is used, capture the page; otherwise mark it not used."),
         {{QStringLiteral("version"), tr("SNMP version"), false},
          {QStringLiteral("allowed_networks"), tr("Networks allowed to query"), false}}},
        {QStringLiteral("syslog"),
         tr("Syslog"),
         QStringLiteral("Security > Appliance Administration > Syslog"),
         tr("If the appliance sends logs to a syslog server, note the server's hostname and/or IP and its message "
            "format."),
         {{QStringLiteral("server"), tr("Syslog server (hostname or IP)"), false},
          {QStringLiteral("format"), tr("Message format"), false}}},
        {QStringLiteral("smtp"),
         tr("Email Configuration (SMTP)"),
         QStringLiteral("Security > Email Configuration"),
         tr("If the appliance sends email (certificate expiration reminders, admin alerts), capture the page: it is "
            "separate from the /login email settings."),
         {{QStringLiteral("server"), tr("SMTP relay"), false},
          {QStringLiteral("port"), tr("Port"), false},
          {QStringLiteral("from_address"), tr("From address"), false},
          {QStringLiteral("recipients"), tr("Admin contact addresses"), false}}},
        {QStringLiteral("ssl_tls"),
         tr("SSL/TLS Configuration"),
         QStringLiteral("Security > SSL/TLS Configuration"),
         tr("If SSL/TLS was customised (protocols, ciphers), capture the page."),
         {{QStringLiteral("protocols"), tr("Enabled protocols"), false},
          {QStringLiteral("cipher_suites"), tr("Cipher suites"), true}}},
        {QStringLiteral("administration"),
         tr("Appliance Administration"),
         QStringLiteral("Security > Appliance Administration"),
         tr("If there are special user account, network or port restrictions, capture the page."),
         {{QStringLiteral("restrictions"), tr("Account, network and port restrictions"), true}}},
        {QStringLiteral("login_agreement"),
         tr("/appliance Prerequisite Login Agreement"),
         QStringLiteral("Security > Appliance Administration > /appliance Prerequisite Login Agreement"),
         tr("If a login agreement is configured, capture a screenshot and copy its text."),
         {{QStringLiteral("text"), tr("Agreement text"), true}}},
    };
    return specs;
}

const PageSpec* findPageSpec(const QString& key)
{
    for (const PageSpec& spec : appliancePageSpecs()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

bool StatusSnapshot::isComplete() const
{
    return !applianceVersion.trimmed().isEmpty() && !serial.trimmed().isEmpty() &&
           !baseSoftwareVersion.trimmed().isEmpty() && systemTime.isValid();
}

QString ScreenshotName::toString() const
{
    QString name = safePart(page, true) + QLatin1Char('_') + safePart(applianceVersion) + QLatin1Char('_') +
                   safePart(serial) + QLatin1Char('_') + safePart(baseSoftwareVersion) + QLatin1Char('_') +
                   (systemTime.isValid() ? systemTime.toUTC().toString(kTimeFormat) : QStringLiteral("unknown"));
    if (!extension.isEmpty())
        name += QLatin1Char('.') + extension;
    return name;
}

ScreenshotName ScreenshotName::make(const QString& page, const StatusSnapshot& status, const QString& extension)
{
    return {page,
            status.applianceVersion,
            status.serial,
            status.baseSoftwareVersion,
            status.systemTime,
            extension.startsWith(QLatin1Char('.')) ? extension.mid(1) : extension};
}

std::optional<ScreenshotName> ScreenshotName::parse(const QString& fileName)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z0-9._-]+)_([A-Za-z0-9.-]+)_([A-Za-z0-9.-]+)_([A-Za-z0-9.-]+)_(\\d{8}T\\d{6}Z)"
                       "(?:\\.([A-Za-z0-9]+))?$"));
    const QRegularExpressionMatch m = re.match(QFileInfo(fileName).fileName());
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime when = QDateTime::fromString(m.captured(5), kTimeFormat);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return ScreenshotName{m.captured(1), m.captured(2), m.captured(3), m.captured(4), when, m.captured(6)};
}

bool ScreenshotName::matches(const StatusSnapshot& status) const
{
    const ScreenshotName expected = make(page, status, extension);
    return expected.toString() == toString();
}

} // namespace dr::site
