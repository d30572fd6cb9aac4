#include "answerreader.h"

#include "answerscale.h"
#include "surveytext.h"
#include "io/translate.h"

#include <QCoreApplication>

#include <cctype>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

bool looksNumeric(QByteArrayView text)
{
    return !text.isEmpty() && (std::isdigit(uchar(text.at(0))) || text.at(0) == '-' || text.at(0) == '+' || text.at(0) == '.');
}

} // namespace

AnswerReader::AnswerReader(SurveyField field, const ValueMap &values, bool decimalComma)
    : m_field(field)
    , m_values(values)
    , m_decimalComma(decimalComma)
    , m_tally(field)
{
    switch (field) {
    case SurveyField::Nps: m_min = 0; m_max = 10; break;
    case SurveyField::Csat: m_min = 1; m_max = 5; break;
    case SurveyField::Ces: m_min = 1; m_max = 7; break;
    case SurveyField::Fcr: m_min = 0; m_max = 1; break;
    default: break;
    }
}

std::optional<int> AnswerReader::inRange(int value) const
{
    if (value < m_min || value > m_max)
        return std::nullopt;
    return value;
}

AnswerReader::Score AnswerReader::work(QByteArrayView text) const
{
    const QString key = SurveyText::key(text);
    if (const std::optional<QString> mapped = m_values.value(m_field, key)) {
        // Checked when the map was made: a score in range, or yes / no.
        const QByteArray value = mapped->toUtf8();
        if (m_field == SurveyField::Fcr) {
            if (const std::optional<bool> yes = AnswerScale::yesNo(SurveyText::key(*mapped)))
                return {Outcome::Ok, qint8(*yes ? 1 : 0)};
        } else if (const std::optional<int> number = AnswerScale::wholeNumber(value, true); number && inRange(*number)) {
            return {Outcome::Ok, qint8(*number)};
        }
        return {Outcome::UnknownLabel, 0};
    }
    if (m_field == SurveyField::Fcr) {
        if (const std::optional<bool> yes = AnswerScale::yesNo(key))
            return {Outcome::Ok, qint8(*yes ? 1 : 0)};
        return {looksNumeric(text) ? Outcome::OutOfRange : Outcome::UnknownLabel, 0};
    }
    if (looksNumeric(text)) {
        const std::optional<int> number = AnswerScale::wholeNumber(text, m_decimalComma);
        if (number && inRange(*number))
            return {Outcome::Ok, qint8(*number)};
        if (!AnswerScale::leadingNumber(text))
            return {Outcome::OutOfRange, 0};
    }
    if (const std::optional<int> number = AnswerScale::leadingNumber(text))
        return inRange(*number) ? Score{Outcome::Ok, qint8(*number)} : Score{Outcome::OutOfRange, 0};
    if (const std::optional<int> number = AnswerScale::labelScore(m_field, key); number && inRange(*number))
        return {Outcome::Ok, qint8(*number)};
    return {Outcome::UnknownLabel, 0};
}

AnswerReader::Score AnswerReader::score(QByteArrayView text)
{
    // The common case first: a plain number of the scale.
    if (text.size() <= 2 && m_field != SurveyField::Fcr && !m_values.hasField(m_field)) {
        int value = 0;
        bool digits = true;
        for (const char c : text) {
            digits = digits && c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (digits && value >= m_min && value <= m_max)
            return {Outcome::Ok, qint8(value)};
    }
    Score score;
    if (const Score *cached = m_cache.find(text)) {
        score = *cached;
    } else {
        score = work(text);
        // The labels of the column, for the note on those without a score (numbers are no labels).
        if (m_field == SurveyField::Fcr || !looksNumeric(text))
            m_tally.seen(QString::fromUtf8(text));
        m_cache.insert(text, score);
    }
    // A label to give a meaning; for yes/no also a code (Qualtrics' "No" is 2). A score out of
    // its range is just wrong.
    if (score.outcome == Outcome::UnknownLabel || (score.outcome == Outcome::OutOfRange && m_field == SurveyField::Fcr))
        m_tally.unknown(QString::fromUtf8(text).simplified());
    return score;
}

std::optional<double> AnswerReader::minutes(QByteArrayView text) const
{
    const std::optional<double> value = AnswerScale::number(text, m_decimalComma);
    if (!value || *value < 0)
        return std::nullopt;
    return value;
}

QString AnswerReader::problem(QByteArrayView text, Outcome outcome) const
{
    const QString name = SurveyFields::name(m_field);
    const QString value = SurveyText::shown(text);
    switch (m_field) {
    case SurveyField::Fcr:
        return tr("fcr must be yes or no, not '%1'").arg(value);
    case SurveyField::Minutes:
        return tr("response_minutes must be a number of minutes, 0 or more, not '%1'").arg(value);
    default:
        break;
    }
    if (outcome == Outcome::UnknownLabel)
        return tr("%1: no score for the label '%2'").arg(name, value);
    return tr("%1 must be a whole number from %2 to %3, not '%4'").arg(name, QString::number(m_min), QString::number(m_max), value);
}

} // namespace Waymark
