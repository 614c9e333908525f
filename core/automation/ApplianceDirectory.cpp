#include "automation/ApplianceDirectory.h"

namespace dr::automation {

HostPort splitHostPort(const QString& text)
{
    HostPort hp;
    const QString t = text.trimmed();
    if (t.contains(QLatin1String("://"))) {
        const QUrl url(t);
        hp.isUrl = true;
        hp.host = url.host();
        hp.port = url.port() > 0 ? static_cast<quint16>(url.port()) : 0;
    } else {
        const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? t.mid(colon + 1).toInt(&ok) : 0;
        if (colon > 0 && ok && port > 0 && port < 65536 && t.count(QLatin1Char(':')) == 1) {
            hp.host = t.left(colon);
            hp.port = static_cast<quint16>(port);
        } else {
            hp.host = t;
        }
    }
    hp.host = hp.host.toLower();
    if (hp.host.endsWith(QLatin1Char('.')))
        hp.host.chop(1);
    return hp;
}

} // namespace dr::automation
