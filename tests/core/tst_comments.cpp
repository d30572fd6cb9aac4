// Comments on cards, stages and the map: each edit one undo step that gives back the very rows
// it changed; threads and replies through the file, the JSON interchange and a restore; the
// @mentions a text makes; a crafted comment table read safely.

#include "commands/addcommentcommand.h"
#include "commands/removecardcommand.h"
#include "commands/removecommentcommand.h"
#include "commands/setcommentcommand.h"
#include "document/document.h"
#include "document/mapversions.h"
#include "io/commentsformat.h"
#include "io/formaterror.h"
#include "io/mapjson.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

Comment commentOn(Comment::Target target, Id id, const QString &text, Id parent = 0)
{
    Comment c;
    c.target = target;
    c.targetId = id;
    c.parent = parent;
    c.author = u"Ana Lima"_s;
    c.createdAt = u"2026-12-02T10:42:00Z"_s;
    c.text = text;
    return c;
}

Id firstCard(const Document &document)
{
    return document.cardsOfStage(document.stages().first().id).first();
}

} // namespace

class TestComments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editIsOneUndoStep_data();
    void editIsOneUndoStep();
    void threadsAndReplies();
    void survivesReopening();
    void jsonRoundTrip();
    void restoreKeepsComments();
    void mentions_data();
    void mentions();
    void craftedTable_data();
    void craftedTable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
};

void TestComments::init()
{
    m_dir = Test::scratchDir();
    m_path = m_dir->filePath(u"map.waymark"_s);
    m_doc = Test::documentFromTemplate(m_path, u"phone-store"_s);
}

void TestComments::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

enum class CommentEdit { AddOnCard, AddOnStage, AddOnMap, Reply, Resolve, EditText, RemoveThread, RemoveReply };

void TestComments::editIsOneUndoStep_data()
{
    QTest::addColumn<CommentEdit>("edit");
    QTest::addColumn<int>("commentsAfter");
    QTest::newRow("add on a card") << CommentEdit::AddOnCard << 3;
    QTest::newRow("add on a stage") << CommentEdit::AddOnStage << 3;
    QTest::newRow("add on the map") << CommentEdit::AddOnMap << 3;
    QTest::newRow("reply") << CommentEdit::Reply << 3;
    QTest::newRow("resolve") << CommentEdit::Resolve << 2;
    QTest::newRow("edit text") << CommentEdit::EditText << 2;
    QTest::newRow("remove a thread takes its reply") << CommentEdit::RemoveThread << 0;
    QTest::newRow("remove a reply") << CommentEdit::RemoveReply << 1;
}

