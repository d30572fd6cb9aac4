// The part of Document that keeps the links between opportunities and pain points.

#include "document.h"

#include "store/mapwriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <tuple>

namespace Waymark {

bool Document::isLinked(const CardLink &link) const
{
    return m_data.links.contains(link);
}

bool Document::precedes(Id a, Id b) const
{
    const auto place = [this](Id id) {
        const Card *card = this->card(id);
        return card ? std::tuple(stageIndex(card->stage), laneIndex(card->lane), card->position)
                    : std::tuple(INT_MAX, INT_MAX, INT_MAX);
    };
    return place(a) < place(b);
}

QList<Id> Document::painPointsOf(Id opportunity) const
{
    QList<Id> ids;
    for (const CardLink &link : m_data.links) {
        if (link.opportunity == opportunity)
            ids.append(link.painPoint);
    }
    std::sort(ids.begin(), ids.end(), [this](Id a, Id b) { return precedes(a, b); });
    return ids;
}

QList<Id> Document::opportunitiesOf(Id painPoint) const
{
    QList<Id> ids;
    for (const CardLink &link : m_data.links) {
        if (link.painPoint == painPoint)
            ids.append(link.opportunity);
    }
    std::sort(ids.begin(), ids.end(), [this](Id a, Id b) { return precedes(a, b); });
    return ids;
}

QList<CardLink> Document::linksOf(Id card) const
{
    QList<CardLink> links;
    for (const CardLink &link : m_data.links) {
        if (link.opportunity == card || link.painPoint == card)
            links.append(link);
    }
    return links;
}

void Document::linkCards(const CardLink &link)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Waymark", text); };
    if (!card(link.opportunity) || !card(link.painPoint))
        throw StoreError(StoreError::Code::Invalid, tr("it was deleted already"));
    if (link.opportunity == link.painPoint)
        throw StoreError(StoreError::Code::Invalid, tr("a card cannot address itself"));
    if (isLinked(link))
        throw StoreError(StoreError::Code::Invalid, tr("the cards are linked already"));
    Change change(*this);
    m_writer->insertLink(link);
    change.commit();
    m_data.links.append(link);
    emit linkChanged(link.opportunity, link.painPoint);
}

void Document::unlinkCards(const CardLink &link)
{
    Change change(*this);
    m_writer->removeLink(link);
    change.commit();
    m_data.links.removeAll(link);
    emit linkChanged(link.opportunity, link.painPoint);
}

} // namespace Waymark
