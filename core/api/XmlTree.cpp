#include "api/XmlTree.h"

#include <QXmlStreamReader>

namespace dr::api {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::api::XmlTree", s);
}

ApiError malformed(const QString& detail)
{
    return ApiError::make(ApiError::Kind::Malformed,
                          tr("The appliance sent a reply that could not be read as API XML. Check that the URL "
                             "points at the appliance's public site, then try again."),
                          detail);
}

} // namespace

const XmlNode* XmlNode::child(QStringView localName) const
{
    for (const XmlNode& c : children)
        if (c.name == localName)
            return &c;
    return nullptr;
}

QString XmlNode::childText(QStringView localName) const
{
    const XmlNode* c = child(localName);
    return c ? c->text.trimmed() : QString();
}

QList<const XmlNode*> XmlNode::childrenNamed(QStringView localName) const
{
    QList<const XmlNode*> list;
    for (const XmlNode& c : children)
        if (c.name == localName)
            list.append(&c);
    return list;
}

const XmlNode* XmlNode::find(QStringView localName) const
{
    if (name == localName)
        return this;
    for (const XmlNode& c : children)
        if (const XmlNode* hit = c.find(localName))
            return hit;
    return nullptr;
}

Result<XmlNode> parseXmlTree(const QByteArray& body)
{
    if (body.size() > kMaxXmlBytes)
        return Result<XmlNode>::failure(malformed(tr("reply larger than %1 bytes").arg(kMaxXmlBytes)));
    if (body.trimmed().isEmpty())
        return Result<XmlNode>::failure(malformed(tr("empty reply")));

    QXmlStreamReader reader(body);
    reader.setNamespaceProcessing(true);
    QList<XmlNode> stack;
    std::optional<XmlNode> root;
    int elements = 0;

    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            return Result<XmlNode>::failure(malformed(tr("the reply declares a DOCTYPE, which is refused")));
        case QXmlStreamReader::EntityReference:
            return Result<XmlNode>::failure(malformed(tr("the reply uses an entity reference, which is refused")));
        case QXmlStreamReader::StartElement: {
            if (root)
                return Result<XmlNode>::failure(malformed(tr("more than one root element")));
            if (++elements > kMaxXmlElements || stack.size() >= kMaxXmlDepth)
                return Result<XmlNode>::failure(malformed(tr("the reply is nested too deeply or too large")));
            XmlNode node;
            node.name = reader.name().toString();
            for (const QXmlStreamAttribute& a : reader.attributes())
                node.attributes.insert(a.name().toString(), a.value().toString());
            stack.append(std::move(node));
            break;
        }
        case QXmlStreamReader::EndElement: {
            XmlNode done = stack.takeLast();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return Result<XmlNode>::failure(malformed(reader.errorString()));
    if (!root)
        return Result<XmlNode>::failure(malformed(tr("no root element (truncated reply?)")));
    return Result<XmlNode>::success(std::move(*root));
}

bool mentionsRejectedToken(const QString& text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("token")) || t.contains(QLatin1String("invalid credentials")) ||
           t.contains(QLatin1String("not authorized")) || t.contains(QLatin1String("unauthorized"));
}

std::optional<ApiError> findApiError(const XmlNode& root)
{
    const XmlNode* node = root.find(u"error");
    if (!node)
        return std::nullopt;
    QString text = node->text.trimmed();
    if (text.isEmpty() && !node->children.isEmpty())
        text = node->children.first().text.trimmed();
    if (text.contains(QLatin1String("Document Not Found"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("Access denied"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("permission"), Qt::CaseInsensitive)) {
        ApiError e = ApiError::make(ApiError::Kind::Permission,
                                    tr("The API account lacks the permission for this call (the appliance answered "
                                       "\"%1\"). In /login > Management > API Configuration, give "
                                       "the account the Command API and Backup API permissions this step needs.")
                                        .arg(text),
                                    text);
        return e;
    }
    if (mentionsRejectedToken(text)) {
        return ApiError::make(ApiError::Kind::Auth,
                              tr("The appliance rejected the API credentials or token. Check the API account's "
                                 "client ID and secret in /login > Management > API Configuration."),
                              text);
    }
    return ApiError::make(
        ApiError::Kind::ApiError,
        tr("The appliance refused the request: %1").arg(text.isEmpty() ? tr("(no reason given)") : text), text);
}

Result<XmlNode> parseReply(const QByteArray& body, QStringView expectedRoot)
{
    Result<XmlNode> tree = parseXmlTree(body);
    if (!tree.ok())
        return tree;
    if (auto err = findApiError(*tree.value))
        return Result<XmlNode>::failure(*err);
    if (!expectedRoot.isEmpty() && tree.value->name != expectedRoot)
        return Result<XmlNode>::failure(
            malformed(tr("expected <%1>, got <%2>").arg(expectedRoot.toString(), tree.value->name)));
    return tree;
}

} // namespace dr::api
