// drrunbook-cli cert inspect | compare | export: the guide's certificate backup and restore checks.
#include "CliCommand.h"
#include "CliPrompt.h"

#include "cert/CertChecker.h"
#include "cert/CertJson.h"
#include "cert/Pkcs12Writer.h"
#include "cert/ServeComparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>

namespace {

using namespace dr::cert;
using namespace dr::cli;

class CertCli
{
    Q_DECLARE_TR_FUNCTIONS(CertCli)
};

constexpr const char* kPasswordEnv = "DRRUNBOOK_P12_PASSWORD";
constexpr const char* kNewPasswordEnv = "DRRUNBOOK_P12_NEW_PASSWORD";

int usage(const QString& message)
{
    err() << "drrunbook-cli cert: " << message << "\n"
          << CertCli::tr("Usage:\n"
                         "  drrunbook-cli cert inspect FILE [--fqdn HOST] [--days N] [--json]\n"
                         "  drrunbook-cli cert compare FILE --host HOST[:PORT] [--fqdn NAME] [--timeout SECONDS] "
                         "[--json]\n"
                         "  drrunbook-cli cert export FILE --out NEW.p12 [--legacy-insecure] [--pem-chain CHAIN.pem]\n"
                         "The password is read from %1 or asked for without echo; export reads the new "
                         "passphrase from %2 or asks for it.\n")
                 .arg(QLatin1String(kPasswordEnv), QLatin1String(kNewPasswordEnv));
    err().flush();
    return ExitUsage;
}

void printJson(const QJsonObject& o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// Opens the .p12; on failure prints why and returns nullopt (exit status in *rc).
std::optional<ImportResult> openBackup(const QString& file, bool json, int* rc)
{
    const std::optional<dr::Secret> password = readSecret(kPasswordEnv, CertCli::tr("Password for %1: ").arg(file));
    if (!password) {
        *rc = usage(CertCli::tr("no password: set %1 or run on a terminal").arg(QLatin1String(kPasswordEnv)));
        return std::nullopt;
    }
    ImportResult r = importPkcs12File(file, *password);
    if (!r.ok()) {
        if (json)
            printJson(QJsonObject{{QStringLiteral("file"), file},
                                  {QStringLiteral("error"), errorToJson(r.code(), r.message)}});
        else
            err() << CertCli::tr("Cannot read %1 (%2): %3").arg(file, r.code(), r.message) << "\n";
        *rc = ExitUnreadable;
        return std::nullopt;
    }
    return r;
}

void printCert(const ClassifiedCert& c, int index, bool hasKey)
{
    const CertInfo& i = c.info;
    const QStringList names = i.alternativeNames();
    out() << QStringLiteral("[%1] ").arg(index) << roleDisplayName(c.role)
          << (c.inChain ? QString() : CertCli::tr(" (not in the chain)")) << "\n"
          << CertCli::tr("    Issued To:         %1\n").arg(i.issuedTo)
          << CertCli::tr("    Issued By:         %1\n").arg(i.issuedBy)
          << CertCli::tr("    Alternative Names: %1\n")
                 .arg(names.isEmpty() ? CertCli::tr("(none)") : names.join(QStringLiteral(", ")))
          << CertCli::tr("    Private Key?       %1\n").arg(hasKey ? CertCli::tr("Yes") : CertCli::tr("No"))
          << CertCli::tr("    Valid:             %1 to %2\n")
                 .arg(i.notBefore.toString(Qt::ISODate), i.notAfter.toString(Qt::ISODate))
          << CertCli::tr("    Key, signature:    %1 %2 bits, %3\n")
                 .arg(i.keyType)
                 .arg(i.keyBits)
                 .arg(i.signatureAlgorithm)
          << CertCli::tr("    SHA-256:           %1\n").arg(i.sha256Colons());
}

void printReport(const QString& file, const CertReport& r)
{
    out() << CertCli::tr("Certificate backup %1\n").arg(file)
          << CertCli::tr("Protection: %1; MAC %2\n\n")
                 .arg(r.encryption.isEmpty() ? CertCli::tr("none") : r.encryption.join(QStringLiteral(", ")),
                      r.macDigest.isEmpty() ? CertCli::tr("none") : r.macDigest);
    int index = 1;
    for (const ClassifiedCert& c : r.certificates)
        printCert(c, index++, r.privateKeyFor(c));
    out() << "\n"
          << (r.chainComplete ? CertCli::tr("Chain: complete\n")
                              : CertCli::tr("Chain: incomplete, missing \"%1\"\n").arg(r.missingIssuer));
    if (r.fqdnMatch)
        out() << CertCli::tr("FQDN %1: %2\n")
                     .arg(r.fqdn, *r.fqdnMatch ? CertCli::tr("matches") : CertCli::tr("does not match"));
    for (const Problem& p : r.problems)
        out() << QStringLiteral("%1 %2: %3\n").arg(severityCode(p.severity).toUpper(), p.code, p.message);
    out() << (r.fitToRestore() ? CertCli::tr("Result: fit to restore onto the appliance.\n")
                               : CertCli::tr("Result: problems found.\n"));
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), CertCli::tr("Print JSON.")};
}

