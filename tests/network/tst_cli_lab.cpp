// drrunbook-cli lab: the standalone drill lab starts, describes itself as JSON, serves real HTTPS, stops on SIGTERM.

#include "tst_lab_support.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>

class TestCliLab : public QObject
{
    Q_OBJECT

private slots:
    void servesUntilTerminated()
    {
        QProcess cli;
        cli.setProgram(QStringLiteral(DR_CLI_PATH));
        cli.setArguments(
            {QStringLiteral("lab"), QStringLiteral("--topology"), QStringLiteral("pair"), QStringLiteral("--json")});
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        cli.start();
        QVERIFY2(cli.waitForStarted(20000), qPrintable(cli.errorString()));
        QByteArray line;
        while (!line.contains('\n') && cli.waitForReadyRead(30000))
            line += cli.readAllStandardOutput();
        QVERIFY2(line.contains('\n'), cli.readAllStandardError().constData());
        const QJsonObject lab = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
        QCOMPARE(lab.value(QStringLiteral("topology")).toString(), QStringLiteral("pair"));
        const QJsonArray appliances = lab.value(QStringLiteral("appliances")).toArray();
        QCOMPARE(appliances.size(), 2);
        const QJsonObject primary = appliances.at(0).toObject();
        QCOMPARE(primary.value(QStringLiteral("failoverRole")).toString(), QStringLiteral("primary"));
        QCOMPARE(primary.value(QStringLiteral("guid")).toString().size(), 32);
        const QString caFile = lab.value(QStringLiteral("caFile")).toString();
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile);
        QCOMPARE(ca.size(), 1);

        LabTestClient c(ca.first());
        QUrl url(primary.value(QStringLiteral("url")).toString());
        QVERIFY(url.isValid() && url.port() > 0);
        QUrl probe = url;
        probe.setPath(QStringLiteral("/check_health"));
        const LabReply health = c.get(probe);
        QCOMPARE(health.error, QNetworkReply::NoError);
        QCOMPARE(health.status, 200);

        const QJsonObject credentials = lab.value(QStringLiteral("credentials")).toObject();
        const dr::lab::LabAccount account{credentials.value(QStringLiteral("clientId")).toString(),
                                          credentials.value(QStringLiteral("clientSecret")).toString().toUtf8()};
        const QByteArray token = c.token(url, account);
        QVERIFY(!token.isEmpty());
        QString id;
        xmlText(c.command(url, token, QStringLiteral("check_health")).body, QStringLiteral("appliance"), &id);
        QCOMPARE(id, primary.value(QStringLiteral("guid")).toString());

        cli.terminate(); // SIGTERM
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(!QFile::exists(caFile), "the lab's temporary CA file is removed when it stops");
        QCOMPARE(c.get(probe).error, QNetworkReply::ConnectionRefusedError);
    }

    void badTopologyIsAUsageError()
    {
        QProcess cli;
        cli.start(QStringLiteral(DR_CLI_PATH),
                  {QStringLiteral("lab"), QStringLiteral("--topology"), QStringLiteral("ring")});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 64);
        QVERIFY(cli.readAllStandardError().contains("ring"));
    }
};

QTEST_GUILESS_MAIN(TestCliLab)
#include "tst_cli_lab.moc"
