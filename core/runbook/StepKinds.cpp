#include "runbook/StepKinds.h"

#include <array>
#include <utility>

namespace dr::runbook::kinds {
namespace {

template <typename E, std::size_t N> QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& s)
{
    for (const auto& [e, name] : table) {
        if (s == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList namesOf(const std::array<std::pair<E, const char*>, N>& table)
{
    QStringList out;
    for (const auto& entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

constexpr std::array<std::pair<StepKind, const char*>, 7> kStepKinds{{
    {StepKind::Instruction, "instruction"},
    {StepKind::Confirm, "confirm"},
    {StepKind::Record, "record"},
    {StepKind::Check, "check"},
    {StepKind::Action, "action"},
    {StepKind::Decision, "decision"},
    {StepKind::Include, "include"},
}};

constexpr std::array<std::pair<RecordType, const char*>, 11> kRecordTypes{{
    {RecordType::Ipv4, "ipv4"},
    {RecordType::Host, "host"},
    {RecordType::Netmask, "netmask"},
    {RecordType::Fqdn, "fqdn"},
    {RecordType::SerialNumber, "serial_number"},
    {RecordType::IncidentNumber, "incident_number"},
    {RecordType::FreeText, "free_text"},
    {RecordType::Url, "url"},
    {RecordType::Email, "email"},
    {RecordType::Version, "version"},
    {RecordType::FilePath, "file_path"},
}};

constexpr std::array<std::pair<CheckKind, const char*>, 11> kCheckKinds{{
    {CheckKind::ApiHealth, "api_health"},
    {CheckKind::ApiRole, "api_role"},
    {CheckKind::ApiAppliances, "api_appliances"},
    {CheckKind::TlsServesCertificate, "tls_serves_certificate"},
    {CheckKind::DnsResolvesTo, "dns_resolves_to"},
    {CheckKind::TcpReachable, "tcp_reachable"},
    {CheckKind::HttpProbe, "http_probe"},
    {CheckKind::ConnectedCount, "connected_count"},
    {CheckKind::ConnectedCountIncreases, "connected_count_increases"},
    {CheckKind::BackupFile, "backup_file"},
    {CheckKind::Pkcs12File, "pkcs12_file"},
}};

constexpr std::array<std::pair<ActionKind, const char*>, 1> kActionKinds{{
    {ActionKind::SetFailoverRole, "set_failover_role"},
}};

QStringList list(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

QString toString(StepKind k)
{
    return nameOf(kStepKinds, k);
}
QString toString(RecordType t)
{
    return nameOf(kRecordTypes, t);
}
QString toString(CheckKind k)
{
    return nameOf(kCheckKinds, k);
}
QString toString(ActionKind k)
{
    return nameOf(kActionKinds, k);
}
std::optional<StepKind> stepKind(const QString& s)
{
    return valueOf(kStepKinds, s);
}
std::optional<RecordType> recordType(const QString& s)
{
    return valueOf(kRecordTypes, s);
}
std::optional<CheckKind> checkKind(const QString& s)
{
    return valueOf(kCheckKinds, s);
}
std::optional<ActionKind> actionKind(const QString& s)
{
    return valueOf(kActionKinds, s);
}
QStringList allStepKinds()
{
    return namesOf(kStepKinds);
}
QStringList allRecordTypes()
{
    return namesOf(kRecordTypes);
}
QStringList allCheckKinds()
{
    return namesOf(kCheckKinds);
}

const QMap<QString, QStringList>& facts()
{
    static const QMap<QString, QStringList> table{
        {QStringLiteral("routing"), list({"shared_ip", "dns_swing", "nat_swing"})},
        {QStringLiteral("appliance_type"), list({"hardware", "virtual", "cloud", "hosted"})},
        {QStringLiteral("automatic_failover"), list({"enabled", "disabled"})},
        {QStringLiteral("product"), list({"remote_support", "privileged_access"})},
        {QStringLiteral("site_kind"), list({"starter_service", "cloud_appliance"})},
    };
    return table;
}

CheckParams checkParams(CheckKind k)
{
    switch (k) {
    case CheckKind::ApiHealth:
        return {list({"appliance", "expect"}), list({"same_as"})};
    case CheckKind::ApiRole:
        return {list({"appliance", "role"}), {}};
    case CheckKind::ApiAppliances:
        return {list({"appliance", "expect"}), list({"member"})};
    case CheckKind::TlsServesCertificate:
        return {list({"host"}), list({"port", "certificate_file"})};
    case CheckKind::DnsResolvesTo:
        return {list({"host", "address"}), {}};
    case CheckKind::TcpReachable:
        return {list({"host", "port", "expect"}), {}};
    case CheckKind::HttpProbe:
        return {list({"urls"}), list({"expect"})};
    case CheckKind::ConnectedCount:
        return {list({"appliance", "type"}), {}};
    case CheckKind::ConnectedCountIncreases:
        return {list({"appliance", "type", "baseline_step", "by"}), {}};
    case CheckKind::BackupFile:
        return {list({"file"}), list({"site_version", "max_age_days"})};
    case CheckKind::Pkcs12File:
        return {list({"file"}), list({"host"})};
    }
    return {};
}

} // namespace dr::runbook::kinds
