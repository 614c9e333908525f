// The API client against the drill lab over real TLS: every action, contract variants, role changes.
#include "tst_api_support.h"

using namespace dr::api;
using namespace dr::lab;
using namespace apitest;

class TestApiClient : public QObject
{
    Q_OBJECT
private:
    Lab m_lab;
    LabAppliance* m_primary = nullptr;
    LabAppliance* m_backup = nullptr;

    std::unique_ptr<ApiClient> client(LabAppliance* a, const Credentials& c, TokenManager* tokens = nullptr)
    {
        return std::make_unique<ApiClient>(settingsFor(m_lab, a), c, dr::SystemClock::instance(), tokens);
    }
    std::unique_ptr<ApiClient> client(LabAppliance* a) { return client(a, credentialsFor(m_lab.defaultAccount())); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.start(Topology::Pair), qPrintable(m_lab.errorString()));
        m_primary = m_lab.appliance(QStringLiteral("primary"));
        m_backup = m_lab.appliance(QStringLiteral("backup"));
        QVERIFY(m_primary && m_backup);
    }
    void init()
    {
        m_lab.setXmlNamespace(XmlNamespace::Bomgar);
        m_lab.setLegacyMasterRole(false);
        m_lab.setFailoverReplyWrapped(false);
        for (LabAppliance* a : m_lab.appliances()) {
            a->clearFaults();
            a->resetRequestCounts();
        }
    }

    void apiInfo()
    {
        auto c = client(m_primary);
        const auto r = await(c->getApiInfo());
        QVERIFY2(r.ok(), describe(r.error));
        QVERIFY(!r.value->apiVersion.isEmpty());
        QVERIFY(r.value->canChangeRoles());
        QVERIFY(r.value->canBackup());
        QVERIFY(!r.value->checkPermissionFor(Operation::ChangeRole));
    }

    void apiInfoReadOnlyAccount()
    {
        LabAccount ro{QStringLiteral("ro-account"), QByteArray("ro-secret-123"), QStringLiteral("read_only"), false};
        m_lab.addAccount(ro);
        auto c = client(m_primary, credentialsFor(ro));
        const auto r = await(c->getApiInfo());
        QVERIFY2(r.ok(), describe(r.error));
        QVERIFY(r.value->canReadCommands());
        QVERIFY(!r.value->canChangeRoles());
        QCOMPARE(r.value->checkPermissionFor(Operation::DownloadBackup)->missingPermission,
                 QStringLiteral("perm_backup"));
    }

    void checkHealthNamespaces_data()
    {
        QTest::addColumn<int>("ns");
        QTest::newRow("bomgar") << int(XmlNamespace::Bomgar);
        QTest::newRow("beyondtrust") << int(XmlNamespace::BeyondTrust);
        QTest::newRow("none") << int(XmlNamespace::None);
    }
    void checkHealthNamespaces()
    {
        QFETCH(int, ns);
        m_lab.setXmlNamespace(static_cast<XmlNamespace>(ns));
        auto c = client(m_primary);
        const auto r = await(c->checkHealth());
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(r.value->applianceGuid, m_primary->guid());
        QCOMPARE(r.value->hostname, m_primary->hostname());
        QCOMPARE(r.value->version, m_primary->version().section(QLatin1Char(' '), 0, 0));
        QVERIFY(!r.value->build.isEmpty());
        QVERIFY(r.value->success);
        QCOMPARE(r.value->failoverRole, QStringLiteral("primary"));
        QCOMPARE(r.value->lastSyncStatus.isEmpty(), m_primary->lastDataSyncStatus().isEmpty());
    }

    void checkHealthBackupPeer()
    {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(1'760'000'000, Qt::UTC);
        m_backup->setLastDataSync(when, QStringLiteral("success"));
        auto c = client(m_backup);
        const auto r = await(c->checkHealth());
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(r.value->failoverRole, QStringLiteral("backup"));
        QVERIFY(r.value->lastSyncTime);
        QCOMPARE(r.value->lastSyncTime->toSecsSinceEpoch(), when.toSecsSinceEpoch());
        QCOMPARE(r.value->lastSyncStatus, QStringLiteral("success"));
    }

    void appliances_data()
    {
        QTest::addColumn<bool>("legacyMaster");
        QTest::newRow("primary") << false;
        QTest::newRow("master") << true;
    }
    void appliances()
    {
        QFETCH(bool, legacyMaster);
        m_lab.setLegacyMasterRole(legacyMaster);
        auto c = client(m_primary);
        const auto r = await(c->getAppliances());
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(r.value->size(), 2);
        bool sawPrimary = false;
        for (const ApplianceInfo& a : *r.value) {
            QVERIFY(!a.id.isEmpty());
            QVERIFY(a.timezoneOffsetSecs.has_value());
            if (a.id == m_primary->guid()) {
                sawPrimary = true;
                QCOMPARE(a.failoverRole, QStringLiteral("primary"));
            }
        }
        QVERIFY(sawPrimary);
    }

    void connectedClients()
    {
        m_primary->setConnectedCount(QStringLiteral("representative"), 4);
        m_primary->setConnectedCount(QStringLiteral("support_customer"), 2);
        auto c = client(m_primary);
        const auto r = await(c->getConnectedClientList());
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(r.value->count(m_primary->guid(), QStringLiteral("representative")), 4);
        QCOMPARE(r.value->count(m_primary->guid(), QStringLiteral("support_customer")), 2);
    }

    void loggedInReps()
    {
        m_primary->setLoggedInReps({QStringLiteral("Alice"), QStringLiteral("Bob")});
        auto c = client(m_primary);
        const auto r = await(c->getLoggedInReps());
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(r.value->size(), 2);
        QStringList names;
        for (const LoggedInRep& rep : *r.value)
            names << rep.displayName;
        QVERIFY2(names.contains(QStringLiteral("Alice")), qPrintable(names.join(u',')));
    }

    void probe()
    {
        auto c = client(m_primary);
        auto healthy = await(c->probeHealth());
        QVERIFY2(healthy.ok(), describe(healthy.error));
        QVERIFY(healthy.value->healthy);
        m_primary->setHealthy(false, QStringLiteral("disk failing"));
        const auto sick = await(c->probeHealth());
        m_primary->setHealthy(true);
        QVERIFY2(sick.ok(), describe(sick.error));
        QVERIFY(!sick.value->healthy);
        QCOMPARE(sick.value->httpStatus, 500);
        QCOMPARE(m_primary->requestCount(QStringLiteral("token")), 0); // unauthenticated
    }

    void oneTokenForManyCalls()
    {
        TokenManager tokens(dr::SystemClock::instance());
        auto c = client(m_primary, credentialsFor(m_lab.defaultAccount()), &tokens);
        for (int i = 0; i < 5; ++i)
            QVERIFY(await(c->checkHealth()).ok());
        // Concurrent callers wait for the one token in flight.
        TokenManager fresh(dr::SystemClock::instance());
        auto c2 = client(m_backup, credentialsFor(m_lab.defaultAccount()), &fresh);
        QList<TypedApiCall<HealthCheck>*> calls;
        int done = 0;
        for (int i = 0; i < 6; ++i) {
            auto* call = c2->checkHealth();
            connect(call, &ApiCall::finished, this, [&done, call] { done += call->ok() ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, kPatienceMs);
        QCOMPARE(m_primary->requestCount(QStringLiteral("token")), 1);
        QCOMPARE(m_backup->requestCount(QStringLiteral("token")), 1);
        QCOMPARE(tokens.tokenRequestsSent(), 1);
    }

    void badSecret()
    {
        Credentials bad = credentialsFor(m_lab.defaultAccount());
        bad.secret = dr::Secret(QByteArray("not-the-secret"));
        auto c = client(m_primary, bad);
        const auto r = await(c->checkHealth());
        QCOMPARE(r.error.kind, ApiError::Kind::Auth);
        QVERIFY(r.error.message.contains(QStringLiteral("API Configuration")));
        QVERIFY(!r.error.oneLine().contains(QStringLiteral("not-the-secret")));
    }

    void legacyLogin()
    {
        m_lab.setLegacyAuthEnabled(true);
        Credentials legacy = credentialsFor(m_lab.defaultAccount());
        legacy.mode = AuthMode::LegacyUsernamePassword;
        auto c = client(m_primary, legacy);
        const auto ok = await(c->checkHealth());
        QVERIFY2(ok.ok(), describe(ok.error));
        QCOMPARE(m_primary->requestCount(QStringLiteral("token")), 0);

        legacy.secret = dr::Secret(QByteArray("wrong-password"));
        auto bad = client(m_primary, legacy);
        const auto r = await(bad->checkHealth());
        m_lab.setLegacyAuthEnabled(false);
        QCOMPARE(r.error.kind, ApiError::Kind::Auth);
        QVERIFY(!r.error.oneLine().contains(QStringLiteral("wrong-password")));
    }

    void roleChangeNeedsPreCheckAndTypedName()
    {
        dr::ManualClock clock(QDateTime::currentDateTimeUtc());
        ApiClient c(settingsFor(m_lab, m_primary), credentialsFor(m_lab.defaultAccount()), clock);
        QVERIFY(!c.preCheck()); // nothing observed yet: no confirmation can be built
        QVERIFY(await(c.getApiInfo()).ok());
        QVERIFY(!c.preCheck());
        QVERIFY(await(c.checkHealth()).ok());
        const auto pre = c.preCheck();
        QVERIFY(pre);

        auto wrongName = RoleChangeConfirmation::create(*pre, FailoverRole::Backup, false, false,
                                                        QStringLiteral("backup.lab.drrunbook.test"), clock);
        QCOMPARE(wrongName.error.kind, ApiError::Kind::Usage);
        QVERIFY(wrongName.error.message.contains(m_primary->hostname()));
        auto same =
            RoleChangeConfirmation::create(*pre, FailoverRole::Primary, false, false, m_primary->hostname(), clock);
        QCOMPARE(same.error.kind, ApiError::Kind::Usage);

        clock.advanceSecs(RoleChangeConfirmation::kMaxPreCheckAgeSecs + 1);
        auto stale =
            RoleChangeConfirmation::create(*pre, FailoverRole::Backup, false, false, m_primary->hostname(), clock);
        QCOMPARE(stale.error.kind, ApiError::Kind::Usage);
        QCOMPARE(m_primary->requestCount(QStringLiteral("set_failover_role")), 0);
    }

    void roleChangeReadOnlyAccount()
    {
        LabAccount ro{QStringLiteral("ro-2"), QByteArray("ro-secret-456"), QStringLiteral("read_only"), false};
        m_lab.addAccount(ro);
        auto c = client(m_primary, credentialsFor(ro));
        QVERIFY(await(c->getApiInfo()).ok());
        QVERIFY(await(c->checkHealth()).ok());
        auto conf = RoleChangeConfirmation::create(*c->preCheck(), FailoverRole::Backup, false, false,
                                                   m_primary->hostname(), dr::SystemClock::instance());
        QCOMPARE(conf.error.kind, ApiError::Kind::Permission);
        QCOMPARE(conf.error.missingPermission, QStringLiteral("perm_command"));
    }

    void roleChangeSwapAndBack_data()
    {
        QTest::addColumn<bool>("wrapped");
        QTest::newRow("root reply") << false;
        QTest::newRow("wrapped reply") << true;
    }
    void roleChangeSwapAndBack()
    {
        QFETCH(bool, wrapped);
        m_lab.setFailoverReplyWrapped(wrapped);
        auto b = client(m_backup);
        QVERIFY(await(b->getApiInfo()).ok());
        QVERIFY(await(b->checkHealth()).ok());
        auto conf = RoleChangeConfirmation::create(*b->preCheck(), FailoverRole::Primary, false, false,
                                                   m_backup->hostname().toUpper(), dr::SystemClock::instance());
        QVERIFY2(conf.ok(), describe(conf.error));
        const auto r = await(b->setFailoverRole(*conf.value));
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(r.value->outcome, SetRoleResult::Outcome::Changed);
        QTRY_COMPARE(m_backup->failoverRole(), QStringLiteral("primary"));

        // The same confirmation cannot be used twice.
        const auto again = await(b->setFailoverRole(*conf.value));
        QCOMPARE(again.error.kind, ApiError::Kind::Usage);
        QCOMPARE(m_backup->requestCount(QStringLiteral("set_failover_role")), 1);

        // A confirmation is for one site only.
        auto p = client(m_primary);
        const auto other = await(p->setFailoverRole(*conf.value));
        QCOMPARE(other.error.kind, ApiError::Kind::Usage);

        // Swap back: the old primary (now backup, or both primary for a moment) becomes primary again
        // by telling the new primary to become backup.
        QVERIFY(await(b->checkHealth()).ok());
        auto back = RoleChangeConfirmation::create(*b->preCheck(), FailoverRole::Backup, false, false,
                                                   m_backup->hostname(), dr::SystemClock::instance());
        QVERIFY2(back.ok(), describe(back.error));
        const auto swappedBack = await(b->setFailoverRole(*back.value));
        QVERIFY2(swappedBack.ok(), describe(swappedBack.error));
        QTRY_COMPARE(m_backup->failoverRole(), QStringLiteral("backup"));
        QTRY_COMPARE(m_primary->failoverRole(), QStringLiteral("primary"));
    }

    void roleChangeSyncFirst()
    {
        m_lab.setDataSyncDurationSecs(1);
        auto b = client(m_backup);
        QVERIFY(await(b->getApiInfo()).ok());
        QVERIFY(await(b->checkHealth()).ok());
        auto conf = RoleChangeConfirmation::create(*b->preCheck(), FailoverRole::Primary, true, false,
                                                   m_backup->hostname(), dr::SystemClock::instance());
        QVERIFY2(conf.ok(), describe(conf.error));
        QVERIFY(conf.value->dataSyncFirst());
        const auto r = await(b->setFailoverRole(*conf.value));
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(r.value->outcome, SetRoleResult::Outcome::SyncStarted);
        QTRY_COMPARE_WITH_TIMEOUT(m_backup->failoverRole(), QStringLiteral("primary"), kPatienceMs);

        // Back again, forced (only allowed primary -> backup).
        QVERIFY(await(b->checkHealth()).ok());
        auto forcedWrong = RoleChangeConfirmation::create(*b->preCheck(), FailoverRole::Backup, false, true,
                                                          m_backup->hostname(), dr::SystemClock::instance());
        QVERIFY2(forcedWrong.ok(), describe(forcedWrong.error));
        QVERIFY(forcedWrong.value->force());
        QVERIFY(await(b->setFailoverRole(*forcedWrong.value)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_primary->failoverRole(), QStringLiteral("primary"), kPatienceMs);
    }

    void cancel()
    {
        m_primary->injectFault({FaultKind::Hang, QStringLiteral("check_health"), 0, 0, 1});
        auto c = client(m_primary);
        auto* call = c->checkHealth();
        std::optional<ApiError> got;
        connect(call, &ApiCall::finished, this, [&got, call] { got = call->error(); });
        QTRY_COMPARE_WITH_TIMEOUT(m_primary->requestCount(QStringLiteral("check_health")), qint64(1), kPatienceMs);
        call->cancel();
        QVERIFY(got);
        QCOMPARE(got->kind, ApiError::Kind::Cancelled);
    }

    void badUrl()
    {
        ConnectionSettings s = settingsFor(m_lab, m_primary);
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        ApiClient c(s, credentialsFor(m_lab.defaultAccount()), dr::SystemClock::instance());
        QCOMPARE(await(c.checkHealth()).error.kind, ApiError::Kind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
