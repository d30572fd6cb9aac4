#include "linkcardscommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

LinkCardsCommand::LinkCardsCommand(Document *document, const CardLink &link, Action action, QUndoCommand *parent)
    : DocumentCommand(document,
                      action == Link ? QCoreApplication::translate("Waymark", "Link Opportunity")
                                     : QCoreApplication::translate("Waymark", "Unlink Opportunity"),
                      parent)
    , m_link(link)
    , m_action(action)
{
}

void LinkCardsCommand::set(bool linked)
{
    if (linked)
        document()->linkCards(m_link);
    else
        document()->unlinkCards(m_link);
}

void LinkCardsCommand::apply()
{
    set(m_action == Link);
}

void LinkCardsCommand::revert()
{
    set(m_action != Link);
}

} // namespace Waymark
