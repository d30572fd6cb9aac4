// File ▸ Export: what the dialog offers turns into the options and the file a script would get.

#include "canvasinput.h"

#include "dialogs/exportdialog.h"
#include "editor/metricscache.h"
#include "io/formatregistry.h"
#include "io/mapformat.h"
#include "render/uiformats.h"

#include <QListWidget>

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
    void listsExactlyTheRegisteredFormats();
    void enablesWhatTheKindHonours_data();
    void enablesWhatTheKindHonours();
    void lanesForMermaid();
    void writesEachKind_data();
    void writesEachKind();
    void kindChangesTheExtension();
    void selectionOnly();
    void stageRangeStaysOrdered();
    void failureKeepsTheDialogOpen();
    void compactAndMeasuredCurve();
};

void TestExportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"WaymarkTests"_s);
    QCoreApplication::setApplicationName(u"tst_exportdialog"_s);
    registerUiFormats();
}

// The Format list is the registry's: every format that writes and each of its variants,
// once, and nothing else (not the formats that only read).
void TestExportDialog::listsExactlyTheRegisteredFormats()
{
    Canvas c;
    ExportDialog dialog(&c.session);
    auto *combo = dialog.findChild<QComboBox *>();
    QStringList listed;
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemData(i).toString().isEmpty())
            listed.append(combo->itemData(i).toString());
    }
    QStringList expected;
    for (const bool drawing : {true, false}) {
        for (const MapFormat *format : FormatRegistry::instance().formats(FormatRegistry::Purpose::Write)) {
            if (format->needsGui() != drawing)
                continue;
            expected.append(format->name());
            for (const FormatVariant &variant : format->variants())
                expected.append(variant.key);
        }
    }
    QCOMPARE(listed, expected);
    QCOMPARE(listed, (QStringList{u"png"_s, u"svg"_s, u"pdf"_s, u"report"_s, u"slides"_s, u"pptx"_s, u"json"_s, u"mermaid"_s,
                                  u"csv"_s, u"roadmap"_s}));
    for (const MapFormat *format : FormatRegistry::instance().formats(FormatRegistry::Purpose::Read)) {
        if (!format->canWrite())
            QVERIFY2(!listed.contains(format->name()), qPrintable(format->name()));
    }
    // Labels are the formats' own.
    QCOMPARE(combo->itemText(combo->findData(u"mermaid"_s)), FormatRegistry::instance().byName(u"mermaid"_s)->label());
    QCOMPARE(combo->itemText(combo->findData(u"roadmap"_s)), FormatRegistry::instance().byName(u"csv"_s)->variant(u"roadmap"_s)->label);
}

void TestExportDialog::enablesWhatTheKindHonours_data()
{
    QTest::addColumn<QString>("kind");
    for (const ExportDialog::Kind &kind : ExportDialog::kinds())
        QTest::newRow(qPrintable(kind.key)) << kind.key;
}

void TestExportDialog::enablesWhatTheKindHonours()
{
    QFETCH(QString, kind);
    Canvas c;
    // With cards selected, so that "only the selected cards" can be on where it applies.
    const QList<Id> cards = c.doc()->cardsOfStage(c.doc()->stages().at(0).id).mid(0, 1);
    c.session.selection()->set({ElementRef{Entity::Card, cards.at(0)}});
    // And a view filter on, so that "figures of the view filter only" can be on too.
    const Id persona = c.doc()->personas().first().id;
    c.session.metrics()->setFilter(persona, {});
    ExportDialog dialog(&c.session);
    dialog.setKind(kind);
    QCOMPARE(dialog.kind(), kind);
    QList<ExportOption> honoured;
    for (const ExportDialog::Kind &k : ExportDialog::kinds())
        if (k.key == kind)
            honoured = k.options;
    // A variant's switch (--report) is a kind of its own in the list, not a control.
    QList<ExportOption> variantSwitches;
    for (const MapFormat *format : FormatRegistry::instance().formats(FormatRegistry::Purpose::Write)) {
        for (const FormatVariant &variant : format->variants())
            variantSwitches.append(variant.option);
    }
    for (const ExportOptionInfo &info : exportOptionInfos()) {
        const QList<QWidget *> controls = dialog.controlsOf(info.option);
        if (variantSwitches.contains(info.option)) {
            QVERIFY(controls.isEmpty()); // a variant of its own in the list
            continue;
        }
        QVERIFY2(!controls.isEmpty(), qPrintable(u"no control for "_s + exportOptionHelp(info.option)));
        for (QWidget *w : controls)
            QVERIFY2(w->isEnabled() == honoured.contains(info.option), qPrintable(kind + u": "_s + w->objectName()));
    }
    // The view filter goes with the pictures, the report and the slides, on by default.
    QCOMPARE(dialog.options().persona, honoured.contains(ExportOption::Segment) ? persona : Id(0));
    QCOMPARE(dialog.options().report, kind == u"report"_s);
    QCOMPARE(dialog.options().slides, kind == u"slides"_s);
    QCOMPARE(dialog.options().roadmap, kind == u"roadmap"_s);
}

