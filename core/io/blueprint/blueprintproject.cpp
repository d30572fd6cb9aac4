#include "blueprintproject.h"

#include "io/formaterror.h"
#include "io/jsontext.h"
#include "strictjson.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

QString at(const QString &list, qsizetype i)
{
    return u"%1[%2]"_s.arg(list).arg(i);
}

// Ids are unique within their list: the index of each, or a FormatError naming both places.
QHash<QString, qsizetype> uniqueIds(const QStringList &ids, const QString &list)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (const auto it = index.constFind(ids.at(i)); it != index.constEnd())
            throw FormatError(tr("%1.id: '%2' is the id of %3 already").arg(at(list, i), ids.at(i), at(list, *it)));
        index.insert(ids.at(i), i);
    }
    return index;
}

// Blueprint Signal's safe_url(): a public http(s) address, no credentials, no local names.
bool isPublicUrl(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() < 32 || c == u'\\')
            return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()
        || !url.userInfo().isEmpty())
        return false;
    QString host = url.host().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    if (!host.contains(u'.') || host.endsWith(u".local"_s) || host.endsWith(u".internal"_s) || host.endsWith(u".localhost"_s))
        return false;
    // An address in numbers must be a public one (Python's ipaddress.is_global).
    static const QRegularExpression ipv4(u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"_s);
    if (const QRegularExpressionMatch m = ipv4.match(host); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const bool notPublic = a == 0 || a == 10 || a == 127 || a >= 224 || (a == 169 && b == 254)
            || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 100 && b >= 64 && b <= 127)
            || (a == 192 && b == 0) || (a == 198 && (b == 18 || b == 19));
        if (notPublic)
            return false;
    }
    return true;
}

} // namespace

QStringList BlueprintProject::layers()
{
    return {u"evidence"_s, u"customer"_s, u"frontstage"_s, u"backstage"_s, u"support"_s};
}

QString BlueprintProject::layerTitle(const QString &layer)
{
    static const QHash<QString, const char *> titles = {
        {u"evidence"_s, QT_TRANSLATE_NOOP("Waymark", "Physical / digital evidence")},
        {u"customer"_s, QT_TRANSLATE_NOOP("Waymark", "Customer actions")},
        {u"frontstage"_s, QT_TRANSLATE_NOOP("Waymark", "Visible staff / technology")},
        {u"backstage"_s, QT_TRANSLATE_NOOP("Waymark", "Backstage actions")},
        {u"support"_s, QT_TRANSLATE_NOOP("Waymark", "Support processes")},
    };
    return tr(titles.value(layer, ""));
}

bool BlueprintProject::looksLikeProject(QByteArrayView head)
{
    static const QRegularExpression format(u"\"format\"\\s*:\\s*\"blueprint-project-v1\""_s);
    return format.match(QString::fromUtf8(head)).hasMatch();
}

