// A crash loses nothing the window has shown. A real editor process (the waymark binary, with
// the test-only edit driver of ui/app/editdriver.h) gets seeded random card and stage edits,
// undos and redos, and is killed with SIGKILL at a random moment: after a random number of
// edits were shown, plus a random few milliseconds, so that some kills land inside a commit.
// Then the file must pass SQLite's integrity check and `waymark check`, and hold exactly the
// edits the editor had reported shown, or those and the one it was busy with. The next round
// edits on in the same file. WAYMARK_CRASH_SEED replays one seed.

#include "document/document.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <random>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

// Starts the titles of the test's cards: no template card's title does.
const QString Prefix = u"t~"_s;

// What the test tracks of a map: the stage names and, per cell, the titles of the cards the
// test made, in cell order (the template's own cards stay where they are).
struct Tracked {
    QStringList stages;
    QMap<std::pair<int, int>, QStringList> cells;

    bool operator==(const Tracked &other) const
    {
        const auto filled = [](QMap<std::pair<int, int>, QStringList> cells) {
            cells.removeIf([](const auto &cell) { return cell.value().isEmpty(); });
            return cells;
        };
        return stages == other.stages && filled(cells) == filled(other.cells);
    }

    std::pair<int, int> cellOf(const QString &title) const
    {
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (it.value().contains(title))
                return it.key();
        }
        return {-1, -1};
    }
    QStringList titles() const
    {
        QStringList all;
        for (const QStringList &cell : cells)
            all += cell;
        return all;
    }
    QString describe() const
    {
        QStringList parts{u"stages: "_s + stages.join(u", "_s)};
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (!it.value().isEmpty())
                parts.append(u"(%1,%2): %3"_s.arg(it.key().first).arg(it.key().second).arg(it.value().join(u' ')));
        }
        return parts.join(u"; "_s);
    }
};

Tracked read(const QString &path, const QString &prefix)
{
    const auto doc = Document::open(path, Store::Access::ReadOnly);
    Tracked tracked;
    for (const Stage &stage : doc->stages())
        tracked.stages.append(stage.name);
    for (int s = 0; s < doc->stages().size(); ++s) {
        for (int l = 0; l < doc->lanes().size(); ++l) {
            for (const Id id : doc->cardsIn(doc->stages().at(s).id, doc->lanes().at(l).id)) {
                if (doc->card(id)->title.startsWith(prefix))
                    tracked.cells[{s, l}].append(doc->card(id)->title);
            }
        }
    }
    return tracked;
}

// The edits of one editor session and what each leaves, with an undo history as the
// editor's: undo and redo walk it, a new edit cuts off what was undone.
class Script
{
public:
    Script(std::mt19937 &random, const Tracked &start, const QList<int> &cardLanes, const QString &prefix)
        : m_random(random)
        , m_history{start}
        , m_lanes(cardLanes)
        , m_prefix(prefix)
    {
    }

    const Tracked &stateAfter(int edits) const { return m_states.at(edits); }

    // Makes `count` edits; returns their lines.
    QByteArrayList make(int count)
    {
        m_states = {m_history.at(m_index)};
        QByteArrayList lines;
        for (int i = 0; i < count; ++i) {
            lines.append(next());
            m_states.append(m_history.at(m_index));
        }
        return lines;
    }

private:
    int pick(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(m_random); }

    QByteArray next()
    {
        Tracked state = m_history.at(m_index);
        const QStringList titles = state.titles();
        const int stages = int(state.stages.size());
        const QString name = m_prefix + QString::number(++m_made);
        const int roll = pick(100);
        QByteArray line;
        if (roll < 10 && m_index > 0) {
            --m_index;
            return "undo";
        }
        if (roll < 15 && m_index + 1 < m_history.size()) {
            ++m_index;
            return "redo";
        }
        if (titles.isEmpty() || roll < 45) {
            const std::pair cell{pick(stages), m_lanes.at(pick(int(m_lanes.size())))};
            state.cells[cell].append(name);
            line = "add " + QByteArray::number(cell.first) + ' ' + QByteArray::number(cell.second) + ' ' + name.toUtf8();
        } else if (roll < 60) {
            const QString old = titles.at(pick(int(titles.size())));
            QStringList &cell = state.cells[state.cellOf(old)];
            cell[cell.indexOf(old)] = name;
            line = "title " + old.toUtf8() + ' ' + name.toUtf8();
        } else if (roll < 75) {
            const QString card = titles.at(pick(int(titles.size())));
            state.cells[state.cellOf(card)].removeOne(card);
            const std::pair cell{pick(stages), m_lanes.at(pick(int(m_lanes.size())))};
            state.cells[cell].append(card);
            line = "move " + card.toUtf8() + ' ' + QByteArray::number(cell.first) + ' ' + QByteArray::number(cell.second);
        } else if (roll < 88) {
            const QString card = titles.at(pick(int(titles.size())));
            state.cells[state.cellOf(card)].removeOne(card);
            line = "delete " + card.toUtf8();
        } else {
            const int stage = pick(stages);
            state.stages[stage] = name;
            line = "stage " + QByteArray::number(stage) + ' ' + name.toUtf8();
        }
        m_history.resize(m_index + 1);
        m_history.append(state);
        ++m_index;
        return line;
    }

    std::mt19937 &m_random;
    QList<Tracked> m_history;
    qsizetype m_index = 0;
    QList<Tracked> m_states; // after 0, 1, ... edits of the last make()
    QList<int> m_lanes;
    QString m_prefix;
    int m_made = 0;
};

