#include "runbook/ScenarioParser.h"

#include "runbook/ScenarioText.h"
#include "runbook/StepKinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace dr::runbook {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::runbook::ScenarioParser", s);
}

class Reader
{
public:
    Reader(QString file, QStringList* errors, bool translate)
        : m_file(std::move(file)), m_errors(errors), m_translate(translate)
    {
    }

    void setStep(const QString& id) { m_step = id; }

    void error(const QString& what)
    {
        QString where = m_file;
        if (!m_step.isEmpty())
            where += tr(": step \"%1\"").arg(m_step);
        m_errors->append(where + QStringLiteral(": ") + what);
    }

    void keys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed)
    {
        QSet<QString> ok;
        for (const char* k : allowed)
            ok.insert(QString::fromLatin1(k));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!ok.contains(it.key()))
                error(tr("unknown key \"%1%2\"; remove it or fix its spelling (allowed: %3)")
                          .arg(path, it.key(), QStringList(ok.values()).join(QStringLiteral(", "))));
        }
    }

    QString str(const QJsonObject& o, const char* key, bool required, bool translatable = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                error(tr("\"%1\" is missing; add it").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            error(tr("\"%1\" must be a non-empty string").arg(QLatin1String(key)));
            return {};
        }
        return text(v.toString(), translatable);
    }

    QStringList strList(const QJsonObject& o, const char* key, bool translatable = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            error(tr("\"%1\" must be an array of strings").arg(QLatin1String(key)));
            return out;
        }
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isString() || e.toString().trimmed().isEmpty())
                error(tr("\"%1\" must contain only non-empty strings").arg(QLatin1String(key)));
            else
                out << text(e.toString(), translatable);
        }
        return out;
    }

    int integer(const QJsonObject& o, const char* key, int def, int min, int max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(int(d)) || d < min || d > max) {
            error(tr("\"%1\" must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max));
            return def;
        }
        return int(d);
    }

    bool boolean(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            error(tr("\"%1\" must be true or false").arg(QLatin1String(key)));
        return v.toBool();
    }

    QJsonObject object(const QJsonObject& o, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                error(tr("\"%1\" is missing; add it").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isObject())
            error(tr("\"%1\" must be an object").arg(QLatin1String(key)));
        return v.toObject();
    }

    QString text(const QString& s, bool translatable) const
    {
        return (translatable && m_translate) ? translateText(s) : s;
    }

private:
    QString m_file;
    QString m_step;
    QStringList* m_errors;
    bool m_translate;
};

void parseRecord(Reader& r, const QJsonObject& o, Step& st)
{
    r.keys(o, QStringLiteral("record."), {"key", "type", "label", "secret", "optional"});
    st.record.key = r.str(o, "key", true);
    st.record.label = r.str(o, "label", true, true);
    const QString type = r.str(o, "type", true);
    if (auto t = kinds::recordType(type))
        st.record.type = *t;
    else if (!type.isEmpty())
        r.error(tr("record.type \"%1\" is unknown; use one of: %2")
                    .arg(type, kinds::allRecordTypes().join(QStringLiteral(", "))));
    st.record.secret = r.boolean(o, "secret");
    st.record.optional = r.boolean(o, "optional");
    static const QRegularExpression keyRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!st.record.key.isEmpty() && !keyRe.match(st.record.key).hasMatch())
        r.error(tr("record.key \"%1\" must be lower case letters, digits and _").arg(st.record.key));
}

void parseCheck(Reader& r, const QJsonObject& o, Step& st)
{
    r.keys(o, QStringLiteral("check."), {"kind", "params", "timeout_s", "retries", "interval_s"});
    const QString kind = r.str(o, "kind", true);
    auto k = kinds::checkKind(kind);
    if (!k) {
        if (!kind.isEmpty())
            r.error(tr("check.kind \"%1\" is unknown; use one of: %2")
                        .arg(kind, kinds::allCheckKinds().join(QStringLiteral(", "))));
        return;
    }
    st.check.kind = *k;
    st.check.params = r.object(o, "params", true);
    st.check.timeoutSecs = r.integer(o, "timeout_s", 10, 1, 600);
    st.check.retries = r.integer(o, "retries", 0, 0, 1000);
    st.check.intervalSecs = r.integer(o, "interval_s", 0, 0, 3600);
    const kinds::CheckParams spec = kinds::checkParams(*k);
    for (const QString& p : spec.required) {
        if (!st.check.params.contains(p))
            r.error(tr("check parameter \"%1\" is required for %2; add it").arg(p, kind));
    }
    for (auto it = st.check.params.begin(); it != st.check.params.end(); ++it) {
        if (!spec.required.contains(it.key()) && !spec.optional.contains(it.key()))
            r.error(tr("check parameter \"%1\" is not used by %2; remove it").arg(it.key(), kind));
    }
}

