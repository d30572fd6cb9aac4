#include "unlinkcardscommand.h"

#include "document/document.h"

#include <QCoreApplication>

namespace Waymark {

UnlinkCardsCommand::UnlinkCardsCommand(Document *document, const CardLink &link, QUndoCommand *parent)
    : DocumentCommand(document, QCoreApplication::translate("Waymark", "Unlink Opportunity"), parent)
    , m_link(link)
{
}

void UnlinkCardsCommand::apply()
{
    document()->unlinkCards(m_link);
}

void UnlinkCardsCommand::revert()
{
    document()->linkCards(m_link);
}

} // namespace Waymark
