// The drill lab's appliance API over real TLS: tokens, every command action, permissions, contract variants.

#include "tst_lab_support.h"

#include "lab/LabAppliance.h"

using namespace dr::lab;

class TestLabApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.start(Topology::Pair), qPrintable(m_lab.errorString()));
        m_primary = m_lab.appliance(QStringLiteral("primary"));
        m_backup = m_lab.appliance(QStringLiteral("backup"));
        QVERIFY(m_primary && m_backup);
    }

    void init() { m_lab.setTimeScale(1.0); }

    void tokenIsIssuedAsJson()
    {
        LabTestClient c(m_lab.caCertificate());
        const LabReply r =
            c.tokenReply(m_primary->url(), m_lab.defaultAccount().clientId, m_lab.defaultAccount().clientSecret);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(r.header("connection"), QByteArray("close"));
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
    }

    void badSecretIs401InvalidClient()
    {
        LabTestClient c(m_lab.caCertificate());
        const LabReply r = c.tokenReply(m_primary->url(), m_lab.defaultAccount().clientId, "wrong-secret");
        QCOMPARE(r.status, 401);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        const LabReply unknown = c.tokenReply(m_primary->url(), QStringLiteral("nobody"), "x");
        QCOMPARE(unknown.status, 401);
    }

    void thirtyFirstTokenDropsTheOldest()
    {
        LabTestClient c(m_lab.caCertificate());
        const LabAccount account{QStringLiteral("many-tokens"), "s3cret", QStringLiteral("read_only"), false};
        m_lab.addAccount(account);
        const QByteArray first = c.token(m_primary->url(), account);
        const QByteArray second = c.token(m_primary->url(), account);
        for (int i = 0; i < 29; ++i)
            QVERIFY(!c.token(m_primary->url(), account).isEmpty());
        const LabReply dropped = c.command(m_primary->url(), first, QStringLiteral("check_health"));
        QCOMPARE(dropped.status, 401);
        const LabReply kept = c.command(m_primary->url(), second, QStringLiteral("check_health"));
        QCOMPARE(kept.status, 200);
        QCOMPARE(xmlText(kept.body, QStringLiteral("success")), QStringLiteral("1"));
    }

    void checkHealthOnPair()
    {
        LabTestClient c(m_lab.caCertificate());
        m_primary->resetRequestCounts();
        const QByteArray token = c.token(m_primary->url(), m_lab.defaultAccount());
        const LabReply r = c.command(m_primary->url(), token, QStringLiteral("check_health"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/xml"));
        QString ns;
        QCOMPARE(xmlRootName(r.body, &ns), QStringLiteral("health_check"));
        QCOMPARE(ns, QStringLiteral("http://www.bomgar.com/namespaces/API/command"));
        QString id;
        QCOMPARE(xmlText(r.body, QStringLiteral("appliance"), &id), m_primary->hostname());
        QCOMPARE(id, m_primary->guid());
        QCOMPARE(id.size(), 32);
        QCOMPARE(xmlText(r.body, QStringLiteral("version")), m_primary->version());
        QCOMPARE(xmlText(r.body, QStringLiteral("failover_role")), QStringLiteral("primary"));
        QCOMPARE(xmlText(r.body, QStringLiteral("last_data_sync_status")), QStringLiteral("success"));
        QVERIFY(xmlText(r.body, QStringLiteral("last_data_sync_time")).endsWith(QStringLiteral("+0000")));
        QVERIFY(!r.header("x-ratelimit-limit").isEmpty());
        QVERIFY(!r.header("x-ratelimit-remaining").isEmpty());

        m_primary->setHealthy(false, QStringLiteral("Disk full"));
        const LabReply sick = c.command(m_primary->url(), token, QStringLiteral("check_health"));
        QCOMPARE(xmlText(sick.body, QStringLiteral("success")), QStringLiteral("0"));
        QCOMPARE(xmlText(sick.body, QStringLiteral("error_message")), QStringLiteral("Disk full"));
        m_primary->setHealthy(true);
        QCOMPARE(m_primary->requestCount(QStringLiteral("check_health")), qint64(2));
    }

    void syncTimeVariants()
    {
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(m_backup->url(), m_lab.defaultAccount());
        m_backup->setLastDataSync(QDateTime(QDate(2019, 10, 7), QTime(0, 32, 50, 877), Qt::UTC));
        const auto syncTime = [&](QString* ts) {
            const QByteArray body = c.command(m_backup->url(), token, QStringLiteral("check_health")).body;
            QXmlStreamReader r(body);
            while (!r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("last_data_sync_time")) {
                    *ts = r.attributes().hasAttribute(QStringLiteral("ts"))
                              ? r.attributes().value(QStringLiteral("ts")).toString()
                              : QStringLiteral("(none)");
                    return r.readElementText();
                }
            }
            return QString();
        };
        QString ts;
        QCOMPARE(syncTime(&ts), QStringLiteral("2019-10-07T00:32:50.877+0000"));
        QCOMPARE(ts, QStringLiteral("1570408370"));
        m_lab.setSyncTimeStyle(SyncTimeStyle::MillisNoTs);
        QCOMPARE(syncTime(&ts), QStringLiteral("2019-10-07T00:32:50.877+0000"));
        QCOMPARE(ts, QStringLiteral("(none)"));
        m_lab.setSyncTimeStyle(SyncTimeStyle::SecondsZ);
        QCOMPARE(syncTime(&ts), QStringLiteral("2019-10-07T00:32:50Z"));
        m_lab.setSyncTimeStyle(SyncTimeStyle::MillisWithTs);
    }

    void probeAnswers200Or500()
    {
        LabTestClient c(m_lab.caCertificate());
        QUrl url = m_backup->url();
        url.setPath(QStringLiteral("/check_health"));
        QCOMPARE(c.get(url).status, 200);
        m_backup->setHealthy(false);
        QCOMPARE(c.get(url).status, 500);
        m_backup->setHealthy(true);
        QCOMPARE(m_backup->requestCount(QStringLiteral("probe")), qint64(2));
    }

    void getAppliancesListsEveryMember()
    {
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(m_backup->url(), m_lab.defaultAccount());
        const LabReply r = c.command(m_backup->url(), token, QStringLiteral("get_appliances"));
        const auto ids = xmlAll(r.body, QStringLiteral("appliance"));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids.at(0).first, m_primary->guid());
        QCOMPARE(ids.at(1).first, m_backup->guid());
        const auto roles = xmlAll(r.body, QStringLiteral("failover_role"));
        QCOMPARE(roles.at(0).second, QStringLiteral("primary"));
        QCOMPARE(roles.at(1).second, QStringLiteral("backup"));
        QCOMPARE(xmlText(r.body, QStringLiteral("cluster_role")), QStringLiteral("single"));
        QCOMPARE(xmlText(r.body, QStringLiteral("public_hostname")), m_primary->hostname());
    }

    void getApiInfoGivesPermissions()
    {
        LabTestClient c(m_lab.caCertificate());
        const LabAccount ro{QStringLiteral("reader"), "pw-reader", QStringLiteral("read_only"), false};
        m_lab.addAccount(ro);
        const LabReply r = c.command(m_primary->url(), c.token(m_primary->url(), ro), QStringLiteral("get_api_info"));
        QCOMPARE(xmlText(r.body, QStringLiteral("api_version")), QStringLiteral("1.23.1"));
        const auto perms = xmlAll(r.body, QStringLiteral("permission"), QStringLiteral("name"));
        QVERIFY(perms.contains(qMakePair(QStringLiteral("perm_command"), QStringLiteral("read_only"))));
        QVERIFY(perms.contains(qMakePair(QStringLiteral("perm_backup"), QStringLiteral("0"))));
        QVERIFY(!xmlText(r.body, QStringLiteral("timestamp")).isEmpty());
    }

    void permissionsAreEnforced()
    {
        LabTestClient c(m_lab.caCertificate());
        const LabAccount ro{QStringLiteral("ro"), "pw-ro", QStringLiteral("read_only"), true};
        const LabAccount deny{QStringLiteral("deny"), "pw-deny", QStringLiteral("deny"), true};
        m_lab.addAccount(ro);
        m_lab.addAccount(deny);
        const QByteArray roToken = c.token(m_primary->url(), ro);
        const QByteArray denyToken = c.token(m_primary->url(), deny);
        QCOMPARE(xmlText(c.command(m_primary->url(), roToken, QStringLiteral("check_health")).body,
                         QStringLiteral("success")),
                 QStringLiteral("1"));
        const LabReply write = c.command(m_primary->url(), roToken, QStringLiteral("set_failover_role"),
                                         {{QStringLiteral("role"), QStringLiteral("backup")}});
        QCOMPARE(write.status, 200);
        QCOMPARE(xmlRootName(write.body), QStringLiteral("error"));
        QCOMPARE(m_primary->failoverRole(), QStringLiteral("primary"));
        const LabReply denied = c.command(m_primary->url(), denyToken, QStringLiteral("check_health"));
        QCOMPARE(xmlRootName(denied.body), QStringLiteral("error"));
        // get_api_info answers any API account.
        QCOMPARE(xmlRootName(c.command(m_primary->url(), denyToken, QStringLiteral("get_api_info")).body),
                 QStringLiteral("api_information"));
    }

    void connectedClientsAndReps()
    {
        LabTestClient c(m_lab.caCertificate());
        m_primary->setConnectedCount(QStringLiteral("representative"), 7);
        m_primary->setLoggedInReps({QStringLiteral("Ann"), QStringLiteral("Bo")});
        const QByteArray token = c.token(m_primary->url(), m_lab.defaultAccount());
        const LabReply list = c.command(m_primary->url(), token, QStringLiteral("get_connected_client_list"),
                                        {{QStringLiteral("type"), QStringLiteral("representative")},
                                         {QStringLiteral("summary_only"), QStringLiteral("1")}});
        const auto summaries = xmlAll(list.body, QStringLiteral("appliance_summary"));
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.first().first, m_primary->guid());
        const auto counts = xmlAll(list.body, QStringLiteral("count"), QStringLiteral("type"));
        QCOMPARE(counts.first(), qMakePair(QStringLiteral("representative"), QStringLiteral("7")));
        QCOMPARE(counts.size(), 2); // only the asked type, once per appliance
        const LabReply reps = c.command(m_primary->url(), token, QStringLiteral("get_logged_in_reps"));
        const auto names = xmlAll(reps.body, QStringLiteral("display_name"));
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.at(1).second, QStringLiteral("Bo"));
    }

    void postFormWorksAndUnknownActionIsAnError()
    {
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(m_primary->url(), m_lab.defaultAccount());
        QUrl url = m_primary->url();
        url.setPath(QStringLiteral("/api/command"));
        const LabReply r = c.post(url, "action=check_health", "application/x-www-form-urlencoded", token);
        QCOMPARE(xmlRootName(r.body), QStringLiteral("health_check"));
        const LabReply bad = c.command(m_primary->url(), token, QStringLiteral("no_such_action"));
        QCOMPARE(bad.status, 200);
        QCOMPARE(xmlRootName(bad.body), QStringLiteral("error"));
        const LabReply none = c.get(LabTestClient::commandUrl(m_primary->url(), QStringLiteral("check_health")));
        QCOMPARE(none.status, 401);
    }

    void namespaceVariants()
    {
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(m_primary->url(), m_lab.defaultAccount());
        m_lab.setXmlNamespace(XmlNamespace::BeyondTrust);
        QString ns;
        xmlRootName(c.command(m_primary->url(), token, QStringLiteral("check_health")).body, &ns);
        QCOMPARE(ns, QStringLiteral("https://www.beyondtrust.com/namespaces/API/command"));
        m_lab.setXmlNamespace(XmlNamespace::None);
        xmlRootName(c.command(m_primary->url(), token, QStringLiteral("check_health")).body, &ns);
        QVERIFY(ns.isEmpty());
        m_lab.setXmlNamespace(XmlNamespace::Bomgar);
    }

    void legacyUsernamePassword()
    {
        LabTestClient c(m_lab.caCertificate());
        const LabAccount account = m_lab.defaultAccount();
        const QList<QPair<QString, QString>> good = {
            {QStringLiteral("username"), account.clientId},
            {QStringLiteral("password"), QString::fromUtf8(account.clientSecret)}};
        QCOMPARE(xmlRootName(c.command(m_primary->url(), {}, QStringLiteral("check_health"), good).body),
                 QStringLiteral("error")); // off by default
        m_lab.setLegacyAuthEnabled(true);
        QCOMPARE(xmlRootName(c.command(m_primary->url(), {}, QStringLiteral("check_health"), good).body),
                 QStringLiteral("health_check"));
        const LabReply bad = c.command(
            m_primary->url(), {}, QStringLiteral("check_health"),
            {{QStringLiteral("username"), account.clientId}, {QStringLiteral("password"), QStringLiteral("nope")}});
        QCOMPARE(bad.status, 200);
        QCOMPARE(xmlText(bad.body, QStringLiteral("error")), QStringLiteral("Invalid credentials"));
        m_lab.setLegacyAuthEnabled(false);
    }

    void tokensExpireInLabTime()
    {
        LabTestClient c(m_lab.caCertificate());
        m_lab.setTokenLifetimeSecs(3600);
        m_lab.setTimeScale(3600.0 * 4); // one lab hour every quarter of a real second
        const LabReply t =
            c.tokenReply(m_primary->url(), m_lab.defaultAccount().clientId, m_lab.defaultAccount().clientSecret);
        QCOMPARE(QJsonDocument::fromJson(t.body).object().value(QStringLiteral("expires_in")).toInt(), 1);
        const QByteArray token =
            QJsonDocument::fromJson(t.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
        QTRY_COMPARE_WITH_TIMEOUT(c.command(m_primary->url(), token, QStringLiteral("check_health")).status, 401,
                                  20000);
        const LabReply expired = c.command(m_primary->url(), token, QStringLiteral("check_health"));
        QCOMPARE(QJsonDocument::fromJson(expired.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_token"));
    }

    void expiredTokenAsXml()
    {
        LabTestClient c(m_lab.caCertificate());
        m_lab.setExpiredTokenStyle(ExpiredTokenStyle::Xml);
        m_primary->injectFault({FaultKind::ExpiredToken, QStringLiteral("check_health"), 0, 0, 1});
        const QByteArray token = c.token(m_primary->url(), m_lab.defaultAccount());
        const LabReply r = c.command(m_primary->url(), token, QStringLiteral("check_health"));
        QCOMPARE(r.status, 200);
        QVERIFY(xmlText(r.body, QStringLiteral("error")).contains(QStringLiteral("expired")));
        // The token is gone; a fresh one works (the fault was for one call).
        const QByteArray fresh = c.token(m_primary->url(), m_lab.defaultAccount());
        QCOMPARE(xmlRootName(c.command(m_primary->url(), fresh, QStringLiteral("check_health")).body),
                 QStringLiteral("health_check"));
        m_lab.setExpiredTokenStyle(ExpiredTokenStyle::Json);
    }

    void badHttpIs400()
    {
        const QByteArray answer = rawExchange(m_lab.caCertificate(), m_primary->port(), "NONSENSE\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        const QByteArray badLength = rawExchange(m_lab.caCertificate(), m_primary->port(),
                                                 "POST /oauth2/token HTTP/1.1\r\nContent-Length: -5\r\n\r\n");
        QVERIFY2(badLength.startsWith("HTTP/1.1 400"), badLength.constData());
        const QByteArray unknown =
            rawExchange(m_lab.caCertificate(), m_primary->port(), "GET /nowhere HTTP/1.1\r\n\r\n");
        QVERIFY2(unknown.startsWith("HTTP/1.1 404"), unknown.constData());
        const QByteArray method = rawExchange(m_lab.caCertificate(), m_primary->port(),
                                              "DELETE /api/command?action=check_health HTTP/1.1\r\n\r\n");
        QVERIFY2(method.startsWith("HTTP/1.1 405"), method.constData());
    }

    void oversizedHeadersAreRefused()
    {
        const QByteArray answer = rawExchange(m_lab.caCertificate(), m_primary->port(),
                                              "GET /check_health HTTP/1.1\r\nX-Big: " + QByteArray(40000, 'a'));
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(80).constData());
    }

    void requestSentInPiecesIsParsed()
    {
        const QByteArray body = "grant_type=client_credentials";
        const QByteArray credentials =
            QByteArray(m_lab.defaultAccount().clientId.toUtf8() + ':' + m_lab.defaultAccount().clientSecret).toBase64();
        const QByteArray request = "POST /oauth2/token HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + credentials +
                                   "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray answer = rawExchange(m_lab.caCertificate(), m_primary->port(), request, 7);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(80).constData());
        QVERIFY(answer.contains("access_token"));
    }

private:
    Lab m_lab;
    LabAppliance* m_primary = nullptr;
    LabAppliance* m_backup = nullptr;
};

QTEST_GUILESS_MAIN(TestLabApi)
#include "tst_lab_api.moc"
