#include "chartfilter.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// Refills `combo` after its first, fixed item, keeping the current data where it remains.
void refill(QComboBox *combo, const QList<std::pair<QVariant, QString>> &items)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[data, text] : items) {
        combo->addItem(text, data);
        combo->setItemData(combo->count() - 1, text, Qt::ToolTipRole);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QList<std::pair<QVariant, QString>> items(const QStringList &texts)
{
    QList<std::pair<QVariant, QString>> list;
    for (const QString &text : texts)
        list.append({text, text});
    return list;
}

QComboBox *combo(const QString &name, const QString &first, const QVariant &firstData, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(first, firstData);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return box;
}

// The first row's combos keep the names tests and accessibility tools know; later rows number.
QString rowName(const QString &base, int index)
{
    return index == 0 ? base : base + QString::number(index + 1);
}

} // namespace

ChartFilter::ChartFilter(QWidget *parent)
    : QWidget(parent)
    , m_persona(combo(u"persona"_s, tr("Every persona"), Id(0), this))
    , m_grid(new QGridLayout(this))
    , m_and(new QToolButton(this))
{
    m_persona->setToolTip(tr("Leave out the responses about touchpoints tagged only with other personas, "
                             "and dim those cards on the canvas"));
    m_and->setObjectName(u"addSegmentCondition"_s);
    m_and->setText(tr("And\u2026"));
    m_and->setToolTip(tr("Narrow the segment by another attribute (all conditions must hold)"));
    m_and->setAutoRaise(true);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    connect(m_persona, &QComboBox::currentIndexChanged, this, &ChartFilter::changed);
    connect(m_and, &QToolButton::clicked, this, [this] {
        addRow();
        emit changed();
    });
    addRow();
}

void ChartFilter::addRow()
{
    const int index = int(m_rows.size());
    Row row{combo(rowName(u"segmentAttribute"_s, index), index == 0 ? tr("All responses") : tr("Any"), QString(), this),
            combo(rowName(u"segmentValue"_s, index), tr("All values"), QString(), this), new QToolButton(this)};
    row.attribute->setToolTip(tr("Show the figures of one segment of the respondents"));
    row.value->setEnabled(false);
    row.remove->setText(u"\u00d7"_s);
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Remove this condition"));
    row.remove->setAccessibleName(tr("Remove condition"));
    refill(row.attribute, items(m_attributes));
    m_rows.append(row);
    connect(row.attribute, &QComboBox::currentIndexChanged, this, [this, box = row.attribute] {
        for (const Row &r : std::as_const(m_rows)) {
            if (r.attribute == box) {
                const QSignalBlocker blocker(r.value);
                fillValues(r);
                r.value->setCurrentIndex(0);
            }
        }
        updateButtons();
        emit changed();
    });
    connect(row.value, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        emit changed();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, button = row.remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == button) {
                removeRow(i);
                emit changed();
                return;
            }
        }
    });
    layOut();
    updateButtons();
}

void ChartFilter::removeRow(int index)
{
    const Row row = m_rows.takeAt(index);
    // Later: the click that removes it is still being delivered to its button.
    row.attribute->deleteLater();
    row.value->deleteLater();
    row.remove->deleteLater();
    row.attribute->hide();
    row.value->hide();
    row.remove->hide();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i).attribute->setObjectName(rowName(u"segmentAttribute"_s, i));
        m_rows.at(i).value->setObjectName(rowName(u"segmentValue"_s, i));
    }
    layOut();
    updateButtons();
}

