#include "lab/LabControl.h"

#include "lab/Lab.h"
#include "lab/LabApi.h"
#include "lab/LabAppliance_p.h"
#include "lab/LabFailover.h"
#include "lab/Lab_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace dr::lab {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LabControl", text);
}

const QList<QPair<QString, FaultKind>>& faultNames()
{
    static const QList<QPair<QString, FaultKind>> names = {
        {QStringLiteral("down"), FaultKind::Down},
        {QStringLiteral("hang"), FaultKind::Hang},
        {QStringLiteral("latency"), FaultKind::Latency},
        {QStringLiteral("http500"), FaultKind::Http500},
        {QStringLiteral("malformed_xml"), FaultKind::MalformedXml},
        {QStringLiteral("truncated_xml"), FaultKind::TruncatedXml},
        {QStringLiteral("drop_mid_backup"), FaultKind::DropMidBackup},
        {QStringLiteral("expired_token"), FaultKind::ExpiredToken},
        {QStringLiteral("missing_permission"), FaultKind::MissingPermission},
        {QStringLiteral("rate_limited"), FaultKind::RateLimited},
        {QStringLiteral("wrong_certificate"), FaultKind::WrongCertificate},
        {QStringLiteral("invalid_credentials"), FaultKind::InvalidCredentials},
    };
    return names;
}
} // namespace

LabControl::LabControl(Lab* lab) : m_lab(lab) {}

LabHttpResponse LabControl::ok()
{
    return LabHttpResponse::make(200, "application/json", R"({"ok":true})");
}

LabHttpResponse LabControl::fail(int status, const QString& message)
{
    return LabHttpResponse::make(
        status, "application/json",
        QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}})
            .toJson(QJsonDocument::Compact));
}

LabHttpResponse LabControl::handle(const LabHttpRequest& request)
{
    const QByteArray key = m_lab->controlKey();
    const QByteArray given = request.header("x-lab-key");
    if (given.size() != key.size() ||
        CRYPTO_memcmp(given.constData(), key.constData(), static_cast<size_t>(key.size())))
        return fail(401, tr("Send the lab control key in the X-Lab-Key header (printed by drrunbook-cli lab)."));
    const QString op = request.path().mid(5); // after "/lab/"
    if (op == QLatin1String("state"))
        return state();
    if (request.method != "POST")
        return fail(405, tr("Use POST for lab control steps."));
    const QUrlQuery params = QUrlQuery(QUrl::fromEncoded(request.target));
    const auto param = [&](const char* name) {
        const QString v = params.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        return v.isEmpty() ? request.parameter(QString::fromLatin1(name)) : v;
    };
    const QString name = param("name");
    LabAppliance* a = m_lab->appliance(name);
    const bool on = param("enabled") == QLatin1String("1");
    if (op == QLatin1String("shared-ip")) {
        m_lab->setSharedIpEnabled(on);
        return ok();
    }
    if (op == QLatin1String("auto-failover")) {
        m_lab->setAutomaticFailover(on, param("timeout").isEmpty() ? 60 : param("timeout").toInt());
        return ok();
    }
    if (op == QLatin1String("add-spare"))
        return m_lab->addSpare(name.isEmpty() ? QStringLiteral("spare") : name) ? ok()
                                                                                : fail(500, m_lab->errorString());
    if (!a)
        return fail(404, tr("No appliance named '%1' in this lab: see GET /lab/state.").arg(name));
    if (op == QLatin1String("power-off"))
        m_lab->powerOff(name);
    else if (op == QLatin1String("power-on"))
        m_lab->powerOn(name);
    else if (op == QLatin1String("sync-now"))
        m_lab->syncNow(name);
    else if (op == QLatin1String("restore-backup"))
        m_lab->restoreBackup(name);
    else if (op == QLatin1String("swing-dns"))
        m_lab->pointSiteAt(name);
    else if (op == QLatin1String("clear-faults"))
        a->clearFaults();
    else if (op == QLatin1String("certificate"))
        return certificate(request);
    else if (op == QLatin1String("version")) {
        if (param("version").trimmed().isEmpty())
            return fail(400, tr("Give the product version, for example version=23.2.4."));
        a->setVersion(param("version").trimmed()); // the site updated (by support) to another version
    } else if (op == QLatin1String("health"))
        a->setHealthy(param("healthy") != QLatin1String("0"), param("message"));
    else if (op == QLatin1String("connected-count"))
        a->setConnectedCount(param("type"), param("count").toInt());
    else if (op == QLatin1String("role")) {
        const QString role = param("role");
        if (role != QLatin1String("none") && role != QLatin1String("primary") && role != QLatin1String("backup"))
            return fail(400, tr("role must be none, primary or backup."));
        LabApi::data(a).failoverRole = role;
        emit a->failoverRoleChanged(role);
        emit m_lab->roleChanged(name, role);
    } else if (op == QLatin1String("fault")) {
        const QString kind = param("kind");
        const auto it =
            std::find_if(faultNames().begin(), faultNames().end(), [&](const auto& p) { return p.first == kind; });
        if (it == faultNames().end())
            return fail(400, tr("Unknown fault kind '%1'.").arg(kind));
        Fault f{it->second, param("action")};
        f.latencyMs = param("latency_ms").toInt();
        f.afterBytes = param("after_bytes").toLongLong();
        f.times = param("times").isEmpty() ? -1 : param("times").toInt();
        a->injectFault(f);
    } else {
        return fail(404, tr("Unknown lab control step '%1'.").arg(op));
    }
    return ok();
}