void parseAction(Reader& r, const QJsonObject& o, Step& st)
{
    r.keys(o, QStringLiteral("action."),
           {"kind", "appliance", "role", "data_sync_first", "preconditions", "confirmation"});
    const QString kind = r.str(o, "kind", true);
    if (auto k = kinds::actionKind(kind))
        st.action.kind = *k;
    else if (!kind.isEmpty())
        r.error(tr("action.kind \"%1\" is unknown; the only action is set_failover_role").arg(kind));
    st.action.appliance = r.str(o, "appliance", true);
    st.action.role = r.str(o, "role", true);
    if (!st.action.role.isEmpty() && st.action.role != QLatin1String("primary") &&
        st.action.role != QLatin1String("backup"))
        r.error(tr("action.role must be primary or backup"));
    st.action.dataSyncFirst = r.boolean(o, "data_sync_first");
    st.action.preconditions = r.strList(o, "preconditions");
    if (st.action.preconditions.isEmpty())
        r.error(tr("an action needs preconditions (ids of check steps); add them"));
    st.action.confirmation = r.str(o, "confirmation", true, true);
    if (!st.action.confirmation.isEmpty() && !st.action.confirmation.contains(QLatin1String("%1")))
        r.error(tr("action.confirmation must name the appliance with %1"));
}

void parseDecision(Reader& r, const QJsonObject& o, Step& st)
{
    r.keys(o, QStringLiteral("decision."), {"question", "fact", "from_check", "options"});
    st.decision.question = r.str(o, "question", true, true);
    st.decision.fact = r.str(o, "fact", false);
    st.decision.fromCheck = r.str(o, "from_check", false);
    const QJsonValue opts = o.value(QLatin1String("options"));
    if (!opts.isArray() || opts.toArray().size() < 2) {
        r.error(tr("decision.options must be an array of at least two options"));
        return;
    }
    for (const QJsonValue& v : opts.toArray()) {
        const QJsonObject oo = v.toObject();
        r.keys(oo, QStringLiteral("decision.options[]."), {"value", "label", "target"});
        DecisionOption opt;
        opt.value = r.str(oo, "value", true);
        opt.label = r.str(oo, "label", true, true);
        opt.target = r.str(oo, "target", false);
        st.decision.options.append(opt);
    }
}

Conditions parseConditions(Reader& r, const QJsonObject& o)
{
    Conditions c;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto& facts = kinds::facts();
        if (!facts.contains(it.key())) {
            r.error(tr("applies_to fact \"%1\" is unknown; use one of: %2")
                        .arg(it.key(), QStringList(facts.keys()).join(QStringLiteral(", "))));
            continue;
        }
        QStringList values;
        for (const QJsonValue& v : it.value().toArray()) {
            if (!facts.value(it.key()).contains(v.toString()))
                r.error(tr("applies_to %1 value \"%2\" is unknown; use one of: %3")
                            .arg(it.key(), v.toString(), facts.value(it.key()).join(QStringLiteral(", "))));
            values << v.toString();
        }
        if (values.isEmpty())
            r.error(tr("applies_to %1 must be a non-empty array of values").arg(it.key()));
        c.insert(it.key(), values);
    }
    return c;
}

} // namespace

