#include "common/AtomicWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace dr {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::AtomicWrite", s);
}

} // namespace

bool writeAtomically(const QString& path, const std::function<bool(QIODevice*, QString*)>& write, QString* error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        *error = tr("Cannot write %1: the folder does not exist. Create it or choose another output file.").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2. Choose a folder you can write to.").arg(shown, file.errorString());
        return false;
    }
    QString why;
    if (!write(&file, &why)) {
        file.cancelWriting();
        *error = tr("Cannot write %1: %2").arg(shown, why);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2. Check the free space and permissions; the previous file, if any, is "
                    "unchanged.")
                     .arg(shown, file.errorString());
        return false;
    }
    return true;
}

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    return writeAtomically(
        path,
        [&bytes](QIODevice* device, QString* why) {
            if (device->write(bytes) != bytes.size()) {
                *why = device->errorString();
                return false;
            }
            return true;
        },
        error);
}

} // namespace dr
