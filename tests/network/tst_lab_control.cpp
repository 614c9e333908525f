// The drill lab's control endpoints: operator steps played over HTTPS by another process.

#include "tst_lab_support.h"

#include "lab/LabCa.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace dr::lab;

class TestLabControl : public QObject
{
    Q_OBJECT

    LabReply control(LabTestClient& c, const QString& step, const QByteArray& form, const QByteArray& body = {},
                     const QByteArray& p12Password = {})
    {
        QUrl url = m_lab.controlUrl();
        url.setPath(QStringLiteral("/lab/") + step);
        url.setQuery(QString::fromUtf8(form));
        QNetworkRequest r = c.request(url);
        r.setRawHeader("X-Lab-Key", m_lab.controlKey());
        if (!p12Password.isEmpty())
            r.setRawHeader("X-Lab-P12-Password", p12Password);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-pkcs12"));
        return c.run(step == QLatin1String("state") ? c.nam.get(r) : c.nam.post(r, body));
    }

private slots:
    void initTestCase() { QVERIFY2(m_lab.start(Topology::Pair), qPrintable(m_lab.errorString())); }

    void needsTheKey()
    {
        LabTestClient c(m_lab.caCertificate());
        QUrl url = m_lab.controlUrl();
        url.setPath(QStringLiteral("/lab/state"));
        QCOMPARE(c.get(url).status, 401);
    }

    void stateAndPowerSteps()
    {
        LabTestClient c(m_lab.caCertificate());
        const LabReply s = control(c, QStringLiteral("state"), {});
        QCOMPARE(s.status, 200);
        const QJsonArray list = QJsonDocument::fromJson(s.body).object().value(QStringLiteral("appliances")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("failoverRole")).toString(), QStringLiteral("backup"));

        QCOMPARE(control(c, QStringLiteral("power-off"), "name=primary").status, 200);
        LabAppliance* primary = m_lab.appliance(QStringLiteral("primary"));
        QVERIFY(!primary->isListening());
        QCOMPARE(control(c, QStringLiteral("power-on"), "name=primary").status, 200);
        QVERIFY(primary->isListening());
        QCOMPARE(control(c, QStringLiteral("power-off"), "name=nowhere").status, 404);
        QCOMPARE(control(c, QStringLiteral("swing-dns"), "name=backup").status, 200);
        QCOMPARE(control(c, QStringLiteral("role"), "name=backup&role=primary").status, 200);
        QCOMPARE(m_lab.appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("primary"));
    }

    // Where the site's DNS name points (the DNS swing) and where the site address leads, as a getter and in
    // /lab/state; the version step (the site updated to another version).
    void siteTargetsAndVersion()
    {
        LabTestClient c(m_lab.caCertificate());
        m_lab.setSharedIpEnabled(false);
        QCOMPARE(control(c, QStringLiteral("swing-dns"), "name=primary").status, 200);
        QCOMPARE(m_lab.siteDnsTarget(), QStringLiteral("primary"));
        QCOMPARE(m_lab.siteTarget(), QStringLiteral("primary"));
        QCOMPARE(control(c, QStringLiteral("swing-dns"), "name=backup").status, 200);
        QCOMPARE(m_lab.siteDnsTarget(), QStringLiteral("backup"));
        QJsonObject state = QJsonDocument::fromJson(control(c, QStringLiteral("state"), {}).body).object();
        QCOMPARE(state.value(QStringLiteral("siteDnsTarget")).toString(), QStringLiteral("backup"));
        QCOMPARE(state.value(QStringLiteral("siteTarget")).toString(), QStringLiteral("backup"));
        // With the shared IP on, the address follows the primary; the DNS name still points where it was swung.
        QCOMPARE(control(c, QStringLiteral("role"), "name=primary&role=primary").status, 200);
        QCOMPARE(control(c, QStringLiteral("role"), "name=backup&role=backup").status, 200);
        QCOMPARE(control(c, QStringLiteral("shared-ip"), "enabled=1").status, 200);
        state = QJsonDocument::fromJson(control(c, QStringLiteral("state"), {}).body).object();
        QCOMPARE(state.value(QStringLiteral("siteTarget")).toString(), QStringLiteral("primary"));
        QCOMPARE(state.value(QStringLiteral("siteDnsTarget")).toString(), QStringLiteral("backup"));
        QCOMPARE(control(c, QStringLiteral("shared-ip"), "enabled=0").status, 200);

        QCOMPARE(control(c, QStringLiteral("version"), "name=backup&version=24.1.2").status, 200);
        QCOMPARE(m_lab.appliance(QStringLiteral("backup"))->version(), QStringLiteral("24.1.2"));
        QCOMPARE(control(c, QStringLiteral("version"), "name=backup").status, 400);
    }

    void faultStep()
    {
        LabTestClient c(m_lab.caCertificate());
        LabAppliance* backup = m_lab.appliance(QStringLiteral("backup"));
        QCOMPARE(control(c, QStringLiteral("fault"), "name=backup&kind=http500&action=probe&times=1").status, 200);
        QUrl probe = backup->url();
        probe.setPath(QStringLiteral("/check_health"));
        QCOMPARE(c.get(probe).status, 500);
        QCOMPARE(c.get(probe).status, 200);
        QCOMPARE(control(c, QStringLiteral("fault"), "name=backup&kind=volcano").status, 400);
    }

    void operatorImportsTheCertificate()
    {
        LabTestClient c(m_lab.caCertificate());
        LabAppliance* primary = m_lab.appliance(QStringLiteral("primary"));
        QTemporaryDir dir;
        const QString p12 = dir.filePath(QStringLiteral("a.p12"));
        QVERIFY(LabCa::writePkcs12(p12, primary->labChain(), primary->labKey(), "pw"));
        QCOMPARE(control(c, QStringLiteral("certificate"), "name=primary&source=factory").status, 200);
        QVERIFY(primary->servedChain().first() != primary->labChain().first());
        QFile f(p12);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(control(c, QStringLiteral("certificate"), "name=primary", bytes, "wrong").status, 400);
        QCOMPARE(control(c, QStringLiteral("certificate"), "name=primary", bytes, "pw").status, 200);
        QCOMPARE(primary->servedChain().first(), primary->labChain().first());
    }

private:
    Lab m_lab;
};

QTEST_GUILESS_MAIN(TestLabControl)
#include "tst_lab_control.moc"