void TestComments::editIsOneUndoStep()
{
    QFETCH(CommentEdit, edit);
    QFETCH(int, commentsAfter);
    // A thread with a reply to start from.
    const Id card = firstCard(*m_doc);
    const Id thread = m_doc->insertComment(commentOn(Comment::Target::Card, card, u"Hold music is 9 minutes"_s));
    const Id reply = m_doc->insertComment(commentOn(Comment::Target::Card, card, u"@bo can we call back?"_s, thread));
    const QString before = Test::dumpTables(m_path);

    QUndoStack stack;
    QSignalSpy changed(m_doc.get(), &Document::commentChanged);
    switch (edit) {
    case CommentEdit::AddOnCard:
        stack.push(new AddCommentCommand(m_doc.get(), commentOn(Comment::Target::Card, card, u"new"_s)));
        break;
    case CommentEdit::AddOnStage:
        stack.push(new AddCommentCommand(m_doc.get(), commentOn(Comment::Target::Stage, m_doc->stages().at(1).id, u"new"_s)));
        break;
    case CommentEdit::AddOnMap:
        stack.push(new AddCommentCommand(m_doc.get(), commentOn(Comment::Target::Map, 0, u"new"_s)));
        break;
    case CommentEdit::Reply:
        stack.push(new AddCommentCommand(m_doc.get(), commentOn(Comment::Target::Card, card, u"yes"_s, thread)));
        break;
    case CommentEdit::Resolve:
        stack.push(SetCommentCommand::resolve(m_doc.get(), thread, true));
        QVERIFY(m_doc->comment(thread)->resolved);
        QVERIFY(m_doc->threadsOn(Comment::Target::Card, card).isEmpty());
        QCOMPARE(m_doc->threadsOn(Comment::Target::Card, card, true).size(), 1);
        break;
    case CommentEdit::EditText:
        stack.push(SetCommentCommand::edit(m_doc.get(), reply, u"@bo @cy call back"_s));
        QCOMPARE(m_doc->comment(reply)->text, u"@bo @cy call back"_s);
        break;
    case CommentEdit::RemoveThread:
        stack.push(new RemoveCommentCommand(m_doc.get(), thread));
        break;
    case CommentEdit::RemoveReply:
        stack.push(new RemoveCommentCommand(m_doc.get(), reply));
        break;
    }
    QCOMPARE(stack.count(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_doc->comments().size(), commentsAfter);
    const QString after = Test::dumpTables(m_path);
    QVERIFY(after != before);

    stack.undo();
    QCOMPARE(Test::dumpTables(m_path), before);
    QCOMPARE(m_doc->comments().size(), 2);
    QCOMPARE(m_doc->comment(reply)->parent, thread);
    stack.redo();
    QCOMPARE(Test::dumpTables(m_path), after);
}

void TestComments::threadsAndReplies()
{
    const Id card = firstCard(*m_doc);
    const Id thread = m_doc->insertComment(commentOn(Comment::Target::Card, card, u"one"_s));
    m_doc->insertComment(commentOn(Comment::Target::Card, card, u"two"_s, thread));
    m_doc->insertComment(commentOn(Comment::Target::Map, 0, u"on the map"_s));
    QCOMPARE(m_doc->threadsOn(Comment::Target::Card, card).size(), 1);
    QCOMPARE(m_doc->repliesTo(thread).size(), 1);

    // A reply must answer a thread, not a reply.
    const Id reply = m_doc->repliesTo(thread).first().id;
    QVERIFY_THROWS_EXCEPTION(StoreError, m_doc->insertComment(commentOn(Comment::Target::Card, card, u"x"_s, reply)));
    QVERIFY_THROWS_EXCEPTION(StoreError, m_doc->insertComment(commentOn(Comment::Target::Card, card, u"x"_s, 999)));
    QCOMPARE(m_doc->comments().size(), 3);

    const QList<CommentsFormat::Thread> listed = CommentsFormat::threads(*m_doc, false);
    QCOMPARE(listed.size(), 2);
    QVERIFY2(listed.first().on.startsWith(u"card '"_s), qPrintable(listed.first().on));
    QCOMPARE(listed.first().replies.size(), 1);
    QCOMPARE(listed.at(1).on, u"the map"_s);
    const QJsonArray json = CommentsFormat::toJson(listed).value(u"comments"_s).toArray();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject().value(u"replies"_s).toArray().size(), 1);

    // Deleting the card keeps its thread for undo, and the listing leaves it out meanwhile.
    QUndoStack stack;
    stack.push(new RemoveCardCommand(m_doc.get(), card));
    QCOMPARE(m_doc->comments().size(), 3);
    QCOMPARE(CommentsFormat::threads(*m_doc, false).size(), 1);
    stack.undo();
    QCOMPARE(CommentsFormat::threads(*m_doc, false).size(), 2);
}

void TestComments::survivesReopening()
{
    const Id stage = m_doc->stages().at(2).id;
    const Id thread = m_doc->insertComment(commentOn(Comment::Target::Stage, stage, u"Too long"_s));
    m_doc->insertComment(commentOn(Comment::Target::Stage, stage, u"Agreed"_s, thread));
    Comment resolved = *m_doc->comment(thread);
    resolved.resolved = true;
    m_doc->updateComment(resolved);
    const QList<Comment> before = m_doc->comments();
    m_doc.reset();
    m_doc = Document::open(m_path);
    QCOMPARE(m_doc->comments(), before);
}