BlueprintProject BlueprintProject::parse(const QByteArray &bytes, const QString &source)
{
    // As Blueprint Signal reads a file: UTF-8 with or without a byte-order mark, and a
    // Markdown ```json fence around the object is allowed.
    QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    static const QRegularExpression fence(u"^\\s*```(?:json)?\\s*\\n(.*?)\\n```\\s*$"_s,
                                          QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch fenced = fence.match(QString::fromUtf8(text));
    if (fenced.hasMatch()) {
        // Keep the lines above the object so that JSON errors name the file's lines.
        const qsizetype skipped = QStringView(QString::fromUtf8(text)).left(fenced.capturedStart(1)).count(u'\n');
        text = QByteArray(skipped, '\n') + fenced.captured(1).toUtf8();
    }
    const QJsonDocument json = JsonText::parse(text, source);

    BlueprintProject project;
    try {
        StrictObject file(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()), QString(),
                          {u"format"_s, u"data"_s, u"origin"_s, u"review"_s});
        if (file.value(u"format"_s).toString() != u"blueprint-project-v1"_s)
            file.fail(u"format"_s, tr("not a Blueprint Signal project (expected \"blueprint-project-v1\")"));
        project.origin = file.text(u"origin"_s, 200, true);
        if (!file.value(u"review"_s).isNull()) {
            StrictObject review(file.value(u"review"_s), u"review"_s, {u"reviewer"_s, u"note"_s, u"checked_on"_s, u"data_sha256"_s});
            Review r;
            r.reviewer = review.text(u"reviewer"_s, 120);
            r.note = review.text(u"note"_s, 1500);
            r.checkedOn = review.date(u"checked_on"_s);
            r.dataSha256 = review.text(u"data_sha256"_s, 64);
            static const QRegularExpression sha(u"^[0-9a-f]{64}$"_s);
            if (!sha.match(r.dataSha256).hasMatch())
                review.fail(u"data_sha256"_s, tr("not a SHA-256 in lowercase hexadecimal"));
            project.review = r;
        }

        StrictObject data(file.value(u"data"_s), u"data"_s,
                          {u"schema_version"_s, u"brief"_s, u"stages"_s, u"actions"_s, u"links"_s, u"hazards"_s,
                           u"improvements"_s, u"sources"_s});
        data.constant(u"schema_version"_s, u"1.0"_s);
        project.brief = data.text(u"brief"_s, 2500);

        const QJsonArray stages = data.array(u"stages"_s, 1);
        for (qsizetype i = 0; i < stages.size(); ++i) {
            StrictObject o(stages.at(i), at(u"data.stages"_s, i), {u"id"_s, u"name"_s, u"order"_s});
            project.stages.append({o.id(u"id"_s), o.text(u"name"_s, 100), o.integer(u"order"_s, 1, std::numeric_limits<qint64>::max())});
        }
        const QJsonArray sources = data.array(u"sources"_s);
        for (qsizetype i = 0; i < sources.size(); ++i) {
            StrictObject o(sources.at(i), at(u"data.sources"_s, i), {u"id"_s, u"title"_s, u"url"_s, u"note"_s});
            Source s{o.id(u"id"_s), o.text(u"title"_s, 300), o.textOrNull(u"url"_s, 2000), o.text(u"note"_s, 1500)};
            if (s.url && !isPublicUrl(*s.url))
                o.fail(u"url"_s, tr("use a public http(s) link, or null for supplied or internal material"));
            project.sources.append(s);
        }
        const QJsonArray actions = data.array(u"actions"_s);
        for (qsizetype i = 0; i < actions.size(); ++i) {
            StrictObject o(actions.at(i), at(u"data.actions"_s, i),
                           {u"id"_s, u"stage_id"_s, u"lane"_s, u"description"_s, u"owner"_s, u"minutes"_s, u"basis"_s,
                            u"source_id"_s, u"evidence_note"_s});
            Action a;
            a.id = o.id(u"id"_s);
            a.stageId = o.id(u"stage_id"_s);
            a.lane = o.oneOf(u"lane"_s, layers());
            a.description = o.text(u"description"_s, 700);
            a.owner = o.text(u"owner"_s, 120, true);
            a.minutes = o.numberOrNull(u"minutes"_s, 0, 100000);
            a.basis = o.oneOf(u"basis"_s, {u"observed"_s, u"assumed"_s, u"proposed"_s});
            a.sourceId = o.textOrNull(u"source_id"_s, 120);
            a.evidenceNote = o.text(u"evidence_note"_s, 1000, true);
            project.actions.append(a);
        }
        const QJsonArray links = data.array(u"links"_s);
        for (qsizetype i = 0; i < links.size(); ++i) {
            StrictObject o(links.at(i), at(u"data.links"_s, i), {u"id"_s, u"from_action"_s, u"to_action"_s, u"description"_s});
            project.links.append({o.id(u"id"_s), o.id(u"from_action"_s), o.id(u"to_action"_s), o.text(u"description"_s, 500)});
        }
        const QJsonArray hazards = data.array(u"hazards"_s);
        for (qsizetype i = 0; i < hazards.size(); ++i) {
            StrictObject o(hazards.at(i), at(u"data.hazards"_s, i),
                           {u"id"_s, u"action_id"_s, u"failure"_s, u"impact"_s, u"basis"_s, u"source_id"_s, u"owner"_s});
            Hazard h;
            h.id = o.id(u"id"_s);
            h.actionId = o.id(u"action_id"_s);
            h.failure = o.text(u"failure"_s, 700);
            h.impact = o.oneOf(u"impact"_s, {u"low"_s, u"medium"_s, u"high"_s});
            h.basis = o.oneOf(u"basis"_s, {u"observed"_s, u"assumed"_s});
            h.sourceId = o.textOrNull(u"source_id"_s, 120);
            h.owner = o.text(u"owner"_s, 120, true);
            project.hazards.append(h);
        }
        const QJsonArray improvements = data.array(u"improvements"_s);
        for (qsizetype i = 0; i < improvements.size(); ++i) {
            StrictObject o(improvements.at(i), at(u"data.improvements"_s, i),
                           {u"id"_s, u"hazard_id"_s, u"change"_s, u"owner"_s, u"measure"_s, u"target"_s, u"check_date"_s, u"status"_s});
            Improvement p;
            p.id = o.id(u"id"_s);
            p.hazardId = o.id(u"hazard_id"_s);
            p.change = o.text(u"change"_s, 700);
            p.owner = o.text(u"owner"_s, 120, true);
            p.measure = o.text(u"measure"_s, 400, true);
            p.target = o.text(u"target"_s, 400, true);
            p.checkDate = o.dateOrNull(u"check_date"_s);
            p.status = o.oneOf(u"status"_s, {u"proposed"_s, u"testing"_s, u"complete"_s});
            project.improvements.append(p);
        }

        // The references, as model.validate() checks them.
        QStringList ids;
        for (const Stage &s : std::as_const(project.stages))
            ids.append(s.id);
        const auto stageIndex = uniqueIds(ids, u"data.stages"_s);
        QHash<qint64, qsizetype> orders;
        for (qsizetype i = 0; i < project.stages.size(); ++i) {
            if (const auto it = orders.constFind(project.stages.at(i).order); it != orders.constEnd())
                throw FormatError(tr("%1.order: %2 is the order of %3 already")
                                      .arg(at(u"data.stages"_s, i)).arg(project.stages.at(i).order).arg(at(u"data.stages"_s, *it)));
            orders.insert(project.stages.at(i).order, i);
        }
        ids.clear();
        for (const Source &s : std::as_const(project.sources))
            ids.append(s.id);
        const auto sourceIndex = uniqueIds(ids, u"data.sources"_s);
        ids.clear();
        for (const Action &a : std::as_const(project.actions))
            ids.append(a.id);
        const auto actionIndex = uniqueIds(ids, u"data.actions"_s);
        ids.clear();
        for (const Hazard &h : std::as_const(project.hazards))
            ids.append(h.id);
        const auto hazardIndex = uniqueIds(ids, u"data.hazards"_s);
        ids.clear();
        for (const Link &l : std::as_const(project.links))
            ids.append(l.id);
        uniqueIds(ids, u"data.links"_s);
        ids.clear();
        for (const Improvement &p : std::as_const(project.improvements))
            ids.append(p.id);
        uniqueIds(ids, u"data.improvements"_s);

        const auto missing = [](const QString &where, const QString &what, const QString &id) {
            return FormatError(tr("%1: no %2 has the id '%3'").arg(where, what, id));
        };
        for (qsizetype i = 0; i < project.actions.size(); ++i) {
            const Action &a = project.actions.at(i);
            const QString where = at(u"data.actions"_s, i);
            if (!stageIndex.contains(a.stageId))
                throw missing(where + u".stage_id"_s, tr("stage"), a.stageId);
            if (a.sourceId && !sourceIndex.contains(*a.sourceId))
                throw missing(where + u".source_id"_s, tr("source"), *a.sourceId);
            if (a.basis == u"observed"_s && (!a.sourceId || a.evidenceNote.trimmed().isEmpty()))
                throw FormatError(tr("%1: an observed action needs a source_id and an evidence_note; otherwise it is "
                                     "assumed or proposed").arg(where));
        }
        QSet<std::pair<QString, QString>> edges;
        for (qsizetype i = 0; i < project.links.size(); ++i) {
            const Link &l = project.links.at(i);
            const QString where = at(u"data.links"_s, i);
            if (!actionIndex.contains(l.fromAction))
                throw missing(where + u".from_action"_s, tr("action"), l.fromAction);
            if (!actionIndex.contains(l.toAction))
                throw missing(where + u".to_action"_s, tr("action"), l.toAction);
            if (l.fromAction == l.toAction)
                throw FormatError(tr("%1: links action '%2' to itself").arg(where, l.fromAction));
            if (edges.contains({l.fromAction, l.toAction}))
                throw FormatError(tr("%1: '%2' is linked to '%3' already").arg(where, l.fromAction, l.toAction));
            edges.insert({l.fromAction, l.toAction});
        }
        for (qsizetype i = 0; i < project.hazards.size(); ++i) {
            const Hazard &h = project.hazards.at(i);
            const QString where = at(u"data.hazards"_s, i);
            if (!actionIndex.contains(h.actionId))
                throw missing(where + u".action_id"_s, tr("action"), h.actionId);
            if (h.sourceId && !sourceIndex.contains(*h.sourceId))
                throw missing(where + u".source_id"_s, tr("source"), *h.sourceId);
            if (h.basis == u"observed"_s && !h.sourceId)
                throw FormatError(tr("%1: an observed failure point needs a source_id; otherwise it is assumed").arg(where));
        }
        for (qsizetype i = 0; i < project.improvements.size(); ++i) {
            const Improvement &p = project.improvements.at(i);
            if (!hazardIndex.contains(p.hazardId))
                throw missing(at(u"data.improvements"_s, i) + u".hazard_id"_s, tr("failure point"), p.hazardId);
        }
    } catch (const FormatError &e) {
        throw FormatError(u"%1: %2"_s.arg(source, e.message()));
    }
    return project;
}

} // namespace Waymark
