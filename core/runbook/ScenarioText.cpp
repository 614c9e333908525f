#include "runbook/ScenarioText.h"

#include <QCoreApplication>
#include <QSet>

namespace dr::runbook {

// Defined in the generated ScenarioStrings.cpp.
const char* const* scenarioStringTable(int* count);

QString translateText(const QString& source)
{
    if (source.isEmpty())
        return source;
    return QCoreApplication::translate(kTranslationContext, source.toUtf8().constData());
}

QList<SourceString> extractStrings(const QList<Scenario>& scenarios)
{
    QList<SourceString> out;
    QSet<QString> seen;
    auto add = [&](const QString& text, const QString& origin) {
        if (text.isEmpty() || seen.contains(text))
            return;
        seen.insert(text);
        out.append({text, origin});
    };
    for (const Scenario& sc : scenarios) {
        const QString file = sc.fileName.section(QLatin1Char('/'), -1);
        add(sc.title, file);
        add(sc.summary, file);
        for (const Step& st : sc.steps) {
            const QString origin = file + QLatin1Char('#') + st.id;
            add(st.title, origin);
            add(st.body, origin);
            for (const QString& w : st.warnings)
                add(w, origin);
            for (const QString& n : st.notes)
                add(n, origin);
            add(st.record.label, origin);
            add(st.action.confirmation, origin);
            add(st.decision.question, origin);
            for (const DecisionOption& o : st.decision.options)
                add(o.label, origin);
        }
    }
    return out;
}

static QString cLiteral(const QString& s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString renderStringsSource(const QList<SourceString>& strings)
{
    QString src;
    src += QStringLiteral(
        "// GENERATED from resources/scenarios/*.json by dr::runbook::renderStringsSource. Do not edit by hand:\n"
        "// tst_runbook_strings fails when this file is out of date and writes the fresh version for you to copy.\n"
        "// It exists so that lupdate extracts the scenario strings (it cannot read JSON).\n"
        "// clang-format off\n"
        "#include <QtGlobal>\n\n"
        "namespace dr::runbook {\n\n"
        "const char* const* scenarioStringTable(int* count)\n"
        "{\n"
        "    static const char* const table[] = {\n");
    for (const SourceString& s : strings) {
        src += QStringLiteral("        //: ") + s.origin + QLatin1Char('\n');
        src += QStringLiteral("        QT_TRANSLATE_NOOP(\"scenario\", ") + cLiteral(s.text) + QStringLiteral("),\n");
    }
    src += QStringLiteral("        nullptr,\n"
                          "    };\n"
                          "    *count = int(sizeof(table) / sizeof(table[0])) - 1;\n"
                          "    return table;\n"
                          "}\n\n"
                          "} // namespace dr::runbook\n");
    return src;
}

QStringList compiledStrings()
{
    int count = 0;
    const char* const* table = scenarioStringTable(&count);
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QString::fromUtf8(table[i]);
    return out;
}

} // namespace dr::runbook
