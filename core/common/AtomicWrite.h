#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace dr {

// Writes a file all or nothing (QSaveFile): the file appears, or replaces the old one, only when every byte was
// written; a failure leaves any earlier file untouched. error gets a sentence that names the file, says what
// went wrong and what to do.
bool writeAtomically(const QString& path, const std::function<bool(QIODevice*, QString*)>& write, QString* error);
bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace dr
