#include "runbook/ScenarioLibrary.h"

#include "runbook/ScenarioParser.h"
#include "runbook/ScenarioValidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

static void initScenarioResource()
{
    Q_INIT_RESOURCE(scenarios);
}

namespace dr::runbook {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("dr::runbook::ScenarioLibrary", s);
}
} // namespace

ScenarioLibrary::ScenarioLibrary() : m_data(std::make_shared<Data>()) {}

QString ScenarioLibrary::builtinPath()
{
    initScenarioResource();
    return QStringLiteral(":/scenarios");
}

ScenarioLibrary ScenarioLibrary::builtin(bool translate)
{
    ScenarioLibrary lib;
    lib.loadDirectory(builtinPath(), translate);
    return lib;
}

bool ScenarioLibrary::loadDirectory(const QString& dirPath, bool translate)
{
    const QDir dir(dirPath);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        m_errors << tr("%1: no scenario files (*.json) found; check the installation").arg(dirPath);
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            m_errors << tr("%1: cannot be read (%2)").arg(f.fileName(), f.errorString());
            continue;
        }
        addFile(f.readAll(), name, translate);
    }
    return finish();
}

bool ScenarioLibrary::addFile(const QByteArray& json, const QString& fileName, bool translate)
{
    QStringList errors;
    auto sc = ScenarioParser::parse(json, fileName, &errors, translate);
    if (sc && m_data.use_count() > 1)
        m_data = std::make_shared<Data>(*m_data); // plans handed out keep pointing into the old copy
    if (sc) {
        errors << ScenarioValidator::validate(*sc);
        if (find(sc->id))
            errors << tr("%1: id \"%2\" is already used by another file; ids must be unique").arg(fileName, sc->id);
        else {
            // Canonical bytes (QJsonDocument writes keys sorted): a change of layout is not a change of definition,
            // and neither is the language the strings are shown in.
            sc->sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact),
                                         QCryptographicHash::Sha256)
                    .toHex());
            m_data->all.append(*sc);
        }
    }
    m_errors << errors;
    return errors.isEmpty();
}

bool ScenarioLibrary::finish()
{
    for (const Scenario& sc : m_data->all) {
        for (const Step& st : sc.steps) {
            if (st.kind != StepKind::Include)
                continue;
            const Scenario* inc = find(st.include);
            if (!inc)
                m_errors << tr("%1: step \"%2\": include \"%3\" is not a known procedure; fix the id")
                                .arg(sc.fileName, st.id, st.include);
            else if (!inc->procedure)
                m_errors << tr("%1: step \"%2\": include \"%3\" is a scenario; only procedures can be included")
                                .arg(sc.fileName, st.id, st.include);
        }
    }
    if (!m_errors.isEmpty())
        return false;
    for (const Scenario& sc : m_data->all) {
        QStringList errs;
        if (!sc.procedure)
            plan(sc.id, &errs); // procedures are checked inside the scenarios that include them
        m_errors << errs;
    }
    return m_errors.isEmpty();
}

QList<const Scenario*> ScenarioLibrary::scenarios() const
{
    QList<const Scenario*> out;
    for (const Scenario& sc : m_data->all) {
        if (!sc.procedure)
            out << &sc;
    }
    return out;
}

QList<const Scenario*> ScenarioLibrary::procedures() const
{
    QList<const Scenario*> out;
    for (const Scenario& sc : m_data->all) {
        if (sc.procedure)
            out << &sc;
    }
    return out;
}

const Scenario* ScenarioLibrary::find(const QString& id) const
{
    for (const Scenario& sc : m_data->all) {
        if (sc.id == id)
            return &sc;
    }
    return nullptr;
}

Plan ScenarioLibrary::plan(const QString& scenarioId, QStringList* errors) const
{
    QStringList local;
    QStringList& errs = errors ? *errors : local;
    const Scenario* sc = find(scenarioId);
    if (!sc) {
        errs << tr("no scenario \"%1\"; choose one of the listed scenarios").arg(scenarioId);
        return {};
    }
    QList<PlanStep> steps;
    if (!expand(*sc, QString(), 0, QString(), {sc->id}, steps, errs))
        return {};
    Plan p(m_data, sc, steps);
    const QStringList keys = p.recordKeys();
    for (const PlanStep& ps : p.steps()) {
        for (const QString& var : ScenarioValidator::variablesOf(*ps.step)) {
            if (!keys.contains(var))
                errs << tr("%1: step \"%2\": ${%3} is never recorded in scenario \"%4\"; add a record step for it")
                            .arg(ps.file->fileName, ps.step->id, var, sc->id);
        }
    }
    return p;
}

bool ScenarioLibrary::expand(const Scenario& sc, const QString& prefix, int depth, const QString& continuation,
                             QStringList chain, QList<PlanStep>& out, QStringList& errors) const
{
    const int n = int(sc.steps.size());
    for (int i = 0; i < n; ++i) {
        const Step& st = sc.steps.at(i);
        const QString fallthrough = i + 1 < n ? prefix + sc.steps.at(i + 1).id : continuation;
        auto resolve = [&](const QString& target) {
            if (target.isEmpty())
                return fallthrough;
            return target == QLatin1String("end") ? continuation : prefix + target;
        };
        PlanStep ps;
        ps.id = prefix + st.id;
        ps.step = &st;
        ps.file = &sc;
        ps.depth = depth;
        ps.next = resolve(st.next);
        ps.skipTo = ps.next;
        for (const DecisionOption& o : st.decision.options)
            ps.targets.insert(o.value, resolve(o.target));
        for (const QString& pre : st.action.preconditions)
            ps.preconditions << prefix + pre;
        if (!st.decision.fromCheck.isEmpty())
            ps.fromCheck = prefix + st.decision.fromCheck;
        const QString base = st.check.params.value(QLatin1String("baseline_step")).toString();
        if (st.kind == StepKind::Check && !base.isEmpty())
            ps.baselineStep = prefix + base;
        if (st.kind != StepKind::Include) {
            out.append(ps);
            continue;
        }
        const Scenario* inc = find(st.include);
        if (!inc || inc->steps.isEmpty()) {
            errors << tr("%1: step \"%2\": include \"%3\" cannot be resolved").arg(sc.fileName, st.id, st.include);
            return false;
        }
        if (chain.contains(inc->id)) {
            errors << tr("%1: step \"%2\": include \"%3\" includes itself (%4); break the cycle")
                          .arg(sc.fileName, st.id, inc->id, chain.join(QStringLiteral(" > ")));
            return false;
        }
        const QString innerPrefix = ps.id + QLatin1Char('/');
        const QString after = ps.next;
        ps.next = innerPrefix + inc->steps.first().id;
        out.append(ps);
        if (!expand(*inc, innerPrefix, depth + 1, after, QStringList(chain) << inc->id, out, errors))
            return false;
    }
    return true;
}

} // namespace dr::runbook
