#include "tablenames.h"

using namespace Qt::StringLiterals;

namespace Waymark {

QString tableOf(Entity entity)
{
    switch (entity) {
    case Entity::Map: return u"map"_s;
    case Entity::Stage: return u"stage"_s;
    case Entity::Lane: return u"lane"_s;
    case Entity::Card: return u"card"_s;
    case Entity::Persona: return u"persona"_s;
    case Entity::BusinessPeriod: return u"business_period"_s;
    }
    Q_UNREACHABLE();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

} // namespace Waymark
