#include "chartfilter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSignalBlocker>

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

} // namespace

ChartFilter::ChartFilter(QWidget *parent)
    : QWidget(parent)
    , m_attribute(combo(u"segmentAttribute"_s, tr("All responses"), QString(), this))
    , m_value(combo(u"segmentValue"_s, tr("All values"), QString(), this))
    , m_persona(combo(u"persona"_s, tr("Everyone"), Id(0), this))
{
    m_attribute->setToolTip(tr("Show the figures of one segment of the respondents"));
    m_persona->setToolTip(tr("Count only the responses about touchpoints tagged with the persona"));
    m_value->setEnabled(false);

    auto *segment = new QHBoxLayout;
    segment->setContentsMargins(0, 0, 0, 0);
    segment->addWidget(m_attribute, 1);
    segment->addWidget(m_value, 1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Segment:"), segment);
    form->addRow(tr("Persona:"), m_persona);

    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker blocker(m_value);
        refill(m_value, {});
        m_value->setEnabled(!attribute().isEmpty());
        emit changed();
    });
    connect(m_value, &QComboBox::currentIndexChanged, this, &ChartFilter::changed);
    connect(m_persona, &QComboBox::currentIndexChanged, this, &ChartFilter::changed);
}

QString ChartFilter::attribute() const
{
    return m_attribute->currentData().toString();
}

QString ChartFilter::value() const
{
    return m_value->currentData().toString();
}

Id ChartFilter::persona() const
{
    return m_persona->currentData().toLongLong();
}

void ChartFilter::setAttributes(const QStringList &attributes)
{
    QList<std::pair<QVariant, QString>> items;
    for (const QString &attribute : attributes)
        items.append({attribute, attribute});
    refill(m_attribute, items);
    m_value->setEnabled(!attribute().isEmpty());
}

void ChartFilter::setValues(const QStringList &values)
{
    QList<std::pair<QVariant, QString>> items;
    for (const QString &value : values)
        items.append({value, value});
    refill(m_value, items);
}

void ChartFilter::setPersonas(const QList<std::pair<Id, QString>> &personas)
{
    QList<std::pair<QVariant, QString>> items;
    for (const auto &[id, name] : personas)
        items.append({QVariant::fromValue(id), name});
    refill(m_persona, items);
}

} // namespace Waymark
