// libFuzzer: the HTTP/1.1 response reader (net::HttpResponseParser) on hostile bytes, fed in the pieces the
// first input byte chooses. It must never crash, never hand on more body than a Content-Length allows, and
// give the same outcome whether the bytes come at once or in pieces.
#include "net/HttpResponseParser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome
{
    bool ok = true;
    bool complete = false;
    int status = 0;
    QByteArray body;
};

Outcome run(QByteArrayView wire, qsizetype step, bool close)
{
    Outcome o;
    dr::net::HttpResponseParser parser([&o](QByteArrayView d) { o.body.append(d); });
    for (qsizetype i = 0; i < wire.size() && o.ok; i += step)
        o.ok = parser.feed(wire.sliced(i, std::min(step, wire.size() - i)));
    if (close)
        parser.connectionClosed();
    o.complete = parser.isComplete();
    o.status = parser.status();
    if (parser.contentLength() >= 0 && parser.bodyBytes() > parser.contentLength())
        std::abort(); // more body than announced
    if (parser.bodyBytes() != o.body.size())
        std::abort();
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + (data[0] & 0x3f);
    const bool close = data[0] & 0x40;
    const QByteArrayView wire(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const Outcome whole = run(wire, std::max<qsizetype>(1, wire.size()), close);
    const Outcome pieces = run(wire, step, close);
    if (whole.ok != pieces.ok || whole.complete != pieces.complete || whole.status != pieces.status ||
        (whole.ok && whole.body != pieces.body))
        std::abort(); // the split must not change the meaning
    return 0;
}
