#pragma once

#include "surveyfield.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Waymark {

// What the survey tools write for an answer, read as the score it stands for: numbers (with a
// decimal comma where the delimiter is no comma), labels that start with their number
// ("10 - Extremely likely"), and the built-in scales: satisfaction on 5 points, effort and
// agreement on 7, the NPS end labels, and yes/no in English, German, French and Spanish,
// 1/0 and true/false.
namespace AnswerScale {

std::optional<double> number(QByteArrayView text, bool decimalComma);
// A whole number, also written "9.0" (or "9,0").
std::optional<int> wholeNumber(QByteArrayView text, bool decimalComma);
// "10 - Extremely likely", "0 (Not at all likely)", "5 = Very satisfied": the number.
std::optional<int> leadingNumber(QByteArrayView text);
// The score of a built-in label for nps, csat or ces; 1 or 0 for fcr. `key` as SurveyText::key.
std::optional<int> labelScore(SurveyField field, const QString &key);
std::optional<bool> yesNo(const QString &key);

} // namespace AnswerScale

} // namespace Waymark
