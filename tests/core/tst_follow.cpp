// Two Documents on one file, as an editor and a read-only follower (another window, another
// login): what the writer commits reaches the follower's model through the per-entity
// signals the views listen to, with a reset only for a structural change.

#include "document/document.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestFollow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void followerSeesTheEdit_data();
    void followerSeesTheEdit();
    void responsesFollow();
    void ownEditsAreNotFollowedTwice();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_writer;
    std::unique_ptr<Document> m_follower;
};

void TestFollow::init()
{
    m_dir = Test::scratchDir();
    const QString path = m_dir->filePath(u"journey.waymark"_s);
    m_writer = Test::documentFromTemplate(path, u"phone-store"_s);
    m_follower = Document::open(path, Store::Access::ReadOnly);
    QVERIFY(m_follower->cardCount() > 1);
    QVERIFY(m_follower->stages().size() > 1);
    QVERIFY(m_follower->personas().size() > 0);
}

void TestFollow::followerSeesTheEdit_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QByteArray>("signal"); // the follower's signal that tells it
    QTest::addColumn<bool>("reset");
    QTest::addColumn<bool>("onlyAdded"); // whether the follower's undo history still applies

    QTest::newRow("card title") << u"cardTitle"_s << QByteArray(SIGNAL(valueChanged(Waymark::FieldRef))) << false << false;
    QTest::newRow("card added") << u"cardAdded"_s << QByteArray(SIGNAL(cardInserted(Waymark::Id))) << false << true;
    QTest::newRow("card removed") << u"cardRemoved"_s
                                  << QByteArray(SIGNAL(cardRemoved(Waymark::Id, Waymark::Id, Waymark::Id))) << false << false;
    QTest::newRow("card moved") << u"cardMoved"_s << QByteArray(SIGNAL(cardMoved(Waymark::Id, Waymark::Id, Waymark::Id)))
                                << false << false;
    QTest::newRow("stage renamed") << u"stageName"_s << QByteArray(SIGNAL(valueChanged(Waymark::FieldRef))) << false << false;
    QTest::newRow("emotion point") << u"emotion"_s << QByteArray(SIGNAL(emotionPointChanged(Waymark::Id, Waymark::Id)))
                                   << false << false;
    QTest::newRow("comment left") << u"comment"_s << QByteArray(SIGNAL(commentChanged(Waymark::Id))) << false << true;
    QTest::newRow("stage added") << u"stageAdded"_s << QByteArray(SIGNAL(reset())) << true << true;
}

void TestFollow::followerSeesTheEdit()
{
    QFETCH(QString, edit);
    QFETCH(QByteArray, signal);
    QFETCH(bool, reset);
    QFETCH(bool, onlyAdded);

    QSignalSpy told(m_follower.get(), signal.constData());
    QSignalSpy resets(m_follower.get(), &Document::reset);
    QSignalSpy outside(m_follower.get(), &Document::changedOutside);
    const Stage firstStage = m_writer->stages().first();
    const Id card = m_writer->cardsOfStage(firstStage.id).first();
    QElapsedTimer clock;
    clock.start();

    if (edit == u"cardTitle") {
        m_writer->setValue({Entity::Card, card, int(CardField::Title)}, u"Renamed elsewhere"_s);
    } else if (edit == u"cardAdded") {
        Card added = *m_writer->card(card);
        added.id = 0;
        added.position = 0;
        added.title = u"Added elsewhere"_s;
        m_writer->insertCard(added);
    } else if (edit == u"cardRemoved") {
        m_writer->removeCard(m_writer->cardsOfStage(m_writer->stages().last().id).last());
    } else if (edit == u"cardMoved") {
        const Card &moving = *m_writer->card(card);
        m_writer->moveCard(card, m_writer->stages().at(1).id, moving.lane, 0);
    } else if (edit == u"stageName") {
        m_writer->setValue({Entity::Stage, firstStage.id, int(StageField::Name)}, u"Discovery, renamed"_s);
    } else if (edit == u"emotion") {
        m_writer->setEmotionPoint({m_writer->personas().first().id, firstStage.id, -4, u"annoyed"_s});
    } else if (edit == u"comment") {
        Comment comment;
        comment.target = Comment::Target::Card;
        comment.targetId = card;
        comment.text = u"Said elsewhere"_s;
        m_writer->insertComment(comment);
    } else if (edit == u"stageAdded") {
        Stage stage;
        stage.name = u"Aftercare"_s;
        m_writer->insertStage(int(m_writer->stages().size()), stage);
    }

    QVERIFY(told.wait(1000) || told.count() > 0);
    qInfo("followed in %lld ms", qint64(clock.elapsed())); // a figure to read, not a bound
    QCOMPARE(resets.count() > 0, reset);
    QVERIFY(outside.count() > 0 || outside.wait(100));
    QCOMPARE(outside.last().at(0).toBool(), onlyAdded);
    // The follower's model is now the writer's.
    QCOMPARE(Test::dumpTables(m_follower->path()), Test::dumpTables(m_writer->path()));
    const MapData mine = m_follower->snapshot();
    const MapData theirs = m_writer->snapshot();
    QCOMPARE(mine.stages, theirs.stages);
    QCOMPARE(mine.cards, theirs.cards);
    QCOMPARE(mine.comments, theirs.comments);
    QCOMPARE(mine.emotionPoints, theirs.emotionPoints);
}

void TestFollow::responsesFollow()
{
    QSignalSpy told(m_follower.get(), &Document::responsesChanged);
    Response response;
    response.stage = m_writer->stages().first().id;
    response.nps = 9;
    m_writer->insertResponses(QList<Response>{response});
    QVERIFY(told.wait(1000));
    QCOMPARE(m_follower->responseCount(), m_writer->responseCount());
}

// The writer's own commits do not come back to it as changes from outside.
void TestFollow::ownEditsAreNotFollowedTwice()
{
    QSignalSpy outside(m_writer.get(), &Document::changedOutside);
    QSignalSpy followerTold(m_follower.get(), &Document::changedOutside);
    const Id card = m_writer->cardsOfStage(m_writer->stages().first().id).first();
    m_writer->setValue({Entity::Card, card, int(CardField::Title)}, u"Mine"_s);
    QVERIFY(followerTold.wait(1000));
    QCOMPARE(outside.count(), 0);
}

QTEST_GUILESS_MAIN(TestFollow)
#include "tst_follow.moc"
