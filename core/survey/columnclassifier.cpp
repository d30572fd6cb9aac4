#include "columnclassifier.h"

#include "surveytext.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Waymark::ColumnClassifier {

namespace {

// Personal data by name, in any header row, in the tools' spellings and common languages.
const QHash<QString, const char *> &personalNames()
{
    static const QHash<QString, const char *> names = [] {
        QHash<QString, const char *> n;
        for (const char *name : {"ipaddress", "ip address", "ip", "ip-adresse", "adresse ip", "dirección ip", "network id"})
            n.insert(QString::fromUtf8(name), QT_TR_NOOP("IP addresses"));
        for (const char *name : {"email", "e-mail", "email address", "e-mail address", "emailaddress", "email-adresse",
                                 "e-mail-adresse", "adresse e-mail", "adresse électronique", "correo electrónico", "correo",
                                 "recipientemail", "recipient email"})
            n.insert(QString::fromUtf8(name), QT_TR_NOOP("e-mail addresses"));
        for (const char *name : {"name", "full name", "your name", "first name", "last name", "firstname", "lastname",
                                 "recipientfirstname", "recipientlastname", "recipient first name", "recipient last name",
                                 "vorname", "nachname", "prénom", "nom", "nombre", "apellido", "apellidos"})
            n.insert(QString::fromUtf8(name), QT_TR_NOOP("names"));
        for (const char *name : {"locationlatitude", "locationlongitude", "locationaccuracy", "location latitude",
                                 "location longitude", "latitude", "longitude", "breitengrad des standorts",
                                 "längengrad des standorts"})
            n.insert(QString::fromUtf8(name), QT_TR_NOOP("locations"));
        for (const char *name : {"externalreference", "externaldatareference", "external reference", "external data reference",
                                 "externe datenreferenz"})
            n.insert(QString::fromUtf8(name), QT_TR_NOOP("external references"));
        for (const char *name : {"phone", "phone number", "telephone", "mobile", "mobile number", "telefon", "telefonnummer",
                                 "téléphone", "teléfono"})
            n.insert(QString::fromUtf8(name), QT_TR_NOOP("phone numbers"));
        return n;
    }();
    return names;
}

// The tools' bookkeeping, by export tag, import id or header (Plain CSVs have none).
const QStringList &metadataNames()
{
    static const QStringList names = {
        // Qualtrics, current and legacy
        u"startdate"_s, u"enddate"_s, u"status"_s, u"progress"_s, u"duration (in seconds)"_s, u"duration"_s,
        u"finished"_s, u"recordeddate"_s, u"responseset"_s, u"q_recaptchascore"_s, u"q_relevantidduplicate"_s,
        u"q_relevantidduplicatescore"_s, u"q_relevantidfraudscore"_s, u"q_relevantidlaststartdate"_s,
        u"q_totalduration"_s, u"q_ballotboxstuffing"_s, u"q_url"_s,
        // SurveyMonkey
        u"start date"_s, u"end date"_s,
        // Typeform
        u"start date (utc)"_s, u"stage date (utc)"_s, u"submit date (utc)"_s, u"response type"_s,
        // Google Forms
        u"timestamp"_s,
    };
    return names;
}

bool mostlyMatch(const QStringList &values, const QRegularExpression &pattern)
{
    qsizetype filled = 0, matching = 0;
    for (const QString &value : values) {
        const QString text = value.trimmed();
        if (text.isEmpty())
            continue;
        ++filled;
        matching += pattern.match(text).hasMatch();
    }
    return filled >= 2 && matching * 10 >= filled * 6;
}

} // namespace

std::optional<ColumnExclusion> classify(const SurveyLayout &layout, const SurveyColumn &column, const QStringList &values)
{
    for (const QString &name : column.names) {
        const QString key = SurveyText::key(name);
        if (key.isEmpty())
            continue;
        if (const char *what = personalNames().value(key))
            return ColumnExclusion{ColumnExclusion::Kind::Personal, tr(what)};
        if (key.startsWith(u"recipient"_s))
            return ColumnExclusion{ColumnExclusion::Kind::Personal, tr("recipient details")};
        static const QRegularExpression customData(u"^custom data \\d+$"_s);
        if (layout.tool != SurveyTool::Plain && customData.match(key).hasMatch())
            return ColumnExclusion{ColumnExclusion::Kind::Personal, tr("external references")};
    }
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression ip(u"^(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7})$"_s);
    if (mostlyMatch(values, email))
        return ColumnExclusion{ColumnExclusion::Kind::Personal, tr("e-mail addresses")};
    if (mostlyMatch(values, ip))
        return ColumnExclusion{ColumnExclusion::Kind::Personal, tr("IP addresses")};
    if (layout.tool == SurveyTool::Plain)
        return std::nullopt;
    for (int row = 0; row < layout.headerRows && row < column.names.size(); ++row) {
        const QString key = SurveyText::key(column.names.at(row));
        if (metadataNames().contains(key) || key.endsWith(u"_nps_group"_s))
            return ColumnExclusion{ColumnExclusion::Kind::Metadata, tr("survey tool bookkeeping")};
    }
    return std::nullopt;
}

} // namespace Waymark::ColumnClassifier
