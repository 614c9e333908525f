#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace dr::api {

// A small, safe XML element tree for API replies.
// Elements and attributes are keyed by LOCAL NAME only: the appliance's default namespace has changed
// over the years, so it is ignored. Hostile input is refused: a DOCTYPE (hence any entity declaration),
// more than kMaxXmlBytes, nesting deeper than kMaxXmlDepth, more than kMaxXmlElements elements.
struct XmlNode
{
    QString name;                       // local name
    QHash<QString, QString> attributes; // local name -> value
    QString text;                       // concatenated character data directly inside this element
    QList<XmlNode> children;

    // First direct child with that local name, or nullptr.
    const XmlNode* child(QStringView localName) const;
    // Trimmed text of the first direct child with that local name (empty if absent).
    QString childText(QStringView localName) const;
    QList<const XmlNode*> childrenNamed(QStringView localName) const;
    QString attribute(const QString& localName) const { return attributes.value(localName); }
    // Depth-first search for the first element (this one included) with that local name.
    const XmlNode* find(QStringView localName) const;
};

inline constexpr qsizetype kMaxXmlBytes = 4 * 1024 * 1024;
inline constexpr int kMaxXmlDepth = 32;
inline constexpr int kMaxXmlElements = 100'000;

// Parses `body` into a tree. On failure returns an ApiError of kind Malformed.
Result<XmlNode> parseXmlTree(const QByteArray& body);

// The appliance's own error, if the tree holds an <error> element as the root or anywhere below it
// (the API reports errors that way, often with HTTP 200). Classified as:
//  - Permission for "Document Not Found" (how a missing permission has been seen),
//  - Auth for a rejected/expired token or "Invalid credentials",
//  - ApiError otherwise.
std::optional<ApiError> findApiError(const XmlNode& root);

// True when an error text says the token (or legacy login) was rejected, so a re-authentication may help.
bool mentionsRejectedToken(const QString& text);

// Parses the body and checks for an <error>; on success returns the tree, whose root must have the
// local name `expectedRoot` (if it is not empty).
Result<XmlNode> parseReply(const QByteArray& body, QStringView expectedRoot);

} // namespace dr::api
