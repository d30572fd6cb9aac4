#include "importmappingpage.h"

#include "importwizard.h"
#include "io/surveyimport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int ShownHeaderLength = 48; // long question texts are cut in the drop-downs

QString shortened(const QString &text)
{
    return text.size() > ShownHeaderLength ? text.left(ShownHeaderLength - 1) + u'\u2026' : text;
}

} // namespace

QString ImportMappingPage::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"stage"_s, QT_TR_NOOP("Stage (required)")},
        {u"touchpoint"_s, QT_TR_NOOP("Touchpoint")},
        {u"respondent"_s, QT_TR_NOOP("Respondent")},
        {u"nps"_s, QT_TR_NOOP("NPS (0\u201310)")},
        {u"csat"_s, QT_TR_NOOP("CSAT (1\u20135)")},
        {u"ces"_s, QT_TR_NOOP("CES (1\u20137)")},
        {u"fcr"_s, QT_TR_NOOP("Resolved on first contact")},
        {u"response_minutes"_s, QT_TR_NOOP("Response minutes")},
        {u"submitted_at"_s, QT_TR_NOOP("Submitted at")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_attributes(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the column that holds each answer. Every column not chosen becomes a segment attribute."));
    m_attributes->setObjectName(u"attributeColumns"_s);
    m_attributes->setWordWrap(true);
    m_table->setObjectName(u"csvPreview"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);

    // Two columns of drop-downs: nine fields fit without scrolling.
    auto *forms = new QHBoxLayout;
    QFormLayout *form = nullptr;
    const QStringList fields = SurveyImport::fieldNames();
    for (qsizetype f = 0; f < fields.size(); ++f) {
        if (f == 0 || f == 5) {
            form = new QFormLayout;
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            forms->addLayout(form, 1);
        }
        const QString field = fields.at(f);
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"map_"_s + field);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        form->addRow(fieldLabel(field) + u':', combo);
        m_combos.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
            m_wizard->setColumn(field, combo->currentData().toInt());
        });
    }
    auto *previewTitle = new QLabel(tr("The first rows of the file:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(forms);
    layout->addWidget(m_attributes);
    layout->addSpacing(6);
    layout->addWidget(previewTitle);
    layout->addWidget(m_table, 1);

    connect(m_wizard, &ImportWizard::fileChanged, this, &ImportMappingPage::fillCombos);
    connect(m_wizard, &ImportWizard::mappingChanged, this, &ImportMappingPage::showMapping);
}

void ImportMappingPage::initializePage()
{
    fillCombos();
}

void ImportMappingPage::fillCombos()
{
    const CsvPreview &preview = m_wizard->preview();
    for (auto it = m_combos.constBegin(); it != m_combos.constEnd(); ++it) {
        QComboBox *combo = *it;
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < preview.header.size(); ++c) {
            const QString header = preview.header.at(c).isEmpty() ? tr("column %1").arg(c + 1) : preview.header.at(c);
            combo->addItem(shortened(header), c);
            combo->setItemData(combo->count() - 1, header, Qt::ToolTipRole);
        }
    }
    m_table->clear();
    m_table->setColumnCount(int(preview.header.size()));
    m_table->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r) {
        const QStringList &row = preview.rows.at(r);
        for (int c = 0; c < row.size() && c < preview.header.size(); ++c) {
            auto *item = new QTableWidgetItem(row.at(c).simplified());
            item->setToolTip(row.at(c));
            m_table->setItem(r, c, item);
        }
    }
    showMapping();
}

void ImportMappingPage::showMapping()
{
    const CsvPreview &preview = m_wizard->preview();
    const QStringList fields = SurveyImport::fieldNames();
    QStringList roles(preview.header.size(), u"\u2192 "_s + tr("attribute"));
    for (const QString &field : fields) {
        QComboBox *combo = m_combos.value(field);
        const int column = m_wizard->column(field);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
        if (column >= 0 && column < roles.size())
            roles[column] = u"\u2192 "_s + field;
    }
    for (int c = 0; c < preview.header.size(); ++c) {
        const QString header = preview.header.at(c).isEmpty() ? tr("column %1").arg(c + 1) : preview.header.at(c);
        const QString shown = header.size() > 28 ? header.left(27) + u'\u2026' : header;
        auto *item = new QTableWidgetItem(shown + u'\n' + roles.at(c));
        item->setToolTip(header);
        m_table->setHorizontalHeaderItem(c, item);
    }
    // As wide as the values and headers, up to a limit: a long question text is in the tooltip.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 8, 240));
    const QStringList attributes = m_wizard->attributeColumns();
    m_attributes->setText(attributes.isEmpty() ? tr("No segment attributes: every column is an answer.")
                                               : tr("Segment attributes (the columns not chosen above): %1")
                                                     .arg(attributes.join(u", "_s)));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->column(u"stage"_s) >= 0;
}

} // namespace Waymark
