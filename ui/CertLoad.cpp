#include "CertLoad.h"

#include "common/OpenSslRuntime.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace dr::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(dr::ui::CertLoad)
};
} // namespace

QFuture<CertLoadPtr> openCertificateBackup(const QString& path, const Secret& password,
                                           const cert::ImportOptions& importOptions,
                                           const cert::CheckOptions& checkOptions)
{
    // The lambda owns a copy of the Secret: it is wiped when the task (and so the lambda) is destroyed.
    return QtConcurrent::run([path, password, importOptions, checkOptions]() -> CertLoadPtr {
        openSslRuntime();
        auto load = std::make_shared<CertLoad>();
        load->path = path;
        load->options = checkOptions;
        load->import =
            std::make_shared<const cert::ImportResult>(cert::importPkcs12File(path, password, importOptions));
        if (load->import->ok())
            load->report = cert::inspectContents(load->import->contents, checkOptions);
        return load;
    });
}

CertLoadPtr recheckCertificateBackup(const CertLoadPtr& load, const cert::CheckOptions& checkOptions)
{
    if (!load || !load->ok())
        return load;
    auto again = std::make_shared<CertLoad>();
    again->path = load->path;
    again->import = load->import;
    again->options = checkOptions;
    again->report = cert::inspectContents(load->import->contents, checkOptions);
    return again;
}

QString importFailureTitle(cert::ImportError error)
{
    switch (error) {
    case cert::ImportError::WrongPassword:
        return Text::tr("Wrong password for this certificate backup");
    case cert::ImportError::LegacyProviderMissing:
        return Text::tr("Old encryption: OpenSSL's legacy provider is not available");
    case cert::ImportError::CorruptFile:
        return Text::tr("The certificate backup is damaged or truncated");
    case cert::ImportError::NotPkcs12:
        return Text::tr("This is not a PKCS#12 (.p12/.pfx) certificate backup");
    case cert::ImportError::JavaKeystore:
        return Text::tr("This is a Java keystore (JKS), not a PKCS#12 file");
    case cert::ImportError::FileUnreadable:
        return Text::tr("The file cannot be read");
    case cert::ImportError::UnsupportedAlgorithm:
        return Text::tr("The file uses encryption this OpenSSL cannot decrypt");
    case cert::ImportError::None:
        break;
    }
    return {};
}

QString classificationSummary(const cert::CertReport& report)
{
    const cert::ClassifiedCert* leaf = report.leaf();
    int intermediates = 0;
    bool root = false;
    for (const cert::ClassifiedCert& c : report.certificates) {
        if (!c.inChain)
            continue;
        intermediates += c.role == cert::CertRole::Intermediate ? 1 : 0;
        root = root || c.role == cert::CertRole::Root;
    }
    if (!leaf)
        return Text::tr("The file holds only CA certificates (%n certificate(s)), no appliance certificate.", nullptr,
                        int(report.certificates.size()));
    const QString name = leaf->info.issuedTo;
    if (leaf->role == cert::CertRole::SelfSignedLeaf)
        return Text::tr("A self-signed certificate for %1 (Issued To = Issued By).").arg(name);
    QStringList parts;
    if (intermediates > 0)
        parts << Text::tr("%n intermediate certificate(s)", nullptr, intermediates);
    if (root)
        parts << Text::tr("the root certificate");
    if (parts.isEmpty())
        return Text::tr("A CA-signed certificate for %1, issued by %2, without its CA certificates.")
            .arg(name, leaf->info.issuedBy);
    const QString chain = parts.join(Text::tr(" and "));
    return Text::tr("A CA-signed certificate for %1, issued by %2, with %3.").arg(name, leaf->info.issuedBy, chain);
}

std::vector<cert::CertInfo> chainForExport(const cert::CertReport& report)
{
    std::vector<cert::CertInfo> chain;
    for (const cert::ClassifiedCert& c : report.certificates) {
        if (c.inChain)
            chain.push_back(c.info);
    }
    return chain;
}

} // namespace dr::ui
