#include "surveyfield.h"

using namespace Qt::StringLiterals;

namespace Waymark::SurveyFields {

QStringList names()
{
    return {u"stage"_s, u"touchpoint"_s, u"respondent"_s, u"nps"_s, u"csat"_s, u"ces"_s, u"fcr"_s,
            u"response_minutes"_s, u"submitted_at"_s};
}

QString name(SurveyField field)
{
    return names().at(index(field));
}

std::optional<SurveyField> fromName(const QString &name)
{
    const qsizetype i = names().indexOf(name.trimmed().toLower());
    if (i < 0)
        return std::nullopt;
    return at(int(i));
}

bool isAnswer(SurveyField field)
{
    switch (field) {
    case SurveyField::Nps:
    case SurveyField::Csat:
    case SurveyField::Ces:
    case SurveyField::Fcr:
    case SurveyField::Minutes:
        return true;
    default:
        return false;
    }
}

} // namespace Waymark::SurveyFields
