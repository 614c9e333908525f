#pragma once

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <memory>

namespace dr::lab {

// A certificate chain (leaf first) with its private key.
struct LabCertificate
{
    QList<QSslCertificate> chain;
    QSslKey key;
    bool isNull() const { return chain.isEmpty() || key.isNull(); }
};

// The drill lab's certificate authority, made at start-up with OpenSSL (EC P-256 keys, SHA-256 signatures).
class LabCa
{
public:
    LabCa();
    ~LabCa();
    LabCa(const LabCa&) = delete;
    LabCa& operator=(const LabCa&) = delete;

    bool create(const QString& commonName = QStringLiteral("Appliance DR Runbook Lab CA"), QString* error = nullptr);
    bool isValid() const;
    QSslCertificate certificate() const;
    QByteArray pem() const;

    // A leaf signed by this CA (serverAuth), chain = [leaf, CA].
    LabCertificate issueLeaf(const QString& commonName, const QStringList& dnsNames, const QList<QHostAddress>& ips,
                             QString* error = nullptr) const;

    // A self-signed certificate (a factory default certificate, or a "wrong" certificate), chain = [cert].
    static LabCertificate selfSigned(const QString& commonName, const QStringList& dnsNames,
                                     const QList<QHostAddress>& ips, QString* error = nullptr);

    // Writes chain + key as a PKCS#12 file (what an operator's certificate backup looks like).
    // Default: AES-256-CBC + PBKDF2, SHA-256 MAC. legacyAlgorithms: 3DES + SHA-1 MAC (old exporters;
    // needs no legacy provider to write). friendlyName is optional.
    static bool writePkcs12(const QString& path, const QList<QSslCertificate>& chain, const QSslKey& key,
                            const QByteArray& password, QString* error = nullptr, bool legacyAlgorithms = false,
                            const QString& friendlyName = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dr::lab
