#pragma once
// Test fixtures for the certificate tests: real keys, certificates and PKCS#12 files made at test time
// by the `openssl` command line in a temporary directory. Shared by tst_cert_*, tst_cli_cert and the
// network tests (#include "unit/tst_cert_fixtures.h").

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace dr::test {

inline const QByteArray kP12Pass = "correct horse battery";

class CertFixtures
{
public:
    QTemporaryDir dir;
    QString error; // last openssl failure

    QString path(const QString& name) const { return dir.filePath(name); }
    QByteArray read(const QString& name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    bool write(const QString& name, const QByteArray& data) const
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    // Runs a program in the fixture directory; the passphrase is passed in the environment (P12PASS).
    QByteArray output; // stdout and stderr of the last run

    bool run(const QString& program, const QStringList& args, const QByteArray& pass = kP12Pass)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("P12PASS"), QString::fromUtf8(pass));
        p.setProcessEnvironment(env);
        p.start(program, args);
        const bool finished = p.waitForFinished(120000);
        output = p.readAll();
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                    QString::fromLocal8Bit(output);
            return false;
        }
        return true;
    }
    bool ossl(const QStringList& args, const QByteArray& pass = kP12Pass)
    {
        return run(QStringLiteral("openssl"), args, pass);
    }

    bool rsaKey(const QString& name, int bits = 2048)
    {
        return ossl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:%1").arg(bits), QStringLiteral("-out"),
                     name});
    }
    bool ecKey(const QString& name, const QString& curve = QStringLiteral("prime256v1"))
    {
        return ossl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:%1").arg(curve),
                     QStringLiteral("-out"), name});
    }
    // A self-signed certificate; ext is a section of fixtures.cnf.
    bool selfSigned(const QString& key, const QString& subj, const QString& ext, const QString& out, int days = 3650)
    {
        return ossl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                     key, QStringLiteral("-subj"), subj, QStringLiteral("-days"), QString::number(days),
                     QStringLiteral("-sha256"), QStringLiteral("-config"), QStringLiteral("fixtures.cnf"),
                     QStringLiteral("-extensions"), ext, QStringLiteral("-out"), out});
    }
    // A certificate for key, issued by caCert/caKey.
    bool issue(const QString& key, const QString& subj, const QString& ext, const QString& caCert, const QString& caKey,
               const QString& out, int days = 825, const QString& digest = QStringLiteral("sha256"))
    {
        const QString csr = out + QStringLiteral(".csr");
        return ossl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), key,
                     QStringLiteral("-subj"), subj, QStringLiteral("-config"), QStringLiteral("fixtures.cnf"),
                     QStringLiteral("-out"), csr}) &&
               ossl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                     caCert, QStringLiteral("-CAkey"), caKey, QStringLiteral("-set_serial"),
                     QString::number(++m_serial), QStringLiteral("-days"), QString::number(days),
                     QLatin1Char('-') + digest, QStringLiteral("-extfile"), QStringLiteral("fixtures.cnf"),
                     QStringLiteral("-extensions"), ext, QStringLiteral("-out"), out});
    }
    bool concat(const QStringList& parts, const QString& out)
    {
        QByteArray all;
        for (const QString& p : parts)
            all += read(p);
        return write(out, all);
    }
    // openssl pkcs12 -export; extra options such as -legacy, -nokeys, -certfile.
    bool p12(const QString& out, const QStringList& extra, const QByteArray& pass = kP12Pass)
    {
        QStringList args{QStringLiteral("pkcs12"),   QStringLiteral("-export"),    QStringLiteral("-out"), out,
                         QStringLiteral("-passout"), QStringLiteral("env:P12PASS")};
        return ossl(args + extra, pass);
    }

    // The standard set: a root, an intermediate and a leaf for appliance.example.test, in RSA.
    bool makePki(const QString& prefix = QString(), const QString& fqdn = QStringLiteral("appliance.example.test"))
    {
        if (!QFile::exists(path(QStringLiteral("fixtures.cnf"))) && !writeConfig())
            return false;
        const QString p = prefix;
        const QString tag = p.isEmpty() ? QString() : QLatin1Char(' ') + p.chopped(1);
        const QString leafExt = QStringLiteral("leaf_") + (p.isEmpty() ? QStringLiteral("a") : p);
        if (!appendLeafSection(leafExt, fqdn))
            return false;
        return rsaKey(p + QStringLiteral("root.key")) && rsaKey(p + QStringLiteral("inter.key")) &&
               rsaKey(p + QStringLiteral("leaf.key")) &&
               selfSigned(p + QStringLiteral("root.key"), QStringLiteral("/O=DR Test%1/CN=DR Test Root CA%1").arg(tag),
                          QStringLiteral("v3_root"), p + QStringLiteral("root.crt")) &&
               issue(p + QStringLiteral("inter.key"), QStringLiteral("/O=DR Test%1/CN=DR Test Issuing CA%1").arg(tag),
                     QStringLiteral("v3_ca"), p + QStringLiteral("root.crt"), p + QStringLiteral("root.key"),
                     p + QStringLiteral("inter.crt"), 1825) &&
               issue(p + QStringLiteral("leaf.key"), QStringLiteral("/O=DR Test/CN=") + fqdn, leafExt,
                     p + QStringLiteral("inter.crt"), p + QStringLiteral("inter.key"),
                     p + QStringLiteral("leaf.crt")) &&
               concat({p + QStringLiteral("inter.crt"), p + QStringLiteral("root.crt")},
                      p + QStringLiteral("chain.pem"));
    }

    bool writeConfig()
    {
        return write(QStringLiteral("fixtures.cnf"),
                     "[req]\ndistinguished_name = dn\n[dn]\n"
                     "[v3_root]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\n"
                     "subjectKeyIdentifier = hash\n"
                     "[v3_ca]\nbasicConstraints = critical,CA:TRUE,pathlen:0\nkeyUsage = critical,keyCertSign,cRLSign\n"
                     "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid:always\n"
                     "[v3_self]\nbasicConstraints = CA:FALSE\nsubjectAltName = DNS:appliance.example.test\n"
                     "[v3_nosan]\nbasicConstraints = CA:FALSE\n"
                     "[v3_wild]\nbasicConstraints = CA:FALSE\nsubjectAltName = DNS:*.example.test\n");
    }
    bool appendLeafSection(const QString& name, const QString& fqdn)
    {
        QFile f(path(QStringLiteral("fixtures.cnf")));
        if (!f.open(QIODevice::Append))
            return false;
        const QByteArray section = "[" + name.toLatin1() +
                                   "]\nbasicConstraints = CA:FALSE\nkeyUsage = digitalSignature,keyEncipherment\n"
                                   "extendedKeyUsage = serverAuth\nsubjectKeyIdentifier = hash\n"
                                   "authorityKeyIdentifier = keyid\nsubjectAltName = DNS:" +
                                   fqdn.toLatin1() + ",DNS:alt.example.test,IP:127.0.0.1\n";
        return f.write(section) == section.size();
    }

private:
    int m_serial = 4096;
};

} // namespace dr::test
