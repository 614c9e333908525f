#pragma once

#include <QString>

#include <optional>

namespace dr::support {

// A Bomgar product release version X.Y[.Z][.B]: X.Y is the major version (e.g. 23.2), Z the
// maintenance version (23.2.4), B an optional build number ("23.2.4.1234", "23.2.4+1234",
// "23.2.4 build 1234"). The build number never takes part in comparisons.
struct ProductVersion
{
    int major = -1;
    int minor = -1;
    int patch = -1; // -1: not given ("23.2")
    int build = -1; // -1: not given

    static std::optional<ProductVersion> parse(const QString& text);

    bool isValid() const { return major >= 0 && minor >= 0; }
    bool hasPatch() const { return patch >= 0; }
    QString toString() const;    // "23.2.4" (with ".build" when given)
    QString majorString() const; // "23.2"
    ProductVersion majorVersion() const { return {major, minor, -1, -1}; }

    // Orders by major, minor, then maintenance (a missing one counts as 0).
    int compare(const ProductVersion& other) const;
    bool sameMajor(const ProductVersion& other) const { return major == other.major && minor == other.minor; }
    // `pattern` "X.Y" matches every X.Y.Z; "X.Y.Z" matches that maintenance version only.
    bool matches(const ProductVersion& pattern) const;

    friend bool operator==(const ProductVersion& a, const ProductVersion& b) { return a.compare(b) == 0; }
    friend bool operator<(const ProductVersion& a, const ProductVersion& b) { return a.compare(b) < 0; }
};

} // namespace dr::support
