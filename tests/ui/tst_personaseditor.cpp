// The Personas dialog: adding, editing and removing personas are undo steps, a chosen photo
// is scaled down and stored, a refused one is explained, and another map's cast can be
// imported in one step.

#include "document/document.h"
#include "editor/mapsession.h"
#include "io/personaphoto.h"
#include "personas/personaeditor.h"
#include "personas/personaimporter.h"
#include "personas/personaphotowell.h"
#include "personas/personasdialog.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Waymark;

class TestPersonasEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsThePersonas();
    void typingANameIsOneUndoStep();
    void empathyQuadrantCommitsOnLeaving();
    void addAndRemoveAreUndoSteps();
    void photoIsScaledAndStored();
    void refusedPhotoIsExplained();
    void importFromAnotherMap();
    void screenshots();

private:
    Document *doc() const { return m_session->document(); }
    QUndoStack *stack() const { return m_session->undoStack(); }
    void settle() { QCoreApplication::processEvents(); QCoreApplication::processEvents(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MapSession> m_session;
    std::unique_ptr<PersonasDialog> m_dialog;
};

void TestPersonasEditor::init()
{
    m_dir = Test::scratchDir();
    m_session = std::make_unique<MapSession>(Test::documentFromTemplate(m_dir->filePath(u"map.waymark"_s), u"phone-store"_s),
                                             false);
    m_dialog = std::make_unique<PersonasDialog>(m_session.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    settle();
}

void TestPersonasEditor::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_dir.reset();
}

void TestPersonasEditor::listsThePersonas()
{
    QCOMPARE(m_dialog->list()->count(), int(doc()->personas().size()));
    QCOMPARE(m_dialog->currentPersona(), doc()->personas().first().id);
    QVERIFY(m_dialog->editor());
    const Id second = doc()->personas().at(1).id;
    m_dialog->showPersona(second);
    QCOMPARE(m_dialog->editor()->persona(), second);
    auto *name = qobject_cast<QLineEdit *>(m_dialog->editor()->editorWidget(PersonaField::Name));
    QVERIFY(name);
    QCOMPARE(name->text(), doc()->persona(second)->name);
}

void TestPersonasEditor::typingANameIsOneUndoStep()
{
    const Id persona = m_dialog->currentPersona();
    const QString old = doc()->persona(persona)->name;
    auto *name = qobject_cast<QLineEdit *>(m_dialog->editor()->editorWidget(PersonaField::Name));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Priya"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(doc()->persona(persona)->name, u"Priya"_s);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Rename Persona"_s);
    settle();
    QVERIFY(m_dialog->list()->item(0)->text().startsWith(u"Priya"_s));
    stack()->undo();
    QCOMPARE(doc()->persona(persona)->name, old);
    settle();
    QCOMPARE(name->text(), old);
}

void TestPersonasEditor::empathyQuadrantCommitsOnLeaving()
{
    const Id persona = m_dialog->currentPersona();
    auto *feels = qobject_cast<QPlainTextEdit *>(m_dialog->editor()->editorWidget(PersonaField::Feels));
    QVERIFY(feels);
    feels->setFocus();
    feels->selectAll();
    QTest::keyClicks(feels, u"Relieved once it works"_s);
    QCOMPARE(stack()->count(), 0); // not while typing
    m_dialog->editor()->editorWidget(PersonaField::Says)->setFocus();
    settle();
    QCOMPARE(doc()->persona(persona)->feels, u"Relieved once it works"_s);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Change Feels"_s);
}

void TestPersonasEditor::addAndRemoveAreUndoSteps()
{
    const qsizetype before = doc()->personas().size();
    m_dialog->addPersona();
    QCOMPARE(doc()->personas().size(), before + 1);
    QCOMPARE(m_dialog->currentPersona(), doc()->personas().last().id);
    QCOMPARE(stack()->undoText(), u"Add Persona"_s);

    const Id first = doc()->personas().first().id;
    const qsizetype points = doc()->emotionPointsOf(first).size();
    QVERIFY(points > 0);
    m_dialog->showPersona(first);
    m_dialog->removePersona();
    QVERIFY(!doc()->persona(first));
    QCOMPARE(stack()->undoText(), u"Delete Persona"_s);
    QVERIFY(m_dialog->currentPersona() != 0);
    stack()->undo();
    QVERIFY(doc()->persona(first));
    QCOMPARE(doc()->emotionPointsOf(first).size(), points);
    stack()->undo();
    QCOMPARE(doc()->personas().size(), before);
    settle();
    QCOMPARE(m_dialog->list()->count(), int(before));
}

void TestPersonasEditor::photoIsScaledAndStored()
{
    const Id persona = m_dialog->currentPersona();
    const QString path = m_dir->filePath(u"portrait.jpg"_s);
    QImage image(1200, 1600, QImage::Format_RGB32);
    image.fill(QColor(0xf5, 0x9e, 0x0b));
    QVERIFY(image.save(path));
    QCOMPARE(m_dialog->editor()->photoWell()->setPhotoFromFile(path), QString());
    const QByteArray stored = doc()->persona(persona)->photo;
    QImage back;
    QVERIFY(back.loadFromData(stored));
    QCOMPARE(back.size(), QSize(192, 256));
    QCOMPARE(stack()->undoText(), u"Change Photo"_s);
    m_dialog->editor()->photoWell()->removePhoto();
    QVERIFY(doc()->persona(persona)->photo.isEmpty());
    stack()->undo();
    QCOMPARE(doc()->persona(persona)->photo, stored);
}

void TestPersonasEditor::refusedPhotoIsExplained()
{
    const QString path = m_dir->filePath(u"notes.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    const QString problem = m_dialog->editor()->photoWell()->setPhotoFromFile(path);
    QVERIFY2(problem.contains(u"notes.png"_s) && problem.contains(u"not an image"_s), qPrintable(problem));
    QCOMPARE(stack()->count(), 0);
}

void TestPersonasEditor::importFromAnotherMap()
{
    const QString other = m_dir->filePath(u"other.waymark"_s);
    Test::documentFromTemplate(other, u"saas-onboarding"_s).reset();
    const qsizetype before = doc()->personas().size();
    const QString message = PersonaImporter::importFrom(m_session.get(), other);
    QVERIFY2(message.startsWith(u"Imported"_s), qPrintable(message));
    QVERIFY(doc()->personas().size() > before);
    QCOMPARE(stack()->count(), 1);
    settle();
    QCOMPARE(m_dialog->list()->count(), int(doc()->personas().size()));
    // Again: everything is there already.
    const QString again = PersonaImporter::importFrom(m_session.get(), other);
    QVERIFY2(again.contains(u"Skipped"_s), qPrintable(again));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(doc()->personas().size(), before);
}

void TestPersonasEditor::screenshots()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    const QString path = m_dir->filePath(u"portrait.png"_s);
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(QColor(0x7c, 0x3a, 0xed));
    QVERIFY(image.save(path));
    m_dialog->editor()->photoWell()->setPhotoFromFile(path);
    settle();
    QTest::qWait(20);
    QVERIFY(m_dialog->grab().save(Test::artifactPath(u"personas-dialog.png"_s)));
    m_dialog->showPersona(doc()->personas().at(1).id);
    QTest::qWait(20);
    QVERIFY(m_dialog->grab().save(Test::artifactPath(u"personas-dialog-initials.png"_s)));
}

QTEST_MAIN(TestPersonasEditor)
#include "tst_personaseditor.moc"
