// drrunbook-cli print: a scenario's offline checklist, or the whole DR binder, as PDF.
#include "CliCommand.h"

#include "print/ChecklistPdf.h"
#include "print/PdfBook.h"
#include "print/SiteProfile.h"
#include "support/SavedSupportAddresses.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace dr::cli;
using namespace dr::print;

class PrintCli
{
    Q_DECLARE_TR_FUNCTIONS(PrintCli)
};

int usage(const QString& message)
{
    err() << "drrunbook-cli print: " << message << "\n"
          << PrintCli::tr(
                 "Usage: drrunbook-cli print SCENARIO|--all [--site FILE] [--page-size A4|Letter] [--tz ZONE]\n"
                 "       [--support-addresses FILE] --out FILE.pdf\n"
                 "  SCENARIO     a scenario id (drrunbook-cli print --list shows them)\n"
                 "  --all        the DR binder: contents, vendor support page, every scenario\n"
                 "  --site FILE  the site profile (docs/site-profile.md; version 1 or 2); --list-site-keys shows the\n"
                 "               checklist keys its values fill\n"
                 "  --tz ZONE    the reader's IANA time zone for the support hours; default the system's\n"
                 "  --support-addresses FILE\n"
                 "               JSON with the support page's addresses to use instead of the saved ones (keys\n"
                 "               general, emea, apac, supervisor, manager; missing keys keep the saved address).\n"
                 "               Without it: the addresses saved in the GUI, else the guide's\n");
    err().flush();
    return ExitUsage;
}

int list(const dr::runbook::ScenarioLibrary& library, bool siteKeys)
{
    if (siteKeys) {
        const QMap<QString, QString> keys = SiteProfile::knownKeys(library);
        for (auto it = keys.begin(); it != keys.end(); ++it)
            out() << it.key() << "\t" << it.value() << "\n";
    } else {
        for (const dr::runbook::Scenario* sc : library.scenarios())
            out() << sc->id << "\t" << sc->title << "\n";
    }
    return ExitOk;
}

// The support page's addresses: the ones saved in the GUI (the guide's where none is saved), with the keys of
// FILE, if given, taking their place.
bool supportAddresses(const QString& file, dr::support::SupportAddresses* addresses)
{
    *addresses = dr::support::SavedSupportAddresses::loadFromGuiSettings();
    if (file.isEmpty())
        return true;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << PrintCli::tr("%1 cannot be read (%2)").arg(file, f.errorString()) << "\n";
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        err() << PrintCli::tr("%1 is not a JSON object of support addresses (%2)")
                     .arg(file, parseError.error == QJsonParseError::NoError ? PrintCli::tr("not an object")
                                                                             : parseError.errorString())
              << "\n";
        return false;
    }
    QJsonObject json = addresses->toJson();
    const QJsonObject given = doc.object();
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!json.contains(it.key())) {
            err() << PrintCli::tr("%1: unknown key \"%2\" (use general, emea, apac, supervisor, manager)")
                         .arg(file, it.key())
                  << "\n";
            return false;
        }
        if (!it.value().toString().isEmpty())
            json.insert(it.key(), it.value().toString());
    }
    *addresses = dr::support::SupportAddresses::fromJson(json);
    return true;
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption allOpt(QStringLiteral("all"));
    const QCommandLineOption listOpt(QStringLiteral("list"));
    const QCommandLineOption keysOpt(QStringLiteral("list-site-keys"));
    const QCommandLineOption siteOpt(QStringLiteral("site"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption sizeOpt(QStringLiteral("page-size"), QString(), QStringLiteral("SIZE"),
                                     QStringLiteral("A4"));
    const QCommandLineOption tzOpt(QStringLiteral("tz"), QString(), QStringLiteral("ZONE"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption addressesOpt(QStringLiteral("support-addresses"), QString(), QStringLiteral("FILE"));
    parser.addOptions({allOpt, listOpt, keysOpt, siteOpt, sizeOpt, tzOpt, outOpt, addressesOpt});
    if (!parser.parse(QStringList{QStringLiteral("print")} + args))
        return usage(parser.errorText());

    const dr::runbook::ScenarioLibrary library = dr::runbook::ScenarioLibrary::builtin();
    if (!library.isValid()) {
        err() << PrintCli::tr("The built-in scenarios do not load (%1): reinstall the application.\n")
                     .arg(library.errors().join(QStringLiteral("; ")));
        return ExitFailure;
    }
    if (parser.isSet(listOpt) || parser.isSet(keysOpt))
        return list(library, parser.isSet(keysOpt));

    const QStringList positional = parser.positionalArguments();
    const bool all = parser.isSet(allOpt);
    if (all == !positional.isEmpty() || positional.size() > 1)
        return usage(PrintCli::tr("give exactly one scenario id, or --all"));
    if (!parser.isSet(outOpt))
        return usage(PrintCli::tr("--out FILE.pdf is required"));
    ChecklistPdf::Options options;
    if (!parsePageSize(parser.value(sizeOpt), &options.pageSize))
        return usage(PrintCli::tr("--page-size must be A4 or Letter, not '%1'").arg(parser.value(sizeOpt)));
    if (parser.isSet(tzOpt)) {
        options.readerZone = QTimeZone(parser.value(tzOpt).toUtf8());
        if (!options.readerZone.isValid())
            return usage(PrintCli::tr("unknown time zone '%1': use an IANA name such as Europe/Berlin")
                             .arg(parser.value(tzOpt)));
    }
    if (parser.isSet(siteOpt)) {
        QString error;
        const auto site = SiteProfile::load(parser.value(siteOpt), library, &error);
        if (!site) {
            err() << error << "\n";
            return ExitUnreadable;
        }
        options.site = *site;
        const QStringList unknown = site->unknownKeys(library);
        if (!unknown.isEmpty())
            err() << PrintCli::tr("Warning: the site file has keys no scenario uses (typo?): %1. "
                                  "drrunbook-cli print --list-site-keys shows the keys.\n")
                         .arg(unknown.join(QStringLiteral(", ")));
    }
    if (!supportAddresses(parser.value(addressesOpt), &options.supportAddresses))
        return ExitUnreadable;

    const QString path = parser.value(outOpt);
    QString error;
    bool ok = false;
    if (all) {
        ok = ChecklistPdf::writeBinder(library, options, path, &error);
    } else {
        const dr::runbook::Scenario* sc = library.find(positional.first());
        if (sc == nullptr || sc->procedure)
            return usage(PrintCli::tr("unknown scenario '%1' (drrunbook-cli print --list shows the ids)")
                             .arg(positional.first()));
        ok = ChecklistPdf::writeChecklist(library.plan(sc->id), options, path, &error);
    }
    if (!ok) {
        err() << error << "\n";
        return ExitFailure;
    }
    out() << PrintCli::tr("Wrote %1\n").arg(path);
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND("print",
               "print SCENARIO|--all [--site FILE] [--page-size A4|Letter] [--support-addresses FILE] --out FILE.pdf",
               QT_TRANSLATE_NOOP("cli", "Print a scenario, or the whole binder, as an offline checklist (PDF)."), run);
