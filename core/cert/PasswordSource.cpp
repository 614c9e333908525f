#include "cert/PasswordSource.h"

#include <QCoreApplication>
#include <QFile>

namespace dr::cert {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(dr::cert::PasswordSource)
};
} // namespace

InteractiveImport importPkcs12Interactive(const QString& path, PasswordSource& source, int maxAttempts,
                                          const ImportOptions& options)
{
    InteractiveImport out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.result = importPkcs12File(path, Secret(), options); // reports file_unreadable with the reason
        return out;
    }
    const QByteArray data = file.readAll();
    // Files that are no PKCS#12, damaged, or open without a password need no question.
    out.result = importPkcs12(data, Secret(), options);
    if (out.result.error != ImportError::WrongPassword)
        return out;
    ImportError last = ImportError::None;
    while (out.attempts < maxAttempts) {
        ++out.attempts;
        std::optional<Secret> pass = source.password(path, out.attempts, last);
        if (!pass) {
            out.cancelled = true;
            out.result.error = last == ImportError::None ? ImportError::WrongPassword : last;
            out.result.message = Text::tr("No password was given; the file was not opened.");
            return out;
        }
        out.result = importPkcs12(data, *pass, options);
        last = out.result.error;
        if (last != ImportError::WrongPassword)
            return out;
    }
    return out;
}

} // namespace dr::cert
