#pragma once

// Internal to core/site: reads one JSON object field by field, reporting wrong types with the field's path and
// collecting the keys nobody asked for (they are kept in the model's `extra` and written back).

#include "site/SiteIssue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace dr::site::detail {

QString childPath(const QString& parent, const QString& key);
QString indexPath(const QString& parent, int index);

class JsonFields
{
public:
    JsonFields(const QJsonObject& object, QString path, SiteIssues* issues);

    QString string(const QString& key);
    QStringList strings(const QString& key);
    std::optional<bool> optBool(const QString& key);
    bool boolean(const QString& key, bool fallback);
    std::optional<int> optInt(const QString& key, int min, int max);
    QDateTime dateTime(const QString& key);
    QJsonObject object(const QString& key); // empty when absent or wrong (reported)
    QJsonArray array(const QString& key);   // empty when absent or wrong (reported)
    QMap<QString, QString> stringMap(const QString& key);

    QString path() const { return m_path; }
    QString pathOf(const QString& key) const { return childPath(m_path, key); }
    // Keys never read, with their values.
    QJsonObject unknown() const;

private:
    QJsonValue take(const QString& key);
    void wrongType(const QString& key, const QString& expected);

    QJsonObject m_object;
    QString m_path;
    SiteIssues* m_issues;
    QSet<QString> m_read;
};

// Writing: insert only what carries information, on top of the unknown keys.
void putString(QJsonObject& o, const QString& key, const QString& value);
void putStrings(QJsonObject& o, const QString& key, const QStringList& values);
QJsonObject withExtra(const QJsonObject& extra);

} // namespace dr::site::detail
