// Secrets in the OS keychain through QtKeychain: a round trip through a real Secret Service
// (gnome-keyring in a private D-Bus session) where one can run, and the no-keychain path: a clear
// message, no hang, and nothing written anywhere in the clear.
#include "tst_keychain_session.h"

#include "keychain/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::keychain;

namespace {
const SecretKey kKey {QStringLiteral("api-client-secret"), QStringLiteral("https://support.lab.drrunbook.test:443"),
                      QStringLiteral("drlab-api")};
const QByteArray kSecret = "s3cret-Value-\xc3\xa9-42";

// Runs inside dbus-run-session with gnome-keyring unlocked: write, read back, delete, read again.
int keychainChild()
{
    SecretStore store;
    const SecretLookup w = store.writeNow(kKey, Secret(kSecret));
    if (w.status != SecretLookup::Status::Found) {
        std::fprintf(stderr, "write: %s\n", qPrintable(w.message));
        return 1;
    }
    const SecretLookup r = store.readNow(kKey);
    if (r.status != SecretLookup::Status::Found || r.secret.reveal() != kSecret) {
        std::fprintf(stderr, "read: %s\n", qPrintable(r.message));
        return 2;
    }
    const SecretLookup d = store.removeNow(kKey);
    if (d.status != SecretLookup::Status::Found) {
        std::fprintf(stderr, "delete: %s\n", qPrintable(d.message));
        return 3;
    }
    if (store.readNow(kKey).status != SecretLookup::Status::NotFound) {
        std::fprintf(stderr, "entry still there after delete\n");
        return 4;
    }
    return 0;
}

bool treeContains(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void entryNameCarriesNoSecret()
    {
        QCOMPARE(kKey.toString(), QStringLiteral("api-client-secret:https://support.lab.drrunbook.test:443:drlab-api"));
    }

    void roundTripThroughARealSecretService()
    {
        if (!test::privateKeyringAvailable())
            QSKIP(test::kNoPrivateKeyring);
        QTemporaryDir home;
        const QByteArray problem = test::runKeychainChild(home.path());
        QVERIFY2(problem.isEmpty(), problem.constData());
        // The keyring stores it encrypted: the secret is nowhere in the clear under the fake home.
        QVERIFY(!treeContains(home.path(), kSecret));
    }

    void withoutAKeychainTheCallerIsToldAndNothingHangs()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.filePath(QStringLiteral("no-bus")).toUtf8());
        SecretStore store;
        const SecretLookup w = store.writeNow(kKey, Secret(kSecret), 5'000);
        QVERIFY2(w.status == SecretLookup::Status::NoKeychain || w.status == SecretLookup::Status::Error,
                 qPrintable(w.message));
        QVERIFY(!w.message.isEmpty());
        const SecretLookup r = store.readNow(kKey, 5'000);
        QVERIFY(r.status != SecretLookup::Status::Found);
        QVERIFY(r.secret.isEmpty());
        // No insecure fallback: nothing was written in the clear.
        QVERIFY(!treeContains(home.path(), kSecret));
    }
};

int main(int argc, char** argv)
{
    if (argc == 2 && qstrcmp(argv[1], test::kKeychainChildArg) == 0) {
        QCoreApplication app(argc, argv);
        return keychainChild();
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_store.moc"
