#include "api/XmlTree.h"

#include <QTest>

using namespace dr::api;

class TestXmlTree : public QObject
{
    Q_OBJECT
private slots:
    void localNamesAnyNamespace()
    {
        const auto r = parseXmlTree(
            "<a:root xmlns:a=\"urn:one\" xmlns=\"urn:two\"><child b:attr=\"v\" xmlns:b=\"urn:b\">t</child></a:root>");
        QVERIFY(r.ok());
        QCOMPARE(r.value->name, QStringLiteral("root"));
        QCOMPARE(r.value->childText(u"child"), QStringLiteral("t"));
        QCOMPARE(r.value->child(u"child")->attribute(QStringLiteral("attr")), QStringLiteral("v"));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("billion laughs") << QByteArray(
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
            "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
            "<health_check><success>&lol3;</success></health_check>");
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE r [<!ENTITY xxe SYSTEM "
            "\"file:///etc/passwd\">]><health_check><success>&xxe;</success></health_check>");
        QTest::newRow("plain doctype") << QByteArray("<!DOCTYPE html><health_check/>");
        QTest::newRow("undeclared entity") << QByteArray("<health_check><success>&foo;</success></health_check>");
        QTest::newRow("too deep") << QByteArray("<a>").repeated(100) + QByteArray("</a>").repeated(100);
        QTest::newRow("too big") << QByteArray("<a>") + QByteArray(kMaxXmlBytes, 'x') + QByteArray("</a>");
        QTest::newRow("two roots") << QByteArray("<a/><b/>");
        QTest::newRow("truncated") << QByteArray("<a><b>text</b>");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11);
    }
    void hostile()
    {
        QFETCH(QByteArray, body);
        const auto r = parseXmlTree(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Malformed);
    }

    void errorDetection()
    {
        const auto root = parseXmlTree("<x><y><error>Deep</error></y></x>");
        QVERIFY(root.ok());
        const auto e = findApiError(*root.value);
        QVERIFY(e);
        QCOMPARE(e->kind, ApiError::Kind::ApiError);
        QCOMPARE(e->detail, QStringLiteral("Deep"));
        QVERIFY(e->message.contains(QStringLiteral("Deep")));

        const auto msg =
            parseXmlTree("<health_check><error_message>not an error element</error_message></health_check>");
        QVERIFY(!findApiError(*msg.value));

        const auto creds = parseXmlTree("<error>Invalid credentials</error>");
        QCOMPARE(findApiError(*creds.value)->kind, ApiError::Kind::Auth);
    }

    void parseReplyChecksRoot()
    {
        QCOMPARE(parseReply("<other/>", u"expected").error.kind, ApiError::Kind::Malformed);
        QVERIFY(parseReply("<expected/>", u"expected").ok());
        QCOMPARE(parseReply("<expected><error>x</error></expected>", u"expected").error.kind, ApiError::Kind::ApiError);
    }
};

QTEST_GUILESS_MAIN(TestXmlTree)
#include "tst_api_xmltree.moc"
