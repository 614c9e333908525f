#include "site/JsonFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace dr::site::detail {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::site::SiteProfile", s);
}

} // namespace

QString childPath(const QString& parent, const QString& key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QString part = plain.match(key).hasMatch() ? key : QStringLiteral("[\"%1\"]").arg(key);
    if (parent.isEmpty())
        return part;
    if (part.startsWith(QLatin1Char('[')))
        return parent + part;
    return parent + QLatin1Char('.') + part;
}

QString indexPath(const QString& parent, int index)
{
    return parent + QStringLiteral("[%1]").arg(index);
}

JsonFields::JsonFields(const QJsonObject& object, QString path, SiteIssues* issues)
    : m_object(object), m_path(std::move(path)), m_issues(issues)
{
}

QJsonValue JsonFields::take(const QString& key)
{
    m_read.insert(key);
    return m_object.value(key);
}

void JsonFields::wrongType(const QString& key, const QString& expected)
{
    m_issues->append({SiteIssue::Severity::Error, pathOf(key),
                      tr("must be %1; correct the value in the file (it was ignored).").arg(expected)});
}

QString JsonFields::string(const QString& key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) ? QString::number(d, 'g', 15) : QString();
    }
    wrongType(key, tr("text in quotes"));
    return {};
}

QStringList JsonFields::strings(const QString& key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString()) // a single value where a list is expected: accepted
        return v.toString().isEmpty() ? QStringList() : QStringList{v.toString()};
    if (!v.isArray()) {
        wrongType(key, tr("a list of texts, like [\"a\", \"b\"]"));
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).isString())
            out << a.at(i).toString();
        else
            m_issues->append({SiteIssue::Severity::Error, indexPath(pathOf(key), i),
                              tr("must be text in quotes; correct the value in the file (it was ignored).")});
    }
    return out;
}

std::optional<bool> JsonFields::optBool(const QString& key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    wrongType(key, tr("true or false (without quotes)"));
    return std::nullopt;
}

bool JsonFields::boolean(const QString& key, bool fallback)
{
    return optBool(key).value_or(fallback);
}

std::optional<int> JsonFields::optInt(const QString& key, int min, int max)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max) {
        wrongType(key, tr("a whole number from %1 to %2 (without quotes)").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

QDateTime JsonFields::dateTime(const QString& key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        m_issues->append(
            {SiteIssue::Severity::Error, pathOf(key),
             tr("\"%1\" is not a date and time; write it as ISO 8601, e.g. 2026-11-20T10:15:00Z.").arg(text)});
        return {};
    }
    return t.toUTC();
}

QJsonObject JsonFields::object(const QString& key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        wrongType(key, tr("an object in braces { }"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::array(const QString& key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        wrongType(key, tr("a list in brackets [ ]"));
        return {};
    }
    return v.toArray();
}

QMap<QString, QString> JsonFields::stringMap(const QString& key)
{
    const QJsonObject o = object(key);
    QMap<QString, QString> out;
    JsonFields inner(o, pathOf(key), m_issues);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString value = inner.string(it.key());
        if (!value.isEmpty())
            out.insert(it.key(), value);
    }
    return out;
}

QJsonObject JsonFields::unknown() const
{
    QJsonObject out;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_read.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

void putString(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putStrings(QJsonObject& o, const QString& key, const QStringList& values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

QJsonObject withExtra(const QJsonObject& extra)
{
    return extra;
}

} // namespace dr::site::detail
