#include "lab/LabBackup.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

#include <cstring>
#include <memory>

namespace dr::lab {

namespace {
quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// The first bytes of every lab backup: recognisable, and not a real .nsb.
const QByteArray& magic()
{
    static const QByteArray m("DRLAB-NSB\x01 Appliance DR Runbook drill lab backup (generated content)\n");
    return m;
}
} // namespace

quint64 LabBackup::seedFor(const QString& guid)
{
    const QByteArray h = QCryptographicHash::hash(guid.toLatin1(), QCryptographicHash::Sha256);
    quint64 seed = 0;
    std::memcpy(&seed, h.constData(), sizeof seed);
    return seed;
}

QByteArray LabBackup::bytes(quint64 seed, qint64 offset, qint64 count)
{
    if (count <= 0 || offset < 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    char* p = out.data();
    qint64 pos = offset;
    const qint64 end = offset + count;
    while (pos < end) {
        if (pos < magic().size()) {
            *p++ = magic().at(pos);
            ++pos;
            continue;
        }
        const quint64 word = splitmix64(seed ^ static_cast<quint64>(pos / 8));
        const int first = static_cast<int>(pos % 8);
        const int n = static_cast<int>(std::min<qint64>(8 - first, end - pos));
        unsigned char w[8];
        for (int i = 0; i < 8; ++i)
            w[i] = static_cast<unsigned char>(word >> (8 * i));
        std::memcpy(p, w + first, static_cast<size_t>(n));
        p += n;
        pos += n;
    }
    return out;
}

QByteArray LabBackup::sha256(quint64 seed, qint64 size)
{
    // OpenSSL's SHA-256 (CPU SHA extensions): tests check multi-GiB downloads with it.
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    constexpr qint64 chunk = 1024 * 1024;
    for (qint64 off = 0; off < size; off += chunk) {
        const QByteArray part = bytes(seed, off, std::min(chunk, size - off));
        EVP_DigestUpdate(ctx.get(), part.constData(), static_cast<size_t>(part.size()));
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(digest.data()), &length);
    digest.truncate(static_cast<qsizetype>(length));
    return digest;
}

QString LabBackup::defaultFileName(const QString& version, const QString& siteName, const QDate& date,
                                   const QString& uniqueId)
{
    const QString shortVersion = version.section(QLatin1Char(' '), 0, 0);
    QString site = siteName;
    site.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('"'), QLatin1Char('_'));
    return QStringLiteral("Bomgar-%1-%2-%3-%4.nsb")
        .arg(shortVersion, site, date.toString(QStringLiteral("yyyyMMdd")), uniqueId);
}

} // namespace dr::lab