void ChartFilter::layOut()
{
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the widgets stay, to be placed again
    for (int i = 0; i < m_rows.size(); ++i) {
        auto *label = new QLabel(i == 0 ? tr("Segment:") : tr("and"), this);
        label->setObjectName(u"segmentRowLabel"_s);
        m_grid->addWidget(label, i, 0, Qt::AlignRight);
        m_grid->addWidget(m_rows.at(i).attribute, i, 1);
        m_grid->addWidget(m_rows.at(i).value, i, 2);
        m_grid->addWidget(m_rows.at(i).remove, i, 3);
    }
    // Labels of rows that are gone.
    const QList<QLabel *> labels = findChildren<QLabel *>(u"segmentRowLabel"_s, Qt::FindDirectChildrenOnly);
    for (QLabel *label : labels) {
        if (m_grid->indexOf(label) < 0)
            label->deleteLater();
    }
    const int last = int(m_rows.size());
    m_grid->addWidget(m_and, last, 1, Qt::AlignLeft);
    auto *persona = new QLabel(tr("Persona:"), this);
    persona->setObjectName(u"segmentRowLabel"_s);
    m_grid->addWidget(persona, last + 1, 0, Qt::AlignRight);
    m_grid->addWidget(m_persona, last + 1, 1, 1, 2);
}

void ChartFilter::updateButtons()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.value->setEnabled(!row.attribute->currentData().toString().isEmpty());
        // The first row is the segment itself: "All responses" clears it.
        row.remove->setVisible(i > 0);
    }
    const Row &last = m_rows.last();
    m_and->setEnabled(!last.value->currentData().toString().isEmpty() && m_rows.size() < m_attributes.size());
}

void ChartFilter::fillValues(const Row &row)
{
    const QString attribute = row.attribute->currentData().toString();
    refill(row.value, items(attribute.isEmpty() || !m_valuesOf ? QStringList() : m_valuesOf(attribute)));
}

QList<SegmentCondition> ChartFilter::conditions() const
{
    QList<SegmentCondition> list;
    for (const Row &row : m_rows) {
        const QString attribute = row.attribute->currentData().toString();
        const QString value = row.value->currentData().toString();
        if (!attribute.isEmpty() && !value.isEmpty())
            list.append({attribute, value});
    }
    return list;
}

QString ChartFilter::breakdown() const
{
    QString by;
    for (const Row &row : m_rows) {
        if (!row.attribute->currentData().toString().isEmpty() && row.value->currentData().toString().isEmpty())
            by = row.attribute->currentData().toString();
    }
    return by;
}

Id ChartFilter::persona() const
{
    return m_persona->currentData().toLongLong();
}

void ChartFilter::setAttributes(const QStringList &attributes, std::function<QStringList(const QString &)> valuesOf)
{
    m_attributes = attributes;
    m_valuesOf = std::move(valuesOf);
    for (const Row &row : std::as_const(m_rows)) {
        refill(row.attribute, items(attributes));
        fillValues(row);
    }
    updateButtons();
}

void ChartFilter::setPersonas(const QList<std::pair<Id, QString>> &personas)
{
    QList<std::pair<QVariant, QString>> list;
    for (const auto &[id, name] : personas)
        list.append({QVariant::fromValue(id), name});
    refill(m_persona, list);
}

void ChartFilter::setFilter(Id persona, const QList<SegmentCondition> &conditions)
{
    if (persona == this->persona() && conditions == this->conditions())
        return;
    {
        const QSignalBlocker blocker(m_persona);
        const int index = m_persona->findData(QVariant::fromValue(persona));
        m_persona->setCurrentIndex(index < 0 ? 0 : index);
    }
    while (m_rows.size() > std::max<qsizetype>(1, conditions.size()))
        removeRow(int(m_rows.size()) - 1);
    while (m_rows.size() < conditions.size())
        addRow();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QSignalBlocker attributeBlocker(row.attribute);
        const QSignalBlocker valueBlocker(row.value);
        const SegmentCondition wanted = i < conditions.size() ? conditions.at(i) : SegmentCondition{};
        int a = row.attribute->findData(wanted.attribute);
        // A breakdown row stays a breakdown when no condition takes its place.
        if (wanted.attribute.isEmpty() && !row.attribute->currentData().toString().isEmpty() && conditions.isEmpty()
            && row.value->currentData().toString().isEmpty())
            continue;
        row.attribute->setCurrentIndex(a < 0 ? 0 : a);
        fillValues(row);
        const int v = row.value->findData(wanted.value);
        row.value->setCurrentIndex(v < 0 ? 0 : v);
    }
    updateButtons();
}

} // namespace Waymark