std::optional<Scenario> ScenarioParser::parse(const QByteArray& json, const QString& fileName, QStringList* errors,
                                              bool translate)
{
    QStringList local;
    QStringList* errs = errors ? errors : &local;
    const int before = int(errs->size());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        errs->append(tr("%1: not valid JSON at offset %2 (%3); fix the syntax")
                         .arg(fileName)
                         .arg(pe.offset)
                         .arg(pe.errorString()));
        return std::nullopt;
    }
    Reader r(fileName, errs, translate);
    const QJsonObject root = doc.object();
    r.keys(root, QString(), {"schema", "id", "kind", "version", "title", "summary", "source", "steps"});
    const int schema = r.integer(root, "schema", 0, 0, 1000);
    if (schema != Scenario::kSchemaVersion) {
        r.error(tr("schema %1 is not supported; this build reads schema %2").arg(schema).arg(Scenario::kSchemaVersion));
        return std::nullopt;
    }
    Scenario sc;
    sc.fileName = fileName;
    sc.id = r.str(root, "id", true);
    const QString kind = r.str(root, "kind", true);
    if (kind != QLatin1String("scenario") && kind != QLatin1String("procedure"))
        r.error(tr("kind must be \"scenario\" or \"procedure\""));
    sc.procedure = kind == QLatin1String("procedure");
    sc.version = r.integer(root, "version", 0, 1, 1000000);
    sc.title = r.str(root, "title", true, true);
    sc.summary = r.str(root, "summary", true, true);
    sc.source = r.str(root, "source", true);

    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!sc.id.isEmpty() && !idRe.match(sc.id).hasMatch())
        r.error(tr("id \"%1\" must be lower case letters, digits and _").arg(sc.id));

    const QJsonArray steps = root.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty())
        r.error(tr("\"steps\" must be a non-empty array"));
    QSet<QString> ids;
    for (const QJsonValue& v : steps) {
        const QJsonObject o = v.toObject();
        Step st;
        st.id = o.value(QLatin1String("id")).toString();
        r.setStep(st.id.isEmpty() ? tr("#%1").arg(sc.steps.size() + 1) : st.id);
        r.keys(o, QString(),
               {"id", "kind", "title", "body", "warnings", "notes", "applies_to", "source", "next", "record", "check",
                "action", "decision", "include"});
        if (!idRe.match(st.id).hasMatch())
            r.error(tr("\"id\" must be lower case letters, digits and _"));
        else if (ids.contains(st.id))
            r.error(tr("duplicate step id; step ids must be unique in a file"));
        ids.insert(st.id);
        const QString kindName = r.str(o, "kind", true);
        const auto k = kinds::stepKind(kindName);
        if (!k) {
            if (!kindName.isEmpty())
                r.error(tr("kind \"%1\" is unknown; use one of: %2")
                            .arg(kindName, kinds::allStepKinds().join(QStringLiteral(", "))));
            continue;
        }
        st.kind = *k;
        st.title = r.str(o, "title", st.kind != StepKind::Include, true);
        st.body = r.str(o, "body", false, true);
        st.warnings = r.strList(o, "warnings", true);
        st.notes = r.strList(o, "notes", true);
        st.source = r.str(o, "source", st.kind != StepKind::Include);
        st.next = r.str(o, "next", false);
        st.appliesTo = parseConditions(r, r.object(o, "applies_to", false));
        const bool wantsRecord = st.kind == StepKind::Record, wantsCheck = st.kind == StepKind::Check;
        const bool wantsAction = st.kind == StepKind::Action, wantsDecision = st.kind == StepKind::Decision;
        const bool wantsInclude = st.kind == StepKind::Include;
        auto only = [&](const char* key, bool wanted) {
            if (!wanted && o.contains(QLatin1String(key)))
                r.error(tr("\"%1\" is only allowed on %1 steps").arg(QLatin1String(key)));
        };
        only("record", wantsRecord);
        only("check", wantsCheck);
        only("action", wantsAction);
        only("decision", wantsDecision);
        only("include", wantsInclude);
        if (wantsRecord)
            parseRecord(r, r.object(o, "record", true), st);
        if (wantsCheck)
            parseCheck(r, r.object(o, "check", true), st);
        if (wantsAction)
            parseAction(r, r.object(o, "action", true), st);
        if (wantsDecision)
            parseDecision(r, r.object(o, "decision", true), st);
        if (wantsInclude)
            st.include = r.str(o, "include", true);
        sc.steps.append(st);
    }
    r.setStep(QString());
    if (errs->size() > before)
        return std::nullopt;
    return sc;
}

} // namespace dr::runbook
