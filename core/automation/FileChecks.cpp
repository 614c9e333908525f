// The checks that read a file the operator saved: backup_file (.nsb name rules) and pkcs12_file (.p12 contents).
#include "automation/CheckAttempt.h"
#include "automation/LiveCheckRunner.h"
#include "cert/CertChecker.h"
#include "common/OpenSslRuntime.h"
#include "support/NsbFileName.h"
#include "support/RestoreCompatibility.h"

#include <QFileInfo>
#include <QJsonArray>

namespace dr::automation {

void LiveCheckRunner::backupFile(CheckAttempt* at)
{
    const QString file = at->param(QStringLiteral("file"));
    if (file.isEmpty()) {
        at->error(tr("No backup file was recorded; record the path of the .nsb file first."));
        return;
    }
    const QFileInfo fi(file);
    at->setEvidence(QStringLiteral("file"), fi.fileName());
    if (!fi.isFile() || !fi.isReadable()) {
        at->fail(tr("The backup file %1 cannot be found or read. Check the path (and that the download finished).")
                     .arg(file));
        return;
    }
    at->setEvidence(QStringLiteral("size"), static_cast<double>(fi.size()));
    if (fi.size() == 0) {
        at->fail(tr("The backup file %1 is empty. Download the backup again.").arg(file));
        return;
    }
    const auto name = support::NsbFileName::parse(fi.fileName());
    if (!name) {
        at->fail(tr("%1 is not named like a /login backup (\"Bomgar-<version>-<site>-<date>-<id>.nsb\"), so its "
                    "version and date are unknown. Use the file as downloaded from /login > Management > Software "
                    "Management.")
                     .arg(fi.fileName()));
        return;
    }
    at->setEvidence(QStringLiteral("version"), name->version.toString());
    at->setEvidence(QStringLiteral("site"), name->site);
    at->setEvidence(QStringLiteral("date"), name->date.toString(Qt::ISODate));
    QStringList notes;

    const QString siteText = at->param(QStringLiteral("site_version"));
    if (!siteText.isEmpty()) {
        const auto site = support::ProductVersion::parse(siteText);
        if (!site) {
            at->error(tr("\"%1\" is not a product version (for example 23.2.4); record the site's version again.")
                          .arg(siteText));
            return;
        }
        const support::RestoreAssessment a = support::assessRestore(name->version, *site, m_upgrades);
        at->setEvidence(QStringLiteral("site_version"), site->toString());
        at->setEvidence(QStringLiteral("verdict"), support::verdictKey(a.verdict));
        if (a.verdict == support::RestoreVerdict::Downgrade) {
            at->fail(a.message);
            return;
        }
        if (a.verdict == support::RestoreVerdict::UnlistedUpgrade)
            notes << a.message;
    }

    const QString maxAgeText = at->param(QStringLiteral("max_age_days"));
    if (!maxAgeText.isEmpty()) {
        const int maxAge = maxAgeText.toInt();
        const QDate taken = name->date.isValid() ? name->date : fi.lastModified().toUTC().date();
        const qint64 age = taken.daysTo(m_clock.nowUtc().date());
        at->setEvidence(QStringLiteral("age_days"), static_cast<double>(age));
        at->setEvidence(QStringLiteral("max_age_days"), maxAge);
        if (age > maxAge) {
            // Two counts, two messages: each takes its own plural form.
            at->fail(tr("The backup is %n day(s) old (%1);", nullptr, int(age)).arg(taken.toString(Qt::ISODate)) +
                     QLatin1Char(' ') +
                     tr("it should be at most %n day(s) old. Download a fresh backup from /login > Management > "
                        "Software Management.",
                        nullptr, int(maxAge)));
            return;
        }
    }
    QString summary = tr("%1: version %2, site %3, taken %4.")
                          .arg(fi.fileName(), name->version.toString(), name->site, name->date.toString(Qt::ISODate));
    if (!notes.isEmpty())
        summary += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    at->pass(summary);
}

void LiveCheckRunner::pkcs12File(CheckAttempt* at)
{
    const QString file = at->param(QStringLiteral("file"));
    if (file.isEmpty()) {
        at->error(tr("No certificate file was recorded; record the path of the .p12 file first."));
        return;
    }
    openSslRuntime();
    const bool havePass = at->request().secrets.contains(QStringLiteral("p12_passphrase"));
    const cert::ImportResult imported =
        cert::importPkcs12File(file, at->request().secrets.value(QStringLiteral("p12_passphrase")));
    at->setEvidence(QStringLiteral("file"), QFileInfo(file).fileName());
    if (!imported.ok()) {
        at->setEvidence(QStringLiteral("import_error"), imported.code());
        if (imported.error == cert::ImportError::WrongPassword)
            at->error(havePass ? imported.message
                               : tr("%1 needs its passphrase: enter it, then run the check again.").arg(file));
        else
            at->fail(imported.message);
        return;
    }
    cert::CheckOptions options;
    options.fqdn = splitHostPort(at->param(QStringLiteral("host"))).host;
    options.clock = &m_clock;
    const cert::CertReport report = cert::inspectContents(imported.contents, options);
    at->setEvidence(QStringLiteral("has_private_key"), report.hasPrivateKey);
    at->setEvidence(QStringLiteral("key_matches"), report.keyMatches);
    at->setEvidence(QStringLiteral("chain_complete"), report.chainComplete);
    at->setEvidence(QStringLiteral("certificates"), static_cast<int>(report.certificates.size()));
    if (report.fqdnMatch)
        at->setEvidence(QStringLiteral("fqdn_match"), *report.fqdnMatch);
    if (const cert::ClassifiedCert* leaf = report.leaf()) {
        at->setEvidence(QStringLiteral("leaf_sha256"), leaf->info.sha256Colons());
        at->setEvidence(QStringLiteral("issued_to"), leaf->info.issuedTo);
        at->setEvidence(QStringLiteral("not_after"), leaf->info.notAfter.toString(Qt::ISODate));
    }
    QJsonArray problems;
    QStringList errors, warnings;
    for (const cert::Problem& p : report.problems) {
        problems.append(QJsonObject{{QStringLiteral("code"), p.code},
                                    {QStringLiteral("severity"), cert::severityCode(p.severity)}});
        if (p.severity == cert::Severity::Error)
            errors << p.message;
        else if (p.severity == cert::Severity::Warning)
            warnings << p.message;
    }
    at->setEvidence(QStringLiteral("problems"), problems);
    if (!errors.isEmpty()) {
        at->fail(errors.join(QLatin1Char(' ')));
        return;
    }
    QString summary = tr("%1 holds the certificate, its private key and its chain.").arg(QFileInfo(file).fileName());
    if (!warnings.isEmpty())
        summary += QLatin1Char(' ') + warnings.join(QLatin1Char(' '));
    at->pass(summary);
}

} // namespace dr::automation
