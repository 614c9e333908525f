#include "cert/CertChecker.h"

#include "cert/HostnameMatch.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace dr::cert {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(dr::cert::CertChecker)
};

void add(CertReport& r, const char* code, Severity s, QString message, const QString& sha = {})
{
    r.problems.append({QString::fromLatin1(code), s, std::move(message), sha});
}

QString day(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

void checkValidity(CertReport& r, const ClassifiedCert& c, const QDateTime& now, int days)
{
    const CertInfo& i = c.info;
    const QString who = QStringLiteral("%1 \"%2\"").arg(roleDisplayName(c.role), i.issuedTo);
    if (i.notAfter.isValid() && now > i.notAfter) {
        add(r, "expired", Severity::Error,
            Text::tr("%1 expired on %2. Clients will refuse it: renew it with the CA (or make a new self-signed "
                     "certificate) and install the new one instead of restoring this one.")
                .arg(who, day(i.notAfter)),
            i.sha256);
    } else if (i.notBefore.isValid() && now < i.notBefore) {
        add(r, "not_yet_valid", Severity::Error,
            Text::tr("%1 is not valid before %2. Check the appliance's and this computer's clock (NTP); if the "
                     "clocks are right, wait or use the certificate that is valid now.")
                .arg(who, day(i.notBefore)),
            i.sha256);
    } else if (i.notAfter.isValid() && now.addDays(days) > i.notAfter) {
        add(r, "expiring_soon", Severity::Warning,
            Text::tr("%1 expires on %2, within %n day(s). Restore it, then plan its renewal now.", nullptr, days)
                .arg(who, day(i.notAfter)),
            i.sha256);
    }
}

void checkStrength(CertReport& r, const ClassifiedCert& c)
{
    const CertInfo& i = c.info;
    const bool rsaLike =
        i.keyType == QLatin1String("RSA") || i.keyType == QLatin1String("RSA-PSS") || i.keyType == QLatin1String("DSA");
    const bool weak = (rsaLike && i.keyBits < 2048) || (i.keyType == QLatin1String("EC") && i.keyBits < 256);
    if (weak) {
        add(r, "weak_key", Severity::Warning,
            Text::tr("%1 \"%2\" has a weak %3 key of %4 bits (at least RSA 2048 or EC 256 is needed). Current "
                     "clients may refuse it: replace it with a stronger certificate.")
                .arg(roleDisplayName(c.role), i.issuedTo, i.keyType)
                .arg(i.keyBits),
            i.sha256);
    }
    const bool weakDigest = i.signatureDigest == QLatin1String("SHA1") || i.signatureDigest == QLatin1String("MD5") ||
                            i.signatureDigest == QLatin1String("MD2") || i.signatureDigest == QLatin1String("MD4");
    // A root's self-signature is not checked by clients (the root is trusted as such): exempt.
    if (weakDigest && c.role != CertRole::Root) {
        add(r, "weak_signature", Severity::Warning,
            Text::tr("%1 \"%2\" is signed with %3, which clients no longer accept. Have the CA issue it again "
                     "with SHA-256.")
                .arg(roleDisplayName(c.role), i.issuedTo, i.signatureAlgorithm),
            i.sha256);
    }
}

void checkKeyAndFile(CertReport& r, const Pkcs12Contents& contents)
{
    if (contents.emptyPassword) {
        add(r, "empty_password", Severity::Info,
            Text::tr("The backup file has no password. Anyone holding it holds the appliance's private key: "
                     "after the restore, export it again with a passphrase and store it securely."));
    }
    if (contents.legacyEncryption) {
        add(r, "legacy_encryption", Severity::Info,
            Text::tr("The backup file uses old, weak encryption (%1). It can be restored; afterwards export it "
                     "again with AES-256.")
                .arg(contents.encryption.join(QStringLiteral(", "))));
    }
    if (!r.hasPrivateKey) {
        add(r, "no_private_key", Severity::Error,
            Text::tr("Private Key? No: the file holds no private key, so the appliance cannot use this "
                     "certificate. Export it again with Include Private Key checked."));
    } else if (r.leaf() && !r.keyMatches) {
        add(r, "key_mismatch", Severity::Error,
            Text::tr("The private key in the file does not belong to the certificate \"%1\". Find the backup "
                     "that holds the matching key, or have a new certificate issued.")
                .arg(r.leaf()->info.issuedTo),
            r.leaf()->info.sha256);
    }
}

void checkChain(CertReport& r, const ChainAnalysis& a)
{
    const ClassifiedCert* leaf = r.leaf();
    if (leaf && leaf->role == CertRole::SelfSignedLeaf) {
        add(r, "self_signed", Severity::Info,
            Text::tr("\"%1\" is self-signed: clients trust it only if it was installed on them. Restore this same "
                     "certificate so existing clients keep connecting; plan a CA-signed one.")
                .arg(leaf->info.issuedTo),
            leaf->info.sha256);
    }
    if (leaf && !a.complete) {
        add(r, "chain_incomplete", Severity::Error,
            Text::tr("The certificate chain is incomplete: the certificate of \"%1\" is missing. Every "
                     "intermediate and the root must be in the file: get them from the CA and export again with "
                     "Include Certificate Chain.")
                .arg(a.missingIssuer));
    }
    if (a.rootCount > 1) {
        add(r, "multiple_roots", Severity::Warning,
            Text::tr("The file holds %1 root certificates; a CA-signed certificate has exactly one. Remove the "
                     "roots that are not part of the chain.")
                .arg(a.rootCount));
    }
    for (const ClassifiedCert& c : a.others) {
        if (c.info.isCa && !a.complete)
            continue; // may belong beyond the missing link: chain_incomplete already says what to do
        add(r, "unrelated_certificate", Severity::Warning,
            Text::tr("\"%1\" (issued by \"%2\") is not part of the appliance certificate's chain. Check that this "
                     "is the right backup.")
                .arg(c.info.issuedTo, c.info.issuedBy),
            c.info.sha256);
    }
}

} // namespace

