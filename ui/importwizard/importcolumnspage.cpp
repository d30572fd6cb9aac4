#include "importcolumnspage.h"

#include "importwizard.h"
#include "survey/surveyimport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int ShownLength = 56; // long question texts are cut in the drop-downs

QString shortened(const QString &text, int length = ShownLength)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + u'\u2026' : simple;
}

// "Q3 · Overall, how satisfied…" when the column has a tag besides its text.
QString columnText(const SurveyColumn &column)
{
    if (column.key == column.label)
        return column.key;
    return column.key + u" \u00b7 "_s + column.label;
}

} // namespace

QString ImportColumnsPage::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"stage"_s, QT_TR_NOOP("Stage (required)")},
        {u"touchpoint"_s, QT_TR_NOOP("Touchpoint")},
        {u"respondent"_s, QT_TR_NOOP("Respondent id")},
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

ImportColumnsPage::ImportColumnsPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_excluded(new QListWidget(this))
    , m_attributes(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the column that holds each answer. Columns not chosen are segment attributes, except those "
                   "left out below."));
    m_excluded->setObjectName(u"excludedColumns"_s);
    m_excluded->setMaximumHeight(fontMetrics().height() * 6);
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
    const QStringList fields = SurveyFields::names();
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
        combo->setMinimumContentsLength(18);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        form->addRow(fieldLabel(field) + u':', combo);
        m_combos.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] { m_wizard->setColumn(field, combo->currentData().toInt()); });
    }
    auto *excludedTitle = new QLabel(tr("Left out (tick a column to keep it as a segment attribute):"), this);
    auto *previewTitle = new QLabel(tr("The first responses of the file:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(forms);
    layout->addWidget(excludedTitle);
    layout->addWidget(m_excluded);
    layout->addWidget(m_attributes);
    layout->addSpacing(4);
    layout->addWidget(previewTitle);
    layout->addWidget(m_table, 1);

    connect(m_excluded, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_wizard->setKept(item->data(Qt::UserRole).toInt(), item->checkState() == Qt::Checked);
    });
    connect(m_wizard, &ImportWizard::fileChanged, this, &ImportColumnsPage::fillCombos);
    connect(m_wizard, &ImportWizard::mappingChanged, this, &ImportColumnsPage::showMapping);
}

void ImportColumnsPage::initializePage()
{
    fillCombos();
}

void ImportColumnsPage::fillCombos()
{
    const SurveyImport *head = m_wizard->head();
    for (auto it = m_combos.constBegin(); it != m_combos.constEnd(); ++it) {
        QComboBox *combo = *it;
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        if (!head)
            continue;
        for (const SurveyColumn &column : head->layout().columns) {
            combo->addItem(shortened(columnText(column)), column.index);
            combo->setItemData(combo->count() - 1, columnText(column), Qt::ToolTipRole);
        }
    }
    showMapping();
}

void ImportColumnsPage::showMapping()
{
    const SurveyImport *head = m_wizard->head();
    for (const QString &field : SurveyFields::names()) {
        QComboBox *combo = m_combos.value(field);
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(m_wizard->column(field))));
    }
    {
        const QSignalBlocker blocker(m_excluded);
        m_excluded->clear();
        if (head) {
            const ColumnPlan &plan = head->plan();
            const auto add = [&](int column, const QString &why, bool kept) {
                auto *item = new QListWidgetItem(u"%1 \u2014 %2"_s.arg(shortened(columnText(head->layout().columns.at(column)), 70), why),
                                                 m_excluded);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(kept ? Qt::Checked : Qt::Unchecked);
                item->setData(Qt::UserRole, column);
            };
            // Personal data first: what the user most needs to know is not stored.
            for (const ColumnExclusion::Kind kind : {ColumnExclusion::Kind::Personal, ColumnExclusion::Kind::Metadata}) {
                for (const ColumnPlan::Excluded &excluded : plan.excluded) {
                    if (excluded.why.kind == kind)
                        add(excluded.column, kind == ColumnExclusion::Kind::Personal ? tr("personal data: %1").arg(excluded.why.what)
                                                                                     : excluded.why.what,
                            false);
                }
            }
            for (const int column : plan.kept)
                add(column, tr("kept"), true);
        }
        m_excluded->setVisible(m_excluded->count() > 0);
    }
    const QStringList attributes = m_wizard->attributeColumns();
    m_attributes->setText(attributes.isEmpty() ? tr("No segment attributes: every column is an answer or left out.")
                                               : tr("Segment attributes: %1").arg(attributes.join(u", "_s)));
    showPreview();
    emit completeChanged();
}

void ImportColumnsPage::showPreview()
{
    const SurveyImport *head = m_wizard->head();
    m_table->clear();
    if (!head) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        return;
    }
    const QList<SurveyColumn> &columns = head->layout().columns;
    const QList<QStringList> &rows = head->sample();
    const ColumnPlan &plan = head->plan();
    m_table->setColumnCount(int(columns.size()));
    m_table->setRowCount(int(std::min<qsizetype>(rows.size(), 50)));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < columns.size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c).simplified());
            item->setToolTip(rows.at(r).at(c));
            if (plan.isExcluded(c))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    }
    for (const SurveyColumn &column : columns) {
        QString role = u"\u2192 "_s + tr("attribute");
        if (const std::optional<SurveyField> field = plan.fieldOf(column.index))
            role = u"\u2192 "_s + SurveyFields::name(*field);
        else if (plan.isExcluded(column.index))
            role = tr("left out");
        auto *item = new QTableWidgetItem(shortened(column.key, 28) + u'\n' + role);
        item->setToolTip(columnText(column));
        m_table->setHorizontalHeaderItem(column.index, item);
    }
    // As wide as the values and headers, up to a limit: a long question text is in the tooltip.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 8, 220));
}

bool ImportColumnsPage::isComplete() const
{
    return m_wizard->column(u"stage"_s) >= 0;
}

} // namespace Waymark
