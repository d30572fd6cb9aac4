#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace Waymark {

// Who else has a workspace map open, told by NOTIFY on the presence channel (which needs no
// grant, so read-only roles are seen too): each client says "hello" when it opens the map,
// "here" every HeartbeatSeconds and in answer to a hello, and "bye" when it closes it. One
// not heard from for ExpirySeconds (a crash, a lost network) is taken as gone.
class WorkspacePresence : public QObject
{
    Q_OBJECT

public:
    enum class State { Hello, Here, Bye };
    static constexpr int HeartbeatSeconds = 10;
    static constexpr int ExpirySeconds = 3 * HeartbeatSeconds;

    WorkspacePresence(qint64 map, QString name, QObject *parent = nullptr);

    static QString channel();
    // What this client sends.
    QString payload(State state) const;
    // Takes a notification's payload; true when it is a hello from another client of this map,
    // which wants a "here" in answer.
    bool receive(const QString &payload, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Forgets those not heard from for ExpirySeconds.
    void expire(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The others' names, sorted; one per client, so a person with two windows shows twice.
    QStringList others() const;

signals:
    void changed();

private:
    struct Client {
        QString name;
        QDateTime seen;
    };
    qint64 m_map;
    QString m_name;
    QString m_id;
    QHash<QString, Client> m_clients;
};

} // namespace Waymark
