#include "runbook/RecordValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace dr::runbook {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::runbook::RecordValidator", s);
}

bool parseIpv4(const QString& s, quint32* out)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\."
                                                      "(0|[1-9]\\d{0,2})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    quint32 v = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = m.captured(i).toInt();
        if (octet > 255)
            return false;
        v = (v << 8) | quint32(octet);
    }
    *out = v;
    return true;
}

RecordValidator::Result ok(const QString& v)
{
    return {true, v, QString()};
}
RecordValidator::Result bad(const QString& msg)
{
    return {false, QString(), msg};
}

} // namespace

RecordValidator::Result RecordValidator::validate(RecordType type, const QString& raw)
{
    const QString v = raw.trimmed();
    if (v.isEmpty())
        return bad(tr("Enter a value."));
    switch (type) {
    case RecordType::Ipv4: {
        quint32 ip = 0;
        if (!parseIpv4(v, &ip))
            return bad(tr("\"%1\" is not an IPv4 address; enter four numbers from 0 to 255 separated by dots, "
                          "for example 192.0.2.10.")
                           .arg(v));
        return ok(v);
    }
    case RecordType::Netmask: {
        quint32 m = 0;
        if (!parseIpv4(v, &m))
            return bad(tr("\"%1\" is not a subnet mask; enter it as four numbers, for example 255.255.0.0.").arg(v));
        const quint32 inverted = ~m;
        if ((inverted & (inverted + 1)) != 0 || m == 0)
            return bad(tr("\"%1\" is not a valid subnet mask (its bits must be contiguous ones "
                          "followed by zeros); enter one such as 255.255.255.0.")
                           .arg(v));
        return ok(v);
    }
    case RecordType::Fqdn: {
        static const QRegularExpression label(QStringLiteral("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$"));
        QString host = v.endsWith(QLatin1Char('.')) ? v.chopped(1) : v;
        const QStringList labels = host.split(QLatin1Char('.'));
        bool good = host.size() <= 253 && labels.size() >= 2;
        for (const QString& l : labels)
            good = good && label.match(l).hasMatch();
        quint32 ip = 0;
        if (!good || parseIpv4(host, &ip))
            return bad(tr("\"%1\" is not a fully qualified domain name; enter the host name with its domain, "
                          "for example support.example.com.")
                           .arg(v));
        return ok(host.toLower());
    }
    case RecordType::Host: {
        quint32 ip = 0;
        static const QRegularExpression host(
            QStringLiteral("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\\.?$"));
        static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
        if (parseIpv4(v, &ip))
            return ok(v);
        if (numeric.match(v).hasMatch() || !host.match(v).hasMatch() || v.size() > 253)
            return bad(tr("\"%1\" is neither a host name nor an IPv4 address; enter for example "
                          "support.example.com or 192.0.2.10.")
                           .arg(v));
        return ok((v.endsWith(QLatin1Char('.')) ? v.chopped(1) : v).toLower());
    }
    case RecordType::SerialNumber: {
        static const QRegularExpression re(QStringLiteral("^(?=.*\\d)[A-Za-z0-9][A-Za-z0-9-]{3,31}$"));
        if (!re.match(v).hasMatch())
            return bad(tr("\"%1\" does not look like an appliance serial number (4 to 32 letters, digits or -, "
                          "with at least one digit); copy it from the /appliance Status page.")
                           .arg(v));
        return ok(v.toUpper());
    }
    case RecordType::IncidentNumber: {
        static const QRegularExpression re(QStringLiteral("^(?:incident\\s*)?#?\\s*(\\d{3,12})$"),
                                           QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(v);
        if (!m.hasMatch())
            return bad(tr("\"%1\" is not an incident number; enter the number Support gave you, "
                          "for example 40100 or Incident# 40100.")
                           .arg(v));
        return ok(m.captured(1));
    }
    case RecordType::FreeText:
    case RecordType::FilePath:
        return ok(v);
    case RecordType::Url: {
        const QUrl url(v, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return bad(tr("\"%1\" is not a web address; enter it with https://, for example "
                          "https://169.254.1.1/appliance/login.ns.")
                           .arg(v));
        return ok(url.toString());
    }
    case RecordType::Email: {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!re.match(v).hasMatch())
            return bad(tr("\"%1\" is not an email address; enter it as name@example.com.").arg(v));
        return ok(v);
    }
    case RecordType::Version: {
        static const QRegularExpression re(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
        if (!re.match(v).hasMatch())
            return bad(tr("\"%1\" is not a product version; enter X.Y or X.Y.Z, for example 15.2.2.").arg(v));
        return ok(v);
    }
    }
    return bad(tr("Unknown value type."));
}

QString RecordValidator::example(RecordType type)
{
    switch (type) {
    case RecordType::Ipv4:
        return QStringLiteral("192.0.2.10");
    case RecordType::Netmask:
        return QStringLiteral("255.255.255.0");
    case RecordType::Fqdn:
        return QStringLiteral("support.example.com");
    case RecordType::SerialNumber:
        return QStringLiteral("B300-12345");
    case RecordType::Host:
        return QStringLiteral("backup.example.com");
    case RecordType::IncidentNumber:
        return QStringLiteral("40100");
    case RecordType::Url:
        return QStringLiteral("https://support.example.com/login");
    case RecordType::Email:
        return QStringLiteral("admin@example.com");
    case RecordType::Version:
        return QStringLiteral("15.2.2");
    case RecordType::FilePath:
        return QStringLiteral("/path/to/file");
    case RecordType::FreeText:
        break;
    }
    return {};
}

} // namespace dr::runbook
