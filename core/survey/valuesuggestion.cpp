#include "valuesuggestion.h"

#include "answerscale.h"
#include "surveytext.h"

using namespace Qt::StringLiterals;

namespace Waymark::ValueSuggestion {

namespace {

// Labels of the built-in scales, to find the one a misspelt label is closest to.
const QStringList &labelsOf(SurveyField field)
{
    static const QStringList satisfaction = {u"very dissatisfied"_s, u"dissatisfied"_s, u"neither satisfied nor dissatisfied"_s,
                                             u"satisfied"_s, u"very satisfied"_s, u"extremely satisfied"_s,
                                             u"extremely dissatisfied"_s, u"somewhat satisfied"_s, u"somewhat dissatisfied"_s};
    static const QStringList effort = {u"strongly disagree"_s, u"disagree"_s, u"somewhat disagree"_s,
                                       u"neither agree nor disagree"_s, u"somewhat agree"_s, u"agree"_s, u"strongly agree"_s,
                                       u"very difficult"_s, u"difficult"_s, u"easy"_s, u"very easy"_s};
    static const QStringList recommendation = {u"not at all likely"_s, u"extremely likely"_s};
    static const QStringList yesNo = {u"yes"_s, u"no"_s, u"ja"_s, u"nein"_s, u"oui"_s, u"non"_s, u"sí"_s, u"true"_s, u"false"_s};
    static const QStringList none;
    switch (field) {
    case SurveyField::Csat: return satisfaction;
    case SurveyField::Ces: return effort;
    case SurveyField::Nps: return recommendation;
    case SurveyField::Fcr: return yesNo;
    default: return none;
    }
}

} // namespace

QString suggest(SurveyField field, const QString &value, const QStringList &stages)
{
    if (field == SurveyField::Stage) {
        bool number = false;
        const int code = value.trimmed().toInt(&number);
        if (number)
            return code >= 1 && code <= stages.size() ? stages.at(code - 1) : QString();
        return SurveyText::closest(value, stages);
    }
    // Qualtrics numbers a yes/no question's choices in order: Yes 1, No 2.
    if (field == SurveyField::Fcr && value.trimmed() == u"2"_s)
        return u"no"_s;
    const QString label = SurveyText::closest(value, labelsOf(field));
    if (label.isEmpty())
        return {};
    const std::optional<int> score = AnswerScale::labelScore(field, label);
    if (!score)
        return {};
    if (field == SurveyField::Fcr)
        return *score ? u"yes"_s : u"no"_s;
    return QString::number(*score);
}

} // namespace Waymark::ValueSuggestion
