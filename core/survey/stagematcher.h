#pragma once

#include "bytecache.h"
#include "importtarget.h"
#include "labeltally.h"
#include "valuemap.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace Waymark {

// Finds the map's stage a cell names: by name, ignoring case and repeated whitespace, or
// through the user's value map (Qualtrics' numeric code of the stage question, a stage under
// another name). An unknown value is told with the stage it most likely means.
class StageMatcher
{
public:
    StageMatcher(const ImportTarget &target, const ValueMap &values);

    // 0 when the text names no stage of the map.
    Id stage(QByteArrayView text);
    QString problem(QByteArrayView text) const; // "unknown stage 'X' (did you mean 'Y'?)"
    const LabelTally &tally() const { return m_tally; }
    QStringList stageNames() const { return m_names; }

private:
    QHash<QString, Id> m_byKey;
    QStringList m_names;
    ValueMap m_values;
    ByteCache<Id> m_cache;
    LabelTally m_tally{SurveyField::Stage};
};

// Finds the touchpoint card a cell names, by title (or the user's value map); of cards with
// the same title in several stages, the one in the response's stage.
class TouchpointMatcher
{
public:
    TouchpointMatcher(const ImportTarget &target, const ValueMap &values);

    Id touchpoint(QByteArrayView text, Id stage);
    QString problem(QByteArrayView text) const;
    const LabelTally &tally() const { return m_tally; }

private:
    QHash<QString, QList<std::pair<Id, Id>>> m_byKey; // title key → (card, stage)
    ValueMap m_values;
    ByteCache<qint32> m_cache; // text → index into m_lists, -1: none
    QList<QList<std::pair<Id, Id>>> m_lists;
    LabelTally m_tally{SurveyField::Touchpoint};
};

} // namespace Waymark
