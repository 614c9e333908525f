#pragma once
// Runs a built or installed program to its end, for the tests that start one (tst_app_split, tst_pkg_install).

#include <QProcess>
#include <QString>
#include <QStringList>

struct ProgramRun
{
    int exitCode = -1; // -1 when it did not start, crashed or timed out (the reason is in err)
    QString out;
    QString err;
};

// `env`: the program's environment (the test's own when empty).
inline ProgramRun runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env = {},
                             int timeoutMs = 180000)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    ProgramRun r;
    if (!p.waitForStarted(30000)) {
        r.err = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err += QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}
