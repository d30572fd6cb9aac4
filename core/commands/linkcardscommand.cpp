#include "linkcardscommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

LinkCardsCommand::LinkCardsCommand(Document *document, const CardLink &link, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Link Opportunity"), parent)
    , m_link(link)
{
}

void LinkCardsCommand::apply()
{
    document()->linkCards(m_link);
}

void LinkCardsCommand::revert()
{
    document()->unlinkCards(m_link);
}

} // namespace Waymark