CertReport inspectContents(const Pkcs12Contents& contents, const CheckOptions& options)
{
    CertReport r;
    r.fqdn = options.fqdn.trimmed();
    r.encryption = contents.encryption;
    r.macDigest = contents.macDigest;
    r.legacyEncryption = contents.legacyEncryption;
    r.hasPrivateKey = contents.privateKey != nullptr;

    const ChainAnalysis a = analyseChain(contents.certificates, contents.privateKey.get(), r.fqdn);
    r.certificates = a.chain;
    r.certificates.insert(r.certificates.end(), a.others.begin(), a.others.end());
    r.chainComplete = a.hasLeaf && a.complete;
    r.missingIssuer = a.missingIssuer;

    if (contents.certificates.empty()) {
        add(r, "no_certificate", Severity::Error,
            Text::tr("The file holds no certificate. Export it again with Include Certificate checked."));
    } else if (!a.hasLeaf) {
        add(r, "no_leaf", Severity::Error,
            Text::tr("The file holds only CA certificates, not the appliance's own certificate. Export the "
                     "certificate whose Alternative Names hold the appliance's hostname."));
    }
    if (const ClassifiedCert* leaf = r.leaf(); leaf && r.hasPrivateKey) {
        X509Ptr x = x509FromDer(leaf->info.der);
        r.keyMatches = x && EVP_PKEY_eq(X509_get0_pubkey(x.get()), contents.privateKey.get()) == 1;
        ERR_clear_error();
    }
    checkKeyAndFile(r, contents);
    checkChain(r, a);

    if (const ClassifiedCert* leaf = r.leaf(); leaf && !r.fqdn.isEmpty()) {
        r.fqdnMatch = certificateMatchesHost(leaf->info, r.fqdn);
        if (!*r.fqdnMatch) {
            const QStringList names = leaf->info.alternativeNames();
            add(r, "fqdn_mismatch", Severity::Error,
                Text::tr("The certificate is not valid for %1: its Alternative Names are %2. Check the appliance "
                         "hostname, or use the certificate issued to that name.")
                    .arg(r.fqdn, names.isEmpty() ? Text::tr("(none)") : names.join(QStringLiteral(", "))),
                leaf->info.sha256);
        }
    }

    const QDateTime now = (options.clock ? options.clock->nowUtc() : SystemClock::instance().nowUtc()).toUTC();
    for (const ClassifiedCert& c : r.certificates) {
        checkValidity(r, c, now, options.expiryWarningDays);
        checkStrength(r, c);
    }
    return r;
}

} // namespace dr::cert
