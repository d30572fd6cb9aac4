#include "workspacepresence.h"

#include "model/valuebounds.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// "waymark-presence 1 MAP CLIENT STATE NAME": the name last, as it may hold spaces.
constexpr int Fields = 6;
const QString Tag = u"waymark-presence"_s;

QString stateKey(WorkspacePresence::State state)
{
    switch (state) {
    case WorkspacePresence::State::Hello: return u"hello"_s;
    case WorkspacePresence::State::Here: return u"here"_s;
    case WorkspacePresence::State::Bye: return u"bye"_s;
    }
    return {};
}

} // namespace

WorkspacePresence::WorkspacePresence(qint64 map, QString name, QObject *parent)
    : QObject(parent)
    , m_map(map)
    , m_name(std::move(name))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // NOTIFY payloads are at most 8000 bytes; a name is a line.
    m_name = m_name.simplified().left(ValueBounds::LineLength);
}

QString WorkspacePresence::channel()
{
    return u"waymark_presence"_s;
}

QString WorkspacePresence::payload(State state) const
{
    return u"%1 1 %2 %3 %4 %5"_s.arg(Tag).arg(m_map).arg(m_id, stateKey(state), m_name);
}

bool WorkspacePresence::receive(const QString &payload, const QDateTime &now)
{
    // Anyone who can connect can NOTIFY: a payload is untrusted, and only its own shape is taken.
    if (payload.size() > 8000)
        return false;
    const QStringList parts = payload.split(u' ');
    if (parts.size() < Fields - 1 || parts.at(0) != Tag || parts.at(1) != u"1"_s || parts.at(2) != QString::number(m_map))
        return false;
    const QString id = parts.at(3);
    if (id == m_id || id.size() > 64)
        return false;
    const QString state = parts.at(4);
    const QString name = parts.mid(5).join(u' ').simplified().left(ValueBounds::LineLength);
    if (state == stateKey(State::Bye)) {
        if (m_clients.remove(id))
            emit changed();
        return false;
    }
    if (state != stateKey(State::Hello) && state != stateKey(State::Here))
        return false;
    const bool known = m_clients.contains(id) && m_clients.value(id).name == name;
    m_clients.insert(id, {name, now});
    if (!known)
        emit changed();
    return state == stateKey(State::Hello);
}

void WorkspacePresence::expire(const QDateTime &now)
{
    const qsizetype before = m_clients.size();
    m_clients.removeIf([&now](const auto &entry) { return entry.value().seen.secsTo(now) > ExpirySeconds; });
    if (m_clients.size() != before)
        emit changed();
}

QStringList WorkspacePresence::others() const
{
    QStringList names;
    for (const Client &client : m_clients)
        names.append(client.name.isEmpty() ? tr("someone") : client.name);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

} // namespace Waymark