void TestExportDialog::lanesForMermaid()
{
    Canvas c;
    ExportDialog dialog(&c.session);
    dialog.setKind(u"mermaid"_s);
    auto *lanes = dialog.findChild<QListWidget *>(u"option-lane"_s);
    QVERIFY(lanes && lanes->isEnabled());
    QCOMPARE(lanes->count(), int(c.doc()->lanes().size()));
    // The format's own choice to start with: the customer-actions lane.
    QList<Id> checked;
    for (int i = 0; i < lanes->count(); ++i)
        if (lanes->item(i)->checkState() == Qt::Checked)
            checked.append(lanes->item(i)->data(Qt::UserRole).toLongLong());
    QCOMPARE(checked.size(), 1);
    QCOMPARE(c.doc()->lane(checked.first())->kind, LaneKind::CustomerActions);
    QCOMPARE(dialog.options().lanes, checked);
    // Nothing checked: nothing to export, and the dialog says so.
    lanes->item(lanes->row(lanes->findItems(c.doc()->lane(checked.first())->name, Qt::MatchExactly).first()))->setCheckState(Qt::Unchecked);
    const auto dir = Test::scratchDir();
    dialog.setPath(dir->filePath(u"j.mmd"_s));
    QVERIFY(!dialog.exportNow());
    QVERIFY(!QFileInfo::exists(dir->filePath(u"j.mmd"_s)));
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
    // Two lanes: both lanes' cards become tasks.
    for (int i = 0; i < lanes->count(); ++i) {
        const LaneKind k = c.doc()->lane(lanes->item(i)->data(Qt::UserRole).toLongLong())->kind;
        lanes->item(i)->setCheckState(k == LaneKind::CustomerActions || k == LaneKind::Touchpoints ? Qt::Checked : Qt::Unchecked);
    }
    QCOMPARE(dialog.options().lanes.size(), 2);
    dialog.adjustSize();
    dialog.grab().save(Test::artifactPath(u"export-dialog-mermaid.png"_s));
    QVERIFY(dialog.exportNow());
    QFile file(dir->filePath(u"j.mmd"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Compares tariffs on three networks"));
    QVERIFY(text.contains("Handset and tariff pages"));
}

void TestExportDialog::writesEachKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QByteArray>("magic");
    const QHash<QString, QByteArray> magic = {{u"png"_s, QByteArray("\x89PNG")}, {u"svg"_s, QByteArray("<?xml")},
                                              {u"pdf"_s, QByteArray("%PDF")},     {u"report"_s, QByteArray("%PDF")},
                                              {u"slides"_s, QByteArray("%PDF")},  {u"pptx"_s, QByteArray("PK\x03\x04")},
                                              {u"json"_s, QByteArray("{")},       {u"mermaid"_s, QByteArray("journey\n")},
                                              {u"csv"_s, QByteArray("\xEF\xBB\xBFStage,")},
                                              {u"roadmap"_s, QByteArray("\xEF\xBB\xBFSummary,")}};
    for (const ExportDialog::Kind &kind : ExportDialog::kinds()) {
        QVERIFY2(magic.contains(kind.key), qPrintable(u"what does a "_s + kind.key + u" file start with?"_s));
        QTest::newRow(qPrintable(kind.key)) << kind.key << kind.format->extensions().constFirst() << magic.value(kind.key);
    }
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

void TestExportDialog::compactAndMeasuredCurve()
{
    Canvas c;
    const auto dir = Test::scratchDir();
    ExportDialog dialog(&c.session);
    auto *compact = dialog.findChild<QCheckBox *>(u"option-compact"_s);
    QVERIFY(compact);
    compact->setChecked(false);
    // Every word by default, as the command line; the canvas says whether its curve is drawn.
    QVERIFY(!dialog.options().compact);
    QVERIFY(dialog.options().measuredEmotion);
    dialog.setMeasuredEmotion(false);
    QVERIFY(!dialog.options().measuredEmotion);
    dialog.setKind(u"png"_s);
    dialog.setPath(dir->filePath(u"full.png"_s));
    QVERIFY(dialog.exportNow());
    QTest::mouseClick(compact, Qt::LeftButton, {}, QPoint(8, compact->height() / 2));
    QVERIFY(dialog.options().compact);
    dialog.setPath(dir->filePath(u"compact.png"_s));
    QVERIFY(dialog.exportNow());
    QVERIFY(QImageReader(dir->filePath(u"compact.png"_s)).size().height() < QImageReader(dir->filePath(u"full.png"_s)).size().height());
    // A JSON export has no cards to cut.
    dialog.setKind(u"json"_s);
    QVERIFY(!compact->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
