#include "keychain/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace dr::keychain {

QString SecretKey::toString() const
{
    QString name = kind + QLatin1Char(':') + site;
    if (!account.isEmpty())
        name += QLatin1Char(':') + account;
    return name;
}

namespace {

SecretLookup fromJob(QKeychain::Job* job)
{
    SecretLookup r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretLookup::Status::Found;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretLookup::Status::NotFound;
        r.message = QCoreApplication::translate("SecretStore", "There is no such entry in the keychain.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretLookup::Status::NoKeychain;
        r.message = QCoreApplication::translate("SecretStore",
                                                "The keychain cannot be used (%1). The secret is not stored: it "
                                                "will be asked for each time. On Linux, start a Secret Service "
                                                "(e.g. GNOME Keyring or KeePassXC) in your desktop session.")
                        .arg(job->errorString());
        break;
    default:
        r.status = SecretLookup::Status::Error;
        r.message = QCoreApplication::translate("SecretStore", "The keychain failed: %1").arg(job->errorString());
        break;
    }
    return r;
}

// Runs a QtKeychain job with a deadline: a keychain that never answers (a locked wallet waiting for a
// dialog nobody sees) ends as NoKeychain instead of hanging.
void runJob(QKeychain::Job* job, int timeoutMs, std::function<void(SecretLookup)> done,
            std::function<void(QKeychain::Job*, SecretLookup&)> onSuccess = {})
{
    auto finished = std::make_shared<bool>(false);
    auto callback = std::make_shared<std::function<void(SecretLookup)>>(std::move(done));
    QObject::connect(job, &QKeychain::Job::finished, job, [finished, callback, onSuccess](QKeychain::Job* j) {
        if (*finished)
            return;
        *finished = true;
        SecretLookup r = fromJob(j);
        if (r.status == SecretLookup::Status::Found && onSuccess)
            onSuccess(j, r);
        (*callback)(std::move(r));
    });
    QPointer<QKeychain::Job> guard(job);
    QTimer::singleShot(timeoutMs, job, [finished, callback, guard] {
        if (*finished)
            return;
        *finished = true;
        SecretLookup r;
        r.status = SecretLookup::Status::NoKeychain;
        r.message = QCoreApplication::translate("SecretStore", "The keychain did not answer in time; the secret "
                                                               "will be asked for instead.");
        (*callback)(std::move(r));
        if (guard)
            guard->deleteLater();
    });
    job->setAutoDelete(true);
    job->start();
}

SecretLookup waitFor(const std::function<void(std::function<void(SecretLookup)>)>& start)
{
    QEventLoop loop;
    SecretLookup result;
    bool done = false;
    start([&](SecretLookup r) {
        result = std::move(r);
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace

SecretStore::SecretStore(QObject* parent) : QObject(parent) {}

void SecretStore::read(const SecretKey& key, std::function<void(SecretLookup)> done, int timeoutMs)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setInsecureFallback(false);
    job->setKey(key.toString());
    runJob(job, timeoutMs, std::move(done), [](QKeychain::Job* j, SecretLookup& r) {
        QByteArray data = static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData();
        r.secret = Secret(data);
        cleanse(data);
    });
}

void SecretStore::write(const SecretKey& key, const Secret& secret, std::function<void(SecretLookup)> done,
                        int timeoutMs)
{
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
    job->setInsecureFallback(false);
    job->setKey(key.toString());
    job->setBinaryData(secret.reveal());
    runJob(job, timeoutMs, std::move(done));
}

void SecretStore::remove(const SecretKey& key, std::function<void(SecretLookup)> done, int timeoutMs)
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(kService), this);
    job->setInsecureFallback(false);
    job->setKey(key.toString());
    runJob(job, timeoutMs, std::move(done));
}

SecretLookup SecretStore::readNow(const SecretKey& key, int timeoutMs)
{
    return waitFor([&](auto done) { read(key, std::move(done), timeoutMs); });
}

SecretLookup SecretStore::writeNow(const SecretKey& key, const Secret& secret, int timeoutMs)
{
    return waitFor([&](auto done) { write(key, secret, std::move(done), timeoutMs); });
}

SecretLookup SecretStore::removeNow(const SecretKey& key, int timeoutMs)
{
    return waitFor([&](auto done) { remove(key, std::move(done), timeoutMs); });
}

} // namespace dr::keychain