LabHttpResponse LabControl::certificate(const LabHttpRequest& request)
{
    const QString name = request.parameter(QStringLiteral("name"));
    LabAppliance* a = m_lab->appliance(name);
    const QString source = request.parameter(QStringLiteral("source"));
    if (source == QLatin1String("lab")) {
        a->serveLabCertificate();
        return ok();
    }
    if (source == QLatin1String("factory")) {
        a->serveFactoryDefaultCertificate();
        return ok();
    }
    QByteArray body = request.body;
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate cert;
    QList<QSslCertificate> chain;
    const QByteArray password = request.header("x-lab-p12-password");
    if (!QSslCertificate::importPkcs12(&buffer, &key, &cert, &chain, password))
        return fail(400, tr("The body is not a PKCS#12 file this password opens. Send the .p12 with its password "
                            "in X-Lab-P12-Password, or use source=lab|factory."));
    a->serveCertificate(QList<QSslCertificate>{cert} + chain, key);
    return ok();
}

LabHttpResponse LabControl::state() const
{
    QJsonArray list;
    for (LabAppliance* a : m_lab->appliances()) {
        const QList<QSslCertificate> served = a->servedChain();
        list.append(QJsonObject{
            {QStringLiteral("name"), a->name()},
            {QStringLiteral("url"), a->url().toString()},
            {QStringLiteral("guid"), a->guid()},
            {QStringLiteral("failoverRole"), a->failoverRole()},
            {QStringLiteral("clusterRole"), a->clusterRole()},
            {QStringLiteral("poweredOn"), a->isPoweredOn()},
            {QStringLiteral("listening"), a->isListening()},
            {QStringLiteral("configured"), a->isConfigured()},
            {QStringLiteral("healthy"), a->healthy()},
            {QStringLiteral("servedCertificateSha256"),
             served.isEmpty() ? QString()
                              : QString::fromLatin1(served.first().digest(QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("lastDataSyncTime"), a->lastDataSyncTime().toString(Qt::ISODateWithMs)},
            {QStringLiteral("lastDataSyncStatus"), a->lastDataSyncStatus()},
        });
    }
    const QJsonObject o{{QStringLiteral("appliances"), list},
                        {QStringLiteral("siteUrl"), m_lab->siteUrl().toString()},
                        {QStringLiteral("sharedIp"), m_lab->sharedIpEnabled()},
                        {QStringLiteral("siteDnsTarget"), m_lab->siteDnsTarget()},
                        {QStringLiteral("siteTarget"), m_lab->siteTarget()},
                        {QStringLiteral("labTime"), m_lab->labNow().toString(Qt::ISODateWithMs)}};
    return LabHttpResponse::make(200, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace dr::lab
