#include "common/Secret.h"

#include <openssl/crypto.h>

namespace dr {

void cleanse(QByteArray& data)
{
    if (!data.isEmpty()) {
        data.detach();
        OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    }
    data.clear();
}

Secret::Secret(QByteArray utf8) : m_data(std::move(utf8))
{
    m_data.detach();
}

Secret::~Secret()
{
    clear();
}

Secret::Secret(const Secret& other) : m_data(other.m_data)
{
    m_data.detach();
}

Secret& Secret::operator=(const Secret& other)
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_data.detach();
    }
    return *this;
}

Secret::Secret(Secret&& other) noexcept : m_data(std::move(other.m_data)) {}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
    }
    return *this;
}

Secret Secret::fromUtf8(const char* s)
{
    return Secret(QByteArray(s));
}

void Secret::clear()
{
    cleanse(m_data);
}

} // namespace dr
