#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Waymark {

// A file to import or export could not be read, understood or written. The message is for
// users: it names the file and, for input, where in it the problem is.
class FormatError : public std::exception
{
public:
    explicit FormatError(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace Waymark
