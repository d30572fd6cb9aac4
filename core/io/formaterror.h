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
    explicit FormatError(QString message, bool cancelled = false)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
        , m_cancelled(cancelled)
    {
    }

    // The user stopped it: nothing to explain, nothing was written.
    static FormatError cancelledWriting(const QString &path)
    {
        return FormatError(QStringLiteral("'%1' was not written: the export was cancelled").arg(path), true);
    }

    const QString &message() const { return m_message; }
    bool isCancelled() const { return m_cancelled; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
    bool m_cancelled = false;
};

} // namespace Waymark
