#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Waymark {

// A Blueprint Signal project file (UlrikErlingsen/service-blueprinting: blueprintsignal/
// model.py and portable.py): {"format": "blueprint-project-v1", "data": …, "origin": …,
// "review": …}, where data is one service blueprint. Read as strictly as Blueprint Signal's
// own restore(): every key required, no others, ids well formed, unique and pointing at
// records that exist, and its rules for observed records. Errors name the JSON path.
struct BlueprintProject {
    struct Stage {
        QString id;
        QString name;
        qint64 order = 0;
    };
    struct Action {
        QString id;
        QString stageId;
        QString lane; // evidence, customer, frontstage, backstage, support
        QString description;
        QString owner;
        std::optional<double> minutes;
        QString basis; // observed, assumed, proposed
        std::optional<QString> sourceId;
        QString evidenceNote;
    };
    struct Link {
        QString id;
        QString fromAction;
        QString toAction;
        QString description;
    };
    struct Hazard {
        QString id;
        QString actionId;
        QString failure;
        QString impact; // low, medium, high
        QString basis;  // observed, assumed
        std::optional<QString> sourceId;
        QString owner;
    };
    struct Improvement {
        QString id;
        QString hazardId;
        QString change;
        QString owner;
        QString measure;
        QString target;
        std::optional<QDate> checkDate;
        QString status; // proposed, testing, complete
    };
    struct Source {
        QString id;
        QString title;
        std::optional<QString> url;
        QString note;
    };
    struct Review {
        QString reviewer;
        QString note;
        QDate checkedOn;
        QString dataSha256;
    };

    QString origin;
    std::optional<Review> review;
    QString brief;
    QList<Stage> stages; // as listed; `order` says the sequence
    QList<Action> actions;
    QList<Link> links;
    QList<Hazard> hazards;
    QList<Improvement> improvements;
    QList<Source> sources;

    // The service layers, in the board's order, with Blueprint Signal's names for them.
    static QStringList layers();
    static QString layerTitle(const QString &layer);

    // Throws FormatError "SOURCE: PATH: problem" (or "SOURCE:LINE:COLUMN:" for JSON that
    // does not parse).
    static BlueprintProject parse(const QByteArray &bytes, const QString &source);
    // Whether these first bytes of a file are a Blueprint Signal project's.
    static bool looksLikeProject(QByteArrayView head);
};

} // namespace Waymark
