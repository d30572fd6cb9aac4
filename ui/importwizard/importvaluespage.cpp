#include "importvaluespage.h"

#include "importwizard.h"
#include "editor/mapsession.h"
#include "document/document.h"
#include "survey/surveyimport.h"
#include "survey/surveytext.h"
#include "survey/valuesuggestion.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

enum Column { FieldColumn, LabelColumn, RowsColumn, ValueColumn, NoteColumn, ColumnCount };

// What a value of `field` can be.
QStringList choicesFor(SurveyField field, const Document &document)
{
    QStringList choices;
    switch (field) {
    case SurveyField::Stage:
        for (const Stage &stage : document.stages())
            choices.append(stage.name);
        break;
    case SurveyField::Touchpoint:
        for (const Stage &stage : document.stages()) {
            for (const Id id : document.cardsOfStage(stage.id)) {
                if (document.card(id)->kind == CardKind::Touchpoint)
                    choices.append(document.card(id)->title);
            }
        }
        break;
    case SurveyField::Fcr:
        choices = {u"yes"_s, u"no"_s};
        break;
    default: {
        const int min = field == SurveyField::Nps ? 0 : 1;
        const int max = field == SurveyField::Nps ? 10 : field == SurveyField::Csat ? 5 : 7;
        for (int score = min; score <= max; ++score)
            choices.append(QString::number(score));
        break;
    }
    }
    return choices;
}

} // namespace

ImportValuesPage::ImportValuesPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setTitle(tr("Match the answers"));
    setSubTitle(tr("Labels and codes of the file that are no score or stage of their own: choose what each stands for."));
    m_summary->setObjectName(u"valuesSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"valueTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Answer"), tr("In the file"), tr("Rows"), tr("Stands for"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void ImportValuesPage::addRow(int field, const QString &label, qint64 rows, const QString &value, const QString &note)
{
    const SurveyField f = SurveyFields::at(field);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, FieldColumn, new QTableWidgetItem(SurveyFields::name(f)));
    m_table->setItem(row, LabelColumn, new QTableWidgetItem(label));
    auto *count = new QTableWidgetItem(rows > 0 ? QLocale().toString(rows) : QString());
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, RowsColumn, count);
    m_table->setItem(row, NoteColumn, new QTableWidgetItem(note));
    auto *combo = new QComboBox(m_table);
    combo->setObjectName(u"value_%1_%2"_s.arg(SurveyFields::name(f), label));
    combo->addItem(tr("(nothing: the row cannot be imported)"), QString());
    for (const QString &choice : choicesFor(f, *m_wizard->session()->document()))
        combo->addItem(choice, choice);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
    m_table->setCellWidget(row, ValueColumn, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, f, label, combo] {
        m_wizard->setValue(f, label, combo->currentData().toString());
    });
}

void ImportValuesPage::initializePage()
{
    m_table->setRowCount(0);
    if (!m_wizard->check()) {
        m_summary->setText(m_wizard->checkError().isEmpty()
                               ? tr("Reading was cancelled. Go back and press Next to read the file again.")
                               : u"<span style=\"color:#c81e1e\">%1</span>"_s.arg(m_wizard->checkError().toHtmlEscaped()));
        return;
    }
    // Copies: choosing a value makes the wizard read the file again, which ends this reading.
    const QStringList stages = m_wizard->checked()->report().stageNames;
    const QList<LabelTally> tallies = m_wizard->checked()->report().tallies;
    int suggested = 0, open = 0;
    // The values chosen before (remembered or on this page), then the file's values without a meaning.
    for (const ValueMap::Entry &entry : m_wizard->options().values.entries())
        addRow(SurveyFields::index(entry.field), entry.label, 0, entry.value, tr("chosen before"));
    for (const LabelTally &tally : tallies) {
        for (const QString &label : tally.unknownValues()) {
            const QString suggestion = ValueSuggestion::suggest(tally.field(), label, stages);
            if (!suggestion.isEmpty()) {
                m_wizard->setValue(tally.field(), label, suggestion);
                ++suggested;
            } else {
                ++open;
            }
            addRow(SurveyFields::index(tally.field()), label, tally.rowsWith(label), suggestion,
                   suggestion.isEmpty() ? QString() : tr("suggested"));
        }
    }
    m_table->resizeColumnToContents(FieldColumn);
    m_table->resizeColumnToContents(RowsColumn);
    m_table->resizeColumnToContents(NoteColumn);
    if (m_table->rowCount() == 0)
        m_summary->setText(tr("Every label and code in the file has a meaning: there is nothing to match."));
    else if (suggested + open == 0)
        m_summary->setText(tr("The values chosen before are used; change any here."));
    else if (open == 0)
        m_summary->setText(tr("%1 of the file's values had no meaning: each is filled with a suggestion. Check them.")
                               .arg(suggested));
    else
        m_summary->setText(tr("%1 of the file's values had no meaning: %2 are filled with a suggestion (check them), %3 still "
                              "need one. A row with a value that stands for nothing cannot be imported.")
                               .arg(suggested + open)
                               .arg(suggested)
                               .arg(open));
}

} // namespace Waymark