void TestComments::jsonRoundTrip()
{
    const Id card = firstCard(*m_doc);
    const Id thread = m_doc->insertComment(commentOn(Comment::Target::Card, card, u"on a card"_s));
    m_doc->insertComment(commentOn(Comment::Target::Card, card, u"a reply"_s, thread));
    m_doc->insertComment(commentOn(Comment::Target::Stage, m_doc->stages().last().id, u"on a stage"_s));
    m_doc->insertComment(commentOn(Comment::Target::Map, 0, u"on the map"_s));
    const QJsonObject json = MapJson::toJson(m_doc->snapshot());
    QCOMPARE(json.value(u"comments"_s).toArray().size(), 4);

    const MapData read = MapJson::fromJson(json);
    QCOMPARE(read.comments.size(), 4);
    QCOMPARE(read.comments.at(1).parent, read.comments.at(0).id);
    QCOMPARE(read.cards.at(int(read.comments.at(0).targetId) - 1).title, m_doc->card(card)->title);
    QCOMPARE(MapJson::toJson(read), json); // export, rebuild, export gives the same JSON

    // Built into a new file, the threads are there.
    const QString copy = m_dir->filePath(u"copy.waymark"_s);
    const auto built = Document::create(copy, read);
    QCOMPARE(built->comments().size(), 4);
    QCOMPARE(CommentsFormat::threads(*built, false).size(), 3);

    // A map without comments has no "comments" key; bad comments are named.
    QVERIFY(!MapJson::toJson(Test::documentFromTemplate(m_dir->filePath(u"b.waymark"_s), u"blank"_s)->snapshot()).contains(u"comments"_s));
    for (const QJsonObject &bad : {QJsonObject{{u"on"_s, u"card"_s}, {u"card"_s, 9999}},
                                   QJsonObject{{u"on"_s, u"lane"_s}},
                                   QJsonObject{{u"on"_s, u"map"_s}, {u"reply_to"_s, 0}},
                                   QJsonObject{{u"on"_s, u"map"_s}, {u"resolved"_s, u"yes"_s}},
                                   QJsonObject{{u"on"_s, u"map"_s}, {u"colour"_s, 1}}}) {
        QJsonObject crafted = json;
        crafted.insert(u"comments"_s, QJsonArray{bad});
        QVERIFY_THROWS_EXCEPTION(FormatError, MapJson::fromJson(crafted));
    }
}

void TestComments::restoreKeepsComments()
{
    MapVersions versions(*m_doc);
    versions.take(u"before"_s);
    const Id card = firstCard(*m_doc);
    m_doc->insertComment(commentOn(Comment::Target::Card, card, u"said after the snapshot"_s));
    versions.restore(u"before"_s);
    QCOMPARE(m_doc->comments().size(), 1);
    QCOMPARE(m_doc->comments().first().text, u"said after the snapshot"_s);
}

void TestComments::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << u"no one"_s << QStringList();
    QTest::newRow("one") << u"@ana please look"_s << QStringList{u"ana"_s};
    QTest::newRow("dotted, end of sentence") << u"Ask @ana.lima."_s << QStringList{u"ana.lima"_s};
    QTest::newRow("twice, once listed") << u"@bo and @Bo"_s << QStringList{u"bo"_s};
    QTest::newRow("an address is not a mention") << u"mail ana@example.com"_s << QStringList();
    QTest::newRow("after punctuation") << u"(@cy), @dé"_s << QStringList{u"cy"_s, u"dé"_s};
    QTest::newRow("a lone @") << u"meet @ 10"_s << QStringList();
}

void TestComments::mentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(CommentText::mentions(text), names);
}

void TestComments::craftedTable_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("kept");
    QTest::addColumn<QString>("warning");
    QTest::newRow("a reply to nothing") << u"INSERT INTO comment (id, target_kind, target_id, parent_id, text) VALUES (7, 'map', 0, 99, 'x')"_s << 1
                                        << u"answers a comment that is not there"_s;
    QTest::newRow("a reply to a reply")
        << u"INSERT INTO comment (id, target_kind, target_id, parent_id, text) VALUES (8, 'map', 0, 2, 'x')"_s << 2
        << u"answers a comment that is not there"_s;
    QTest::newRow("a reply before its thread")
        << u"INSERT INTO comment (id, target_kind, target_id, parent_id, text) VALUES (0, 'map', 0, 1, 'x')"_s << 2
        << u"answers a comment that is not there"_s;
}

void TestComments::craftedTable()
{
    QFETCH(QString, sql);
    QFETCH(int, kept);
    QFETCH(QString, warning);
    const Id thread = m_doc->insertComment(commentOn(Comment::Target::Map, 0, u"thread"_s));
    QCOMPARE(thread, 1);
    const Id reply = m_doc->insertComment(commentOn(Comment::Target::Map, 0, u"reply"_s, thread));
    QCOMPARE(reply, 2);
    m_doc.reset();
    if (kept == 1)
        QCOMPARE(Test::runSql(m_path, {u"DELETE FROM comment WHERE id = 2"_s, sql}), QString());
    else
        QCOMPARE(Test::runSql(m_path, {sql}), QString());
    m_doc = Document::open(m_path);
    QCOMPARE(m_doc->comments().size(), kept);
    QVERIFY2(m_doc->warnings().join(u'\n').contains(warning), qPrintable(m_doc->warnings().join(u'\n')));
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
