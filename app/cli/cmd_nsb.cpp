// drrunbook-cli nsb check: may this /login backup be restored onto a site of that version?
#include "CliCommand.h"

#include "common/Clock.h"
#include "support/NsbFileName.h"
#include "support/ReleaseTable.h"
#include "support/RestoreCompatibility.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace dr::support;
using namespace dr::cli;

class NsbCli
{
    Q_DECLARE_TR_FUNCTIONS(NsbCli)
};

int usage(const QString& message)
{
    err() << "drrunbook-cli nsb: " << message << "\n"
          << NsbCli::tr(
                 "Usage: drrunbook-cli nsb check FILE --target-version X.Y.Z [--upgrades FILE] [--releases FILE] "
                 "[--json]\n"
                 "  --target-version  the Product Version on /login > Status > Information of the site\n"
                 "  --upgrades        your supported-upgrade list (JSON), from the release notes\n"
                 "  --releases        your release table (JSON); default: the built-in example table\n"
                 "Exit status: 0 compatible, 1 refused or warning, 2 unreadable name or file, 64 usage.\n");
    err().flush();
    return ExitUsage;
}

int unreadable(bool json, const QString& file, const QString& message)
{
    if (json)
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), message}})
                .toJson(QJsonDocument::Indented));
    else
        err() << message << "\n";
    return ExitUnreadable;
}

QJsonObject supportJson(const ReleaseTable& table, const ProductVersion& v, const QDate& today)
{
    QJsonObject o{{QStringLiteral("major"), v.majorString()},
                  {QStringLiteral("status"), supportStatusKey(table.status(v, today))}};
    if (const std::optional<ReleaseInfo> r = table.find(v)) {
        o.insert(QStringLiteral("ga"), r->ga.toString(Qt::ISODate));
        o.insert(QStringLiteral("supportEnds"), r->supportEnds().toString(Qt::ISODate));
        o.insert(QStringLiteral("source"), r->source);
    }
    return o;
}

QString supportLine(const ReleaseTable& table, const ProductVersion& v, const QDate& today)
{
    const std::optional<ReleaseInfo> r = table.find(v);
    if (!r)
        return NsbCli::tr("%1: not in the release table").arg(v.majorString());
    const QString ends = r->supportEnds().toString(Qt::ISODate);
    QString line = table.status(v, today) == SupportStatus::Retired
                       ? NsbCli::tr("%1: RETIRED since %2").arg(v.majorString(), ends)
                       : NsbCli::tr("%1: supported until %2").arg(v.majorString(), ends);
    if (r->isExample())
        line += NsbCli::tr(" (example date: update the release table from the vendor's release notes)");
    return line;
}

int check(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption targetOpt(QStringLiteral("target-version"), QString(), QStringLiteral("X.Y.Z"));
    const QCommandLineOption upgradesOpt(QStringLiteral("upgrades"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption releasesOpt(QStringLiteral("releases"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    parser.addOptions({targetOpt, upgradesOpt, releasesOpt, jsonOpt});
    if (!parser.parse(QStringList{QStringLiteral("nsb")} + args))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(NsbCli::tr("give exactly one backup FILE"));
    if (!parser.isSet(targetOpt))
        return usage(NsbCli::tr("--target-version is required"));
    const std::optional<ProductVersion> target = ProductVersion::parse(parser.value(targetOpt));
    if (!target)
        return usage(NsbCli::tr("--target-version '%1' is not a version like 23.2.4").arg(parser.value(targetOpt)));
    const bool json = parser.isSet(jsonOpt);
    const QString file = parser.positionalArguments().first();

    const std::optional<NsbFileName> name = NsbFileName::parse(file);
    if (!name)
        return unreadable(json, file,
                          NsbCli::tr("Cannot read the backup version from the file name '%1': expected "
                                     "Bomgar-<version>-<site>-<yyyy-MM-dd>-<id>.nsb. Use the name the backup was "
                                     "downloaded with, or check the version on /login > Status > Information of the "
                                     "site it came from.")
                              .arg(file));
    QString error;
    SupportedUpgrades upgrades;
    if (parser.isSet(upgradesOpt)) {
        const std::optional<SupportedUpgrades> loaded = SupportedUpgrades::load(parser.value(upgradesOpt), &error);
        if (!loaded)
            return unreadable(json, file, error);
        upgrades = *loaded;
    }
    ReleaseTable table = ReleaseTable::builtIn();
    if (parser.isSet(releasesOpt)) {
        const std::optional<ReleaseTable> loaded = ReleaseTable::load(parser.value(releasesOpt), &error);
        if (!loaded)
            return unreadable(json, file, error);
        table = *loaded;
    }

    const RestoreAssessment a = assessRestore(name->version, *target, upgrades);
    const QDate today = dr::SystemClock::instance().nowUtc().date();
    if (json) {
        const QJsonObject o{
            {QStringLiteral("file"), file},
            {QStringLiteral("backup"), QJsonObject{{QStringLiteral("version"), name->version.toString()},
                                                   {QStringLiteral("site"), name->site},
                                                   {QStringLiteral("date"), name->date.toString(Qt::ISODate)},
                                                   {QStringLiteral("uniqueId"), name->uniqueId}}},
            {QStringLiteral("targetVersion"), target->toString()},
            {QStringLiteral("verdict"), verdictKey(a.verdict)},
            {QStringLiteral("compatible"), a.compatible()},
            {QStringLiteral("message"), a.message},
            {QStringLiteral("upgradeList"),
             parser.isSet(upgradesOpt) ? QJsonValue(parser.value(upgradesOpt)) : QJsonValue()},
            {QStringLiteral("support"),
             QJsonObject{{QStringLiteral("backup"), supportJson(table, name->version, today)},
                         {QStringLiteral("target"), supportJson(table, *target, today)},
                         {QStringLiteral("tableIsExample"), table.hasExamples()}}},
        };
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out() << NsbCli::tr("Backup:       %1\n").arg(name->fileName)
              << NsbCli::tr("  version %1, site %2, downloaded %3, id %4\n")
                     .arg(name->version.toString(), name->site, name->date.toString(Qt::ISODate), name->uniqueId)
              << NsbCli::tr("Site version: %1\n").arg(target->toString()) << a.message << "\n"
              << NsbCli::tr("Support: %1; %2\n")
                     .arg(supportLine(table, name->version, today), supportLine(table, *target, today));
    }
    return a.compatible() ? ExitOk : ExitFailure;
}

int run(const QStringList& args)
{
    if (args.isEmpty())
        return usage(NsbCli::tr("missing sub-command"));
    if (args.first() == QLatin1String("check"))
        return check(args.mid(1));
    return usage(NsbCli::tr("unknown sub-command '%1'").arg(args.first()));
}

} // namespace

DR_CLI_COMMAND("nsb", "nsb check FILE --target-version X.Y.Z [--upgrades FILE] [--json]",
               QT_TRANSLATE_NOOP("cli", "Check a backup against the vendor's restore rules for a target version."),
               run);
