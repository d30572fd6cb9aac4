#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Waymark {

// What a column of a survey export can be read as; every other column is a segment attribute
// (or left out: personal data, the tool's own bookkeeping).
enum class SurveyField { Stage, Touchpoint, Respondent, Nps, Csat, Ces, Fcr, Minutes, Submitted };

namespace SurveyFields {

constexpr int Count = 9;

// stage, touchpoint, respondent, nps, csat, ces, fcr, response_minutes, submitted_at
QStringList names();
QString name(SurveyField field);
std::optional<SurveyField> fromName(const QString &name); // in any case
inline int index(SurveyField field) { return int(field); }
inline SurveyField at(int index) { return SurveyField(index); }
// The answers a response gives (a row without any of them answers nothing).
bool isAnswer(SurveyField field);

} // namespace SurveyFields

} // namespace Waymark
