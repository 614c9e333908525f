#include "print/SiteProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace dr::print {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::print::SiteProfile", s);
}

const QString kSiteName = QStringLiteral("site_name");

QSet<QString> secretKeys(const runbook::ScenarioLibrary& library)
{
    QSet<QString> keys;
    for (const runbook::Scenario& sc : library.all()) {
        for (const runbook::Step& st : sc.steps) {
            if (st.kind == runbook::StepKind::Record && st.record.secret)
                keys.insert(st.record.key);
        }
    }
    return keys;
}

} // namespace

QMap<QString, QString> SiteProfile::knownKeys(const runbook::ScenarioLibrary& library)
{
    QMap<QString, QString> keys{{kSiteName, tr("Site name, printed on every page")}};
    for (const runbook::Scenario& sc : library.all()) {
        for (const runbook::Step& st : sc.steps) {
            if (st.kind == runbook::StepKind::Record && !st.record.secret) {
                keys.insert(st.record.key, st.record.label);
            } else if (st.kind == runbook::StepKind::Decision && !st.decision.fact.isEmpty()) {
                QStringList values;
                for (const runbook::DecisionOption& o : st.decision.options)
                    values << o.value;
                keys.insert(st.decision.fact,
                            QStringLiteral("%1: %2").arg(st.title, values.join(QStringLiteral(" | "))));
            }
        }
    }
    return keys;
}

std::optional<SiteProfile> SiteProfile::fromJson(const QJsonObject& json, const runbook::ScenarioLibrary& library,
                                                 QString* error)
{
    const QSet<QString> secrets = secretKeys(library);
    SiteProfile profile;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (secrets.contains(it.key())) {
            *error = tr("\"%1\" is a secret and is never printed: remove it from the site file.").arg(it.key());
            return std::nullopt;
        }
        QString value;
        if (it.value().isString())
            value = it.value().toString().trimmed();
        else if (it.value().isDouble())
            value = QString::number(it.value().toDouble(), 'g', 15);
        else {
            *error = tr("\"%1\" must be a text value (in quotes).").arg(it.key());
            return std::nullopt;
        }
        if (it.key() == kSiteName)
            profile.name = value;
        else if (!value.isEmpty())
            profile.values.insert(it.key(), value);
    }
    return profile;
}

std::optional<SiteProfile> SiteProfile::load(const QString& path, const runbook::ScenarioLibrary& library,
                                             QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the site file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("The site file %1 is not valid JSON (%2 at byte %3): fix it.")
                           .arg(path, parseError.errorString())
                           .arg(parseError.offset)
                     : tr("The site file %1 must hold one JSON object of \"key\": \"value\" pairs.").arg(path);
        return std::nullopt;
    }
    QString why;
    auto profile = fromJson(doc.object(), library, &why);
    if (!profile)
        *error = tr("The site file %1: %2").arg(path, why);
    return profile;
}

QStringList SiteProfile::unknownKeys(const runbook::ScenarioLibrary& library) const
{
    const QMap<QString, QString> known = knownKeys(library);
    QStringList unknown;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!known.contains(it.key()))
            unknown << it.key();
    }
    return unknown;
}

} // namespace dr::print
