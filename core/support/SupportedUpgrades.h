#pragma once

#include "support/ProductVersion.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dr::support {

// The user's own list of supported upgrade versions, copied from the release notes of each version
// (www.bomgar.com/changelog): "Only backups from the supported upgrades of a particular version are tested."
//
// JSON: {"supportedUpgrades": [{"target": "23.2.4", "from": ["23.1", "22.3.2"]}]}
// A version written X.Y stands for all its maintenance versions, X.Y.Z for that one only.
class SupportedUpgrades
{
public:
    struct Entry
    {
        ProductVersion target;
        QList<ProductVersion> from;
    };

    void add(const ProductVersion& target, const QList<ProductVersion>& from) { m_entries.append({target, from}); }
    const QList<Entry>& entries() const { return m_entries; }
    // True when an entry matching `target` lists a version matching `backup`.
    bool isListed(const ProductVersion& backup, const ProductVersion& target) const;

    static std::optional<SupportedUpgrades> fromJson(const QByteArray& json, QString* error = nullptr);
    static std::optional<SupportedUpgrades> load(const QString& path, QString* error = nullptr);
    QByteArray toJson() const;
    bool save(const QString& path, QString* error = nullptr) const; // atomic

private:
    QList<Entry> m_entries;
};

} // namespace dr::support
