// A site's secrets: the keychain entry names, the environment first, the keychain next (a real Secret Service:
// gnome-keyring in a private D-Bus session, where one can run), and the no-keychain path (a reason, no hang).
#include "tst_keychain_session.h"

#include "site/SiteConnection.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::site;

namespace {

const QByteArray kSecret = "site-s3cret-\xc3\xa9";
const QByteArray kPassword = "backup-pw-42";

SiteProfile profile()
{
    SiteProfile p;
    p.site.name = QStringLiteral("HQ");
    Appliance a;
    a.name = QStringLiteral("primary");
    a.fqdn = QStringLiteral("bomgar-a.example.com");
    a.failoverRole = QStringLiteral("primary");
    p.appliances << a;
    p.apiAccounts << ApiAccount{QStringLiteral("backup-client"), {}, {}, {}};
    return p;
}

api::ConnectionSettings settings()
{
    QString error;
    return *connectionSettingsFor(profile().appliances.first(), QString(), &error);
}

void clearEnv()
{
    qunsetenv("DRRUNBOOK_CLIENT_ID");
    qunsetenv("DRRUNBOOK_CLIENT_SECRET");
    qunsetenv("DRRUNBOOK_BACKUP_PASSWORD");
}

// Inside dbus-run-session with gnome-keyring unlocked: store both secrets under the documented names, then find
// them through the lookups.
int keychainChild()
{
    clearEnv();
    keychain::SecretStore store;
    if (store.writeNow(apiSecretKey(settings(), QStringLiteral("backup-client")), Secret(kSecret)).status !=
            keychain::SecretLookup::Status::Found ||
        store.writeNow(backupPasswordKey(settings()), Secret(kPassword)).status !=
            keychain::SecretLookup::Status::Found) {
        std::fprintf(stderr, "cannot write to the test keyring\n");
        return 1;
    }
    const CredentialLookup c = lookUpApiCredentials(profile(), settings());
    if (!c.found || c.source != QLatin1String("keychain") || c.credentials.secret.reveal() != kSecret ||
        c.credentials.clientId != QLatin1String("backup-client")) {
        std::fprintf(stderr, "api secret not found in the keychain: %s\n", qPrintable(c.note));
        return 2;
    }
    QString note;
    const auto pw = lookUpBackupPassword(settings(), &note);
    if (!pw || pw->reveal() != kPassword) {
        std::fprintf(stderr, "backup password not found: %s\n", qPrintable(note));
        return 3;
    }
    // The environment wins over the keychain.
    qputenv("DRRUNBOOK_CLIENT_SECRET", "from-env");
    const CredentialLookup env = lookUpApiCredentials(profile(), settings());
    if (env.source != QLatin1String("environment") || env.credentials.secret.reveal() != "from-env")
        return 4;
    return 0;
}

} // namespace

class TestSiteSecrets : public QObject
{
    Q_OBJECT
private slots:
    void init() { clearEnv(); }

    void entryNames()
    {
        QCOMPARE(apiSecretKey(settings(), QStringLiteral("backup-client")).toString(),
                 QStringLiteral("api-client-secret:https://bomgar-a.example.com:443:backup-client"));
        QCOMPARE(backupPasswordKey(settings()).toString(),
                 QStringLiteral("backup-password:https://bomgar-a.example.com:443"));
    }

    void environmentFirst()
    {
        qputenv("DRRUNBOOK_CLIENT_SECRET", "env-secret");
        CredentialLookup c = lookUpApiCredentials(profile(), settings());
        QVERIFY(c.found);
        QCOMPARE(c.source, QStringLiteral("environment"));
        QCOMPARE(c.credentials.clientId, QStringLiteral("backup-client")); // from the profile
        qputenv("DRRUNBOOK_CLIENT_ID", "other-client");
        c = lookUpApiCredentials(profile(), settings());
        QCOMPARE(c.credentials.clientId, QStringLiteral("other-client"));
        qputenv("DRRUNBOOK_BACKUP_PASSWORD", "pw");
        QString note;
        QCOMPARE(lookUpBackupPassword(settings(), &note)->reveal(), QByteArray("pw"));
    }

    void noAccountSaysWhatToDo()
    {
        SiteProfile p = profile();
        p.apiAccounts.clear();
        const CredentialLookup c = lookUpApiCredentials(p, settings());
        QVERIFY(!c.found);
        QVERIFY(c.note.contains(QStringLiteral("api_accounts")));
    }

    void withoutAKeychainThereIsAReason()
    {
        QTemporaryDir home;
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.filePath(QStringLiteral("no-bus")).toUtf8());
        const CredentialLookup c = lookUpApiCredentials(profile(), settings(), 5'000);
        QVERIFY(!c.found);
        QVERIFY(c.credentials.secret.isEmpty());
        QVERIFY(!c.note.isEmpty());
        QString note;
        QVERIFY(!lookUpBackupPassword(settings(), &note, 5'000));
        QVERIFY(!note.isEmpty());
    }

    void foundInARealKeychain()
    {
        if (!test::privateKeyringAvailable())
            QSKIP(test::kNoPrivateKeyring);
        QTemporaryDir home;
        const QByteArray problem = test::runKeychainChild(home.path());
        QVERIFY2(problem.isEmpty(), problem.constData());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], test::kKeychainChildArg) == 0)
        return keychainChild();
    TestSiteSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_site_secrets.moc"
