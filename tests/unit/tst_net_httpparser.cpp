// The HTTP/1.1 response reader under api::HttpExchange: every framing, fed whole and one byte at a time, and the
// malformed replies it must refuse with a reason rather than misread.
#include "net/HttpResponseParser.h"

#include <QTest>

using dr::net::HttpResponseParser;

namespace {

struct Parsed
{
    bool ok = true;
    bool complete = false;
    bool truncated = false;
    int status = 0;
    QByteArray body;
    QString error;
    QByteArray contentType;
    int sinkCalls = 0;
};

// Feeds `wire` in pieces of `step` bytes (0: all at once); `closeAfter` signals the end of the connection.
Parsed parse(const QByteArray& wire, qsizetype step, bool closeAfter = false)
{
    Parsed p;
    HttpResponseParser parser([&p](QByteArrayView d) {
        p.body.append(d);
        ++p.sinkCalls;
    });
    if (step <= 0)
        step = std::max<qsizetype>(1, wire.size());
    for (qsizetype i = 0; i < wire.size() && p.ok; i += step)
        p.ok = parser.feed(QByteArrayView(wire).sliced(i, std::min(step, wire.size() - i)));
    if (closeAfter)
        parser.connectionClosed();
    p.complete = parser.isComplete();
    p.truncated = parser.truncated();
    p.status = parser.status();
    p.error = parser.error();
    p.contentType = parser.header("content-type");
    return p;
}

} // namespace

class TestNetHttpParser : public QObject
{
    Q_OBJECT
private slots:
    void framings_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("needsClose");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "
                                                      "11\r\nConnection: close\r\n\r\n<ok>yes</ok>trailing")
                                        << false << 200 << QByteArray("<ok>yes</ok");
        QTest::newRow("chunked, extensions, trailers")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/xml\r\n\r\n"
                          "4;name=value\r\n<ok>\r\n5\r\nyes</\r\nA\r\nok>0123456\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << false << 200 << QByteArray("<ok>yes</ok>0123456");
        QTest::newRow("chunked wins over content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: Chunked\r\n\r\n"
                          "3\r\nabc\r\n0\r\n\r\n")
            << false << 200 << QByteArray("abc");
        QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it")
                                     << true << 200 << QByteArray("all of it");
        QTest::newRow("100 continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 401 Unauthorized\r\nContent-Length: 4\r\n\r\nnope")
            << false << 401 << QByteArray("nope");
        QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n")
                                         << false << 204 << QByteArray();
        QTest::newRow("bare LF line ends") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false << 200
                                           << QByteArray("ok");
        QTest::newRow("status without reason") << QByteArray("HTTP/1.1 503\r\nContent-Length: 0\r\n\r\n") << false
                                               << 503 << QByteArray();
    }
    void framings()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, needsClose);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(7)}) {
            const Parsed p = parse(wire, step, needsClose);
            QVERIFY2(p.ok, qPrintable(p.error));
            QVERIFY2(p.complete, qPrintable(QStringLiteral("step %1").arg(step)));
            QCOMPARE(p.status, status);
            QCOMPARE(p.body, body);
        }
        if (needsClose) // a close-delimited body is not complete before the close
            QVERIFY(!parse(wire, 0, false).complete);
    }

    void headersAreKept()
    {
        const Parsed p = parse("HTTP/1.1 200 OK\r\nCONTENT-TYPE:   application/octet-stream  \r\nContent-Length: 0\r\n\r\n", 1);
        QVERIFY(p.complete);
        QCOMPARE(p.contentType, QByteArray("application/octet-stream"));
    }

    void cutShortIsTruncatedNotMalformed_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("inside the headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Len");
        QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345");
        QTest::newRow("inside a chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\nabc");
        QTest::newRow("no last chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n");
    }
    void cutShortIsTruncatedNotMalformed()
    {
        QFETCH(QByteArray, wire);
        const Parsed p = parse(wire, 2, true);
        QVERIFY2(p.ok, qPrintable(p.error));
        QVERIFY(!p.complete);
        QVERIFY(p.truncated);
    }

    void malformedIsRefused_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << QStringLiteral("status line");
        QTest::newRow("http/2 preface") << QByteArray("HTTP/2 200\r\n\r\n") << QStringLiteral("status line");
        QTest::newRow("letters in status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << QStringLiteral("malformed");
        QTest::newRow("status out of range") << QByteArray("HTTP/1.1 999 Odd\r\n\r\n") << QStringLiteral("malformed");
        QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length 5\r\n\r\n")
                                              << QStringLiteral("header line");
        QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n continued\r\n\r\n")
                                       << QStringLiteral("header line");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                         << QStringLiteral("Content-Length");
        QTest::newRow("conflicting lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
            << QStringLiteral("Content-Length");
        QTest::newRow("length overflow") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                         << QStringLiteral("Content-Length");
        QTest::newRow("gzip coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                                     << QStringLiteral("not supported");
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << QStringLiteral("chunk size");
        QTest::newRow("chunk longer than said")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
            << QStringLiteral("longer than its size");
        QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n")
                                             << QStringLiteral("switched protocols");
        QTest::newRow("endless headers")
            << (QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray("X-Filler: ").repeated(1) +
                QByteArray(HttpResponseParser::kMaxHeadBytes, 'a'))
            << QStringLiteral("larger than");
        QTest::newRow("many headers") << (QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray("X-A: b\r\n").repeated(20000))
                                      << QStringLiteral("larger than");
        QTest::newRow("endless chunk line")
            << (QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1") +
                QByteArray(HttpResponseParser::kMaxChunkLine, '0'))
            << QStringLiteral("chunk-size line");
    }
    void malformedIsRefused()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, reason);
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(4096)}) {
            const Parsed p = parse(wire, step);
            QVERIFY2(!p.ok, qPrintable(QStringLiteral("accepted with step %1").arg(step)));
            QVERIFY2(p.error.contains(reason), qPrintable(p.error));
            QVERIFY(p.body.size() <= 2); // nothing past the point where the reply went wrong
        }
    }

    void bodyIsHandedOnWithoutBuffering()
    {
        // 4 MiB announced, fed in 64 KiB pieces: the sink sees every piece as it comes, in order.
        const qsizetype size = 4 * 1024 * 1024;
        QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n";
        QByteArray body(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            body[i] = static_cast<char>(i * 31 % 251);
        wire += body;
        const Parsed p = parse(wire, 64 * 1024);
        QVERIFY(p.complete);
        QCOMPARE(p.body, body);
        QVERIFY2(p.sinkCalls >= size / (64 * 1024), QByteArray::number(p.sinkCalls));
    }
};

QTEST_GUILESS_MAIN(TestNetHttpParser)
#include "tst_net_httpparser.moc"
