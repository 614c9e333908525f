// libFuzzer target: every parser of an appliance's command-API reply, and the classifier that decides whether a
// reply is an error, on the same bytes. A reply is hostile input: any bytes must give a typed result, never a crash,
// a hang or unbounded memory. A failure must say what went wrong (a message).
#include "api/ApiInfo.h"
#include "api/ApplianceList.h"
#include "api/ConnectedClientSummary.h"
#include "api/HealthCheck.h"
#include "api/LoggedInReps.h"
#include "api/ReplyClassifier.h"
#include "api/SetRoleResult.h"
#include "api/XmlTree.h"

#include <cstdlib>

namespace {

using namespace dr::api;

template <class T> void check(const Result<T>& r)
{
    if (!r.ok() && r.error.message.isEmpty())
        std::abort(); // a refusal without a reason
}

void walk(const XmlNode& node, int depth)
{
    if (depth > kMaxXmlDepth + 1)
        std::abort(); // the depth limit did not hold
    (void)node.childText(u"success");
    (void)node.find(u"error");
    for (const XmlNode& c : node.children)
        walk(c, depth + 1);
}

void classify(int status, const QByteArray& contentType, const QByteArray& body, AuthMode mode)
{
    HttpExchange::Response r;
    r.status = status;
    r.body = body;
    r.headers = {{QByteArray("Content-Type"), contentType}, {QByteArray("X-RateLimit-Remaining"), QByteArray("0")}};
    const Classified c = classifyReply(r, mode, QStringLiteral("perm_command"));
    if (c.error && c.error->message.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const Result<XmlNode> tree = parseXmlTree(body);
    check(tree);
    if (tree.ok()) {
        walk(*tree.value, 1);
        (void)findApiError(*tree.value);
    }
    check(parseReply(body, u"health_check"));
    check(parseHealthCheck(body));
    check(parseApplianceList(body));
    check(parseApiInfo(body));
    check(parseSetRoleResult(body));
    check(parseConnectedClientSummary(body));
    check(parseLoggedInReps(body));
    (void)parseApiDateTime(QString::fromUtf8(body.left(64)));
    (void)mentionsRejectedToken(QString::fromUtf8(body.left(512)));

    // The same bytes as the body of replies the client must classify, whatever the status says.
    classify(200, "text/xml; charset=UTF-8", body, AuthMode::OAuthClientCredentials);
    classify(200, "text/html", body, AuthMode::LegacyUsernamePassword);
    classify(401, "application/json", body, AuthMode::OAuthClientCredentials);
    classify(size % 2 ? 429 : 500, "text/plain", body, AuthMode::OAuthClientCredentials);
    return 0;
}
