#pragma once

#include <QFile>
#include <QString>

#include <memory>

namespace Waymark {

// Opens a survey export for reading. Only a regular file is read: a FIFO would block and a
// device (/dev/zero, /dev/urandom) never ends, so both are refused before a byte is read.
// Throws FormatError "cannot read 'F': ...".
namespace SurveyFile {

std::unique_ptr<QFile> open(const QString &path);

} // namespace SurveyFile

} // namespace Waymark