QString integrityCheck(const QString &path)
{
    const QString name = u"integrity"_s;
    QString result;
    {
        // A read-write connection, as the editor's next start: it rolls back a hot journal.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(u"PRAGMA integrity_check"_s, db);
            while (query.next())
                result += query.value(0).toString();
        } else {
            result = u"cannot open"_s;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedEditorLosesNothingShown_data();
    void killedEditorLosesNothingShown();
};

void TestCrashSafety::killedEditorLosesNothingShown_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("rounds");
    if (!qEnvironmentVariableIsEmpty("WAYMARK_CRASH_SEED")) {
        QTest::newRow("WAYMARK_CRASH_SEED") << quint32(qEnvironmentVariableIntValue("WAYMARK_CRASH_SEED")) << 12;
        return;
    }
    QTest::newRow("seed 1") << quint32(1) << 12;
    QTest::newRow("seed 20240611") << quint32(20240611) << 12;
}

void TestCrashSafety::killedEditorLosesNothingShown()
{
    QFETCH(quint32, seed);
    QFETCH(int, rounds);
    // On a real disk, not tmpfs: with fsync taking its time, more kills land inside a commit.
    QTemporaryDir dir(QDir::current().filePath(u"crashsafety-XXXXXX"_s));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"map.waymark"_s);
    QList<int> cardLanes;
    {
        const auto doc = Test::documentFromTemplate(path, u"phone-store"_s);
        for (int l = 0; l < doc->lanes().size(); ++l) {
            if (doc->lanes().at(l).kind != LaneKind::EmotionCurve)
                cardLanes.append(l);
        }
    }
    std::mt19937 random(seed);
    Tracked state = read(path, Prefix);
    int killedInside = 0;
    int hotJournals = 0;

    for (int round = 0; round < rounds; ++round) {
        const QString context = u"seed %1, round %2"_s.arg(seed).arg(round);
        Script script(random, state, cardLanes, Prefix + QString::number(round) + u'.');
        const QByteArrayList edits = script.make(std::uniform_int_distribution<int>(5, 60)(random));
        const int killAfter = std::uniform_int_distribution<int>(0, int(edits.size()))(random);
        const int extraMicroseconds = std::uniform_int_distribution<int>(0, 15000)(random);

        QProcess editor;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WAYMARK_TEST_EDIT_DRIVER"_s, u"1"_s);
        editor.setProcessEnvironment(env);
        editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editor.start(qEnvironmentVariable("WAYMARK_BINARY"), {path});
        QVERIFY2(editor.waitForStarted(), qPrintable(context));

        // Lines the editor printed; `shown` counts the edits it reported shown.
        QByteArray output;
        QStringList unexpected;
        int shown = -1; // -1 until "ready"
        const auto readLines = [&] {
            output += editor.readAllStandardOutput();
            for (qsizetype end = output.indexOf('\n'); end >= 0; end = output.indexOf('\n')) {
                const QByteArray line = output.left(end);
                output.remove(0, end + 1);
                if (line == "ready")
                    shown = 0;
                else if (line.startsWith("shown "))
                    shown = line.mid(6).toInt();
                else
                    unexpected.append(QString::fromUtf8(line));
            }
        };
        QElapsedTimer waited;
        waited.start();
        while (shown < 0 && waited.elapsed() < 60000 && editor.state() == QProcess::Running) {
            editor.waitForReadyRead(100);
            readLines();
        }
        QVERIFY2(shown == 0, qPrintable(context + u": the editor did not start"_s));
        editor.write(edits.join('\n') + '\n');
        while (shown < killAfter && waited.elapsed() < 120000 && editor.state() == QProcess::Running) {
            editor.waitForReadyRead(20);
            readLines();
        }
        QElapsedTimer extra;
        extra.start();
        while (extra.nsecsElapsed() < qint64(extraMicroseconds) * 1000) {
        }
        ::kill(pid_t(editor.processId()), SIGKILL);
        QVERIFY2(editor.waitForFinished(30000), qPrintable(context));
        readLines();
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);
        QVERIFY2(unexpected.isEmpty(), qPrintable(context + u": the editor said "_s + unexpected.join(u"; "_s)));

        hotJournals += QFile::exists(path + u"-journal"_s); // killed inside a transaction
        QCOMPARE(integrityCheck(path), u"ok"_s);
        const Test::Run check = Test::runWaymark({u"check"_s, path});
        QVERIFY2(check.exitCode == 0, qPrintable(context + u": "_s + check.out + check.err));

        const Tracked found = read(path, Prefix);
        if (found == script.stateAfter(shown)) {
            state = found;
        } else if (shown < edits.size() && found == script.stateAfter(shown + 1)) {
            state = found; // the edit in hand when killed was written, not yet reported
            ++killedInside;
        } else {
            QFAIL(qPrintable(u"%1: %2 edits were shown, but the file holds %3\nexpected %4\nedits: %5"_s.arg(context)
                                 .arg(shown)
                                 .arg(found.describe(), script.stateAfter(shown).describe(),
                                      QString::fromUtf8(edits.join(" | ")))));
        }
        qInfo("%s: %d of %d edits shown before the kill", qPrintable(context), shown, int(edits.size()));
    }
    qInfo("seed %u: %d kills found the edit in hand written, %d a transaction open", seed, killedInside, hotJournals);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