int runInspect(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption fqdn(QStringLiteral("fqdn"), CertCli::tr("Appliance FQDN to check."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption days(QStringLiteral("days"), CertCli::tr("Warn when a certificate expires within N days."),
                                  QStringLiteral("N"), QStringLiteral("30"));
    p.addOptions({fqdn, days, jsonOption()});
    if (!p.parse(QStringList{QStringLiteral("cert-inspect")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(CertCli::tr("inspect needs exactly one FILE"));
    bool daysOk = false;
    const int n = p.value(days).toInt(&daysOk);
    if (!daysOk || n < 0)
        return usage(CertCli::tr("--days needs a number of days"));
    const bool json = p.isSet(QStringLiteral("json"));
    const QString file = p.positionalArguments().constFirst();
    int rc = ExitOk;
    const std::optional<ImportResult> imported = openBackup(file, json, &rc);
    if (!imported)
        return rc;
    const CertReport report = inspectContents(imported->contents, {p.value(fqdn), n, nullptr});
    if (json) {
        QJsonObject o = reportToJson(report);
        o.insert(QStringLiteral("file"), file);
        printJson(o);
    } else {
        printReport(file, report);
    }
    return report.fitToRestore() ? ExitOk : ExitFailure;
}

bool splitHostPort(const QString& text, QString* host, quint16* port)
{
    QString h = text.trimmed();
    *port = 443;
    QString portText;
    if (h.startsWith(QLatin1Char('['))) {
        const qsizetype close = h.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        portText = h.mid(close + 1).startsWith(QLatin1Char(':')) ? h.mid(close + 2) : QString();
        h = h.mid(1, close - 1);
    } else if (h.count(QLatin1Char(':')) == 1) {
        portText = h.section(QLatin1Char(':'), 1);
        h = h.section(QLatin1Char(':'), 0, 0);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return false;
        *port = static_cast<quint16>(p);
    }
    *host = h;
    return !h.isEmpty();
}

int runCompare(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption hostOpt(QStringLiteral("host"), CertCli::tr("Appliance address."),
                                     QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption fqdnOpt(QStringLiteral("fqdn"), CertCli::tr("Name sent as SNI and checked."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), CertCli::tr("Seconds to wait."),
                                        QStringLiteral("SECONDS"), QStringLiteral("15"));
    p.addOptions({hostOpt, fqdnOpt, timeoutOpt, jsonOption()});
    if (!p.parse(QStringList{QStringLiteral("cert-compare")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(CertCli::tr("compare needs exactly one FILE"));
    QString host;
    quint16 port = 443;
    if (!p.isSet(hostOpt) || !splitHostPort(p.value(hostOpt), &host, &port))
        return usage(CertCli::tr("compare needs --host HOST[:PORT]"));
    bool timeoutOk = false;
    const int timeout = p.value(timeoutOpt).toInt(&timeoutOk);
    if (!timeoutOk || timeout <= 0)
        return usage(CertCli::tr("--timeout needs a number of seconds"));
    const bool hostIsIp = !QHostAddress(host).isNull();
    const QString fqdn = p.isSet(fqdnOpt) ? p.value(fqdnOpt) : (hostIsIp ? QString() : host);

    const bool json = p.isSet(QStringLiteral("json"));
    const QString file = p.positionalArguments().constFirst();
    int rc = ExitOk;
    const std::optional<ImportResult> imported = openBackup(file, json, &rc);
    if (!imported)
        return rc;
    const CertReport report = inspectContents(imported->contents, {fqdn, 30, nullptr});
    const ServedChain served = probeServedChain(host, port, fqdn, timeout * 1000);
    const ServeComparison cmp = compareServed(report, served);
    if (json) {
        QJsonObject o = comparisonToJson(cmp);
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("backup"), reportToJson(report));
        printJson(o);
    } else {
        out() << verdictCode(cmp.verdict) << ": " << cmp.message << "\n";
        int index = 1;
        for (const CertInfo& c : served.certificates) {
            out() << CertCli::tr("served [%1] %2 (issued by %3) SHA-256 %4\n")
                         .arg(index++)
                         .arg(c.issuedTo, c.issuedBy, c.sha256Colons());
        }
    }
    if (cmp.verdict == ServeVerdict::ServesRestored)
        return ExitOk;
    return served.ok ? ExitFailure : ExitUnreadable;
}

int runExport(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption outOpt(QStringLiteral("out"), CertCli::tr("New .p12 file."), QStringLiteral("FILE"));
    const QCommandLineOption pemOpt(QStringLiteral("pem-chain"), CertCli::tr("Also write the chain as PEM."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption legacyOpt(QStringLiteral("legacy-insecure"),
                                       CertCli::tr("INSECURE 3DES/SHA-1 encryption, only for old targets."));
    p.addOptions({outOpt, pemOpt, legacyOpt});
    if (!p.parse(QStringList{QStringLiteral("cert-export")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(outOpt))
        return usage(CertCli::tr("export needs FILE and --out NEW.p12"));
    const QString file = p.positionalArguments().constFirst();
    int rc = ExitOk;
    const std::optional<ImportResult> imported = openBackup(file, false, &rc);
    if (!imported)
        return rc;
    const CertReport report = inspectContents(imported->contents, {});
    if (!report.leaf() || !report.keyMatches) {
        err() << CertCli::tr("%1 holds no certificate with its private key to export.\n").arg(file);
        return ExitFailure;
    }
    std::optional<dr::Secret> newPass = readSecret(kNewPasswordEnv, CertCli::tr("New passphrase: "));
    if (newPass && !qEnvironmentVariableIsSet(kNewPasswordEnv)) {
        const std::optional<dr::Secret> again = readSecret(kNewPasswordEnv, CertCli::tr("Repeat the passphrase: "));
        if (!again || again->reveal() != newPass->reveal()) {
            err() << CertCli::tr("The passphrases differ; nothing was written.\n");
            return ExitFailure;
        }
    }
    if (!newPass || newPass->isEmpty())
        return usage(CertCli::tr("export needs a non-empty passphrase in %1 or from the terminal")
                         .arg(QLatin1String(kNewPasswordEnv)));
    std::vector<CertInfo> chain;
    for (const ClassifiedCert& c : report.certificates) {
        if (c.inChain)
            chain.push_back(c.info);
    }
    const ExportProfile profile = p.isSet(legacyOpt) ? ExportProfile::LegacyInsecure : ExportProfile::Modern;
    if (profile == ExportProfile::LegacyInsecure)
        err() << CertCli::tr("Warning: writing INSECURE legacy encryption (3DES, SHA-1) for an old target.\n");
    const ExportResult written =
        writePkcs12File(p.value(outOpt), imported->contents.privateKey.get(), chain, *newPass, profile);
    if (!written.ok) {
        err() << written.message << "\n";
        return ExitFailure;
    }
    if (p.isSet(pemOpt)) {
        const ExportResult pem = writePemChainFile(p.value(pemOpt), chain);
        if (!pem.ok) {
            err() << pem.message << "\n";
            return ExitFailure;
        }
    }
    out() << CertCli::tr("Wrote %1 (%n certificate(s) and the private key).\n", nullptr, static_cast<int>(chain.size()))
                 .arg(p.value(outOpt));
    return ExitOk;
}

int runCert(const QStringList& args)
{
    if (args.isEmpty())
        return usage(CertCli::tr("missing sub-command"));
    const QString sub = args.first();
    if (sub == QLatin1String("inspect"))
        return runInspect(args.mid(1));
    if (sub == QLatin1String("compare"))
        return runCompare(args.mid(1));
    if (sub == QLatin1String("export"))
        return runExport(args.mid(1));
    return usage(CertCli::tr("unknown sub-command '%1'").arg(sub));
}

} // namespace

DR_CLI_COMMAND("cert", "cert inspect|compare|export FILE ...",
               QT_TRANSLATE_NOOP(
                   "cli",
                   "Check a certificate backup (.p12), compare it with what the appliance serves, or write it again."),
               runCert);
