// File ▸ Export: what the dialog offers turns into the options and the file a script would get.

#include "canvasinput.h"

#include "dialogs/exportdialog.h"
#include "io/mapformat.h"
#include "render/uiformats.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImageReader>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace Waymark;
using namespace Waymark::CanvasInput;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEachKind_data();
    void writesEachKind();
    void kindChangesTheExtension();
    void selectionOnly();
    void stageRangeStaysOrdered();
    void failureKeepsTheDialogOpen();
};

void TestExportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_exportdialog"_s);
    registerUiFormats();
}

void TestExportDialog::writesEachKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << u"png"_s << u"png"_s << QByteArray("\x89PNG");
    QTest::newRow("svg") << u"svg"_s << u"svg"_s << QByteArray("<?xml");
    QTest::newRow("pdf") << u"pdf"_s << u"pdf"_s << QByteArray("%PDF");
    QTest::newRow("report") << u"report"_s << u"pdf"_s << QByteArray("%PDF");
    QTest::newRow("pdf slides") << u"slides"_s << u"pdf"_s << QByteArray("%PDF");
    QTest::newRow("pptx") << u"pptx"_s << u"pptx"_s << QByteArray("PK\x03\x04");
    QTest::newRow("json") << u"json"_s << u"json"_s << QByteArray("{");
}

void TestExportDialog::writesEachKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, extension);
    QFETCH(QByteArray, magic);
    Canvas c;
    const auto dir = Test::scratchDir();
    ExportDialog dialog(&c.session);
    dialog.setKind(kind);
    QCOMPARE(dialog.kind(), kind);
    QVERIFY2(dialog.path().endsWith(u'.' + extension), qPrintable(dialog.path()));
    const QString path = dir->filePath(u"out."_s + extension);
    dialog.setPath(path);
    QCOMPARE(dialog.options().report, kind == u"report"_s);
    QCOMPARE(dialog.options().slides, kind == u"slides"_s);
    QVERIFY(dialog.exportNow());
    QVERIFY(dialog.lastError().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(magic.size()) == magic);
}

void TestExportDialog::kindChangesTheExtension()
{
    Canvas c;
    ExportDialog dialog(&c.session);
    dialog.setKind(u"png"_s);
    dialog.setPath(u"/tmp/journey map.png"_s);
    dialog.setKind(u"svg"_s);
    QCOMPARE(dialog.path(), u"/tmp/journey map.svg"_s);
    dialog.setKind(u"report"_s);
    QCOMPARE(dialog.path(), u"/tmp/journey map.pdf"_s);
    QCOMPARE(dialog.format()->name(), u"pdf"_s);
    // The resolution is for PNG only, the page size for PDF only.
    QVERIFY(!dialog.findChild<QSpinBox *>()->isEnabled());
    dialog.setKind(u"png"_s);
    QVERIFY(dialog.findChild<QSpinBox *>()->isEnabled());
    dialog.adjustSize();
    dialog.grab().save(Test::artifactPath(u"export-dialog.png"_s));
}

void TestExportDialog::selectionOnly()
{
    Canvas c;
    {
        ExportDialog dialog(&c.session);
        QCheckBox *only = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            if (box->text().contains(u"selected"_s))
                only = box;
        QVERIFY(only);
        QVERIFY(!only->isEnabled()); // nothing selected
    }
    const QList<Id> cards = c.doc()->cardsOfStage(c.doc()->stages().at(0).id).mid(0, 2);
    c.session.selection()->set({ElementRef{Entity::Card, cards.at(0)}, ElementRef{Entity::Card, cards.at(1)}});
    ExportDialog dialog(&c.session);
    dialog.setKind(u"svg"_s);
    QCheckBox *only = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        if (box->text().contains(u"selected"_s))
            only = box;
    QVERIFY(only && only->isEnabled());
    QVERIFY(dialog.options().selection.isEmpty());
    only->setChecked(true);
    QCOMPARE(dialog.options().selection.size(), cards.size());
    dialog.setKind(u"report"_s); // the report always holds the whole map
    QVERIFY(!only->isEnabled());
    QVERIFY(dialog.options().selection.isEmpty());
}

void TestExportDialog::stageRangeStaysOrdered()
{
    Canvas c;
    ExportDialog dialog(&c.session);
    const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
    QComboBox *first = nullptr;
    QComboBox *last = nullptr;
    for (QComboBox *combo : combos) {
        // The stage pickers list the stage names (the format picker may have as many entries).
        if (combo->count() == c.doc()->stages().size() && combo->itemText(0) == c.doc()->stages().at(0).name) {
            (first ? last : first) = combo;
        }
    }
    QVERIFY(first && last);
    QCOMPARE(dialog.options().firstStage, 0);
    QCOMPARE(dialog.options().lastStage, int(c.doc()->stages().size()) - 1);
    last->setCurrentIndex(2);
    first->setCurrentIndex(4); // past the last: the last follows
    QCOMPARE(dialog.options().firstStage, 4);
    QCOMPARE(dialog.options().lastStage, 4);
    last->setCurrentIndex(1); // before the first: the first follows
    QCOMPARE(dialog.options().firstStage, 1);
}

void TestExportDialog::failureKeepsTheDialogOpen()
{
    Canvas c;
    ExportDialog dialog(&c.session);
    dialog.setKind(u"pdf"_s);
    const QString path = u"/nonexistent-folder/map.pdf"_s;
    dialog.setPath(path);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.lastError().contains(path), qPrintable(dialog.lastError()));
    QVERIFY(!QFileInfo::exists(path));
    // The explanation is on screen; dismiss it.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
