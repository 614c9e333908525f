#pragma once

// Shared by the tst_automation_* tests: run one check or action through the live runners and wait for it.
#include "automation/LiveActionRunner.h"
#include "automation/LiveCheckRunner.h"
#include "runbook/StepKinds.h"

#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace dr::automation::test {

inline runbook::CheckRequest request(runbook::CheckKind kind, const QJsonObject& params, int timeoutSecs = 10,
                                     bool drill = true)
{
    runbook::CheckRequest r;
    r.stepId = QStringLiteral("test/") + runbook::kinds::toString(kind);
    r.kind = kind;
    r.params = params;
    r.timeoutSecs = timeoutSecs;
    r.drill = drill;
    return r;
}

// Waits (event loop) for the one answer; fails the test if none comes within `waitMs`.
inline std::optional<runbook::CheckResult> runCheck(runbook::CheckRunner& runner, const runbook::CheckRequest& req,
                                                    int waitMs = 30'000)
{
    auto result = std::make_shared<std::optional<runbook::CheckResult>>();
    auto calls = std::make_shared<int>(0);
    runner.run(req, [result, calls](runbook::CheckResult r) {
        ++*calls;
        *result = std::move(r);
    });
    QElapsedTimer t;
    t.start();
    while (!*result && t.elapsed() < waitMs)
        QTest::qWait(20);
    // Exactly once: give a late second answer a chance to show up.
    QCoreApplication::processEvents();
    if (*calls != 1)
        return std::nullopt;
    return *result;
}

inline std::optional<runbook::ActionResult> runAction(runbook::ActionRunner& runner, const runbook::ActionRequest& req,
                                                      int waitMs = 60'000)
{
    auto result = std::make_shared<std::optional<runbook::ActionResult>>();
    runner.run(req, [result](runbook::ActionResult r) { *result = std::move(r); });
    QElapsedTimer t;
    t.start();
    while (!*result && t.elapsed() < waitMs)
        QTest::qWait(20);
    return *result;
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A .p12 made by the openssl command from a key and chain (leaf first); the passphrase goes through the
// environment, never argv.
inline bool makeP12(const QString& dir, const QString& out, const QSslKey& key, const QList<QSslCertificate>& chain,
                    const QByteArray& passphrase)
{
    const QString keyFile = dir + QStringLiteral("/key.pem");
    const QString leafFile = dir + QStringLiteral("/leaf.pem");
    const QString restFile = dir + QStringLiteral("/rest.pem");
    QByteArray rest;
    for (qsizetype i = 1; i < chain.size(); ++i)
        rest += chain.at(i).toPem();
    if (!writeFile(keyFile, key.toPem()) || !writeFile(leafFile, chain.first().toPem()))
        return false;
    QStringList args{QStringLiteral("pkcs12"),   QStringLiteral("-export"),
                     QStringLiteral("-inkey"),   keyFile,
                     QStringLiteral("-in"),      leafFile,
                     QStringLiteral("-out"),     out,
                     QStringLiteral("-passout"), QStringLiteral("env:DR_TEST_P12_PASS")};
    if (!rest.isEmpty()) {
        if (!writeFile(restFile, rest))
            return false;
        args << QStringLiteral("-certfile") << restFile;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DR_TEST_P12_PASS"), QString::fromUtf8(passphrase));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30'000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return false;
    }
    QFile::remove(keyFile);
    return true;
}

} // namespace dr::automation::test
