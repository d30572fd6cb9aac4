#include "businessfiguresdialog.h"

#include "businessfiguresdelegate.h"
#include "commands/addcommand.h"
#include "commands/documentcommand.h"
#include "commands/removecommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "model/fields.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QVariant cellValue(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(Qt::EditRole) : QVariant();
}

} // namespace

BusinessFiguresDialog::BusinessFiguresDialog(MapSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"businessFiguresDialog"_s);
    setWindowTitle(tr("Business Figures"));
    m_table->setObjectName(u"businessFigures"_s);
    QStringList headers;
    for (int field = 0; field <= int(BusinessField::ExpectedYears); ++field)
        headers.append(fieldLabel(Entity::BusinessPeriod, field));
    headers << tr("Churn") << tr("CLV");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(ChurnColumn)->setToolTip(tr("Churn rate = customers lost / customers at start"));
    m_table->horizontalHeaderItem(ClvColumn)->setToolTip(
        tr("Customer lifetime value = average order value \u00d7 purchases per year \u00d7 expected years"));
    m_table->setItemDelegate(new BusinessFiguresDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_note->setWordWrap(true);
    m_note->setText(tr("Churn and CLV follow from the figures. The metrics report shows those of the last period."));

    auto *add = new QPushButton(tr("&Add Period"), this);
    add->setObjectName(u"addPeriod"_s);
    m_remove->setObjectName(u"removePeriod"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &BusinessFiguresDialog::addPeriod);
    connect(m_remove, &QPushButton::clicked, this, &BusinessFiguresDialog::removeSelectedPeriods);
    connect(buttons, &QDialogButtonBox::accepted, this, &BusinessFiguresDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BusinessFiguresDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() < ChurnColumn)
            updateDerived(item->row());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BusinessFiguresDialog::updateButtons);

    if (session) {
        for (const BusinessPeriod &period : session->document()->businessPeriods())
            appendRow(period);
        const bool editable = !session->document()->isReadOnly();
        add->setEnabled(editable);
        m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    }
    updateButtons();
    resize(std::max(960, m_table->horizontalHeader()->length() + 60), 380);
}

BusinessFiguresDialog::~BusinessFiguresDialog() = default;

void BusinessFiguresDialog::appendRow(const BusinessPeriod &period)
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QVariant values[] = {period.period, period.customersStart, period.customersLost, period.averageOrderValue,
                               period.purchasesPerYear, period.expectedYears};
    for (int column = PeriodColumn; column <= YearsColumn; ++column) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, values[column]);
        if (column != PeriodColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
    m_table->item(row, PeriodColumn)->setData(IdRole, period.id);
    for (const int column : {ChurnColumn, ClvColumn}) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(palette().brush(QPalette::PlaceholderText));
        m_table->setItem(row, column, item);
    }
    m_filling = false;
    updateDerived(row);
}

void BusinessFiguresDialog::updateDerived(int row)
{
    const QList<BusinessPeriod> all = periods();
    if (row < 0 || row >= all.size())
        return;
    const BusinessPeriod &period = all.at(row);
    m_filling = true;
    const QLocale locale;
    m_table->item(row, ChurnColumn)->setText(
        period.customersStart > 0
            ? locale.toString(100.0 * double(period.customersLost) / double(period.customersStart), 'f', 1) + u" %"_s
            : u"\u2014"_s);
    m_table->item(row, ClvColumn)->setText(
        locale.toString(period.averageOrderValue * period.purchasesPerYear * period.expectedYears, 'f', 2));
    m_filling = false;
}

QList<BusinessPeriod> BusinessFiguresDialog::periods() const
{
    QList<BusinessPeriod> periods;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        BusinessPeriod period;
        period.id = m_table->item(row, PeriodColumn)->data(IdRole).toLongLong();
        period.period = cellValue(m_table, row, PeriodColumn).toString();
        period.customersStart = cellValue(m_table, row, CustomersStartColumn).toLongLong();
        period.customersLost = cellValue(m_table, row, CustomersLostColumn).toLongLong();
        period.averageOrderValue = cellValue(m_table, row, OrderValueColumn).toDouble();
        period.purchasesPerYear = cellValue(m_table, row, PurchasesColumn).toDouble();
        period.expectedYears = cellValue(m_table, row, YearsColumn).toDouble();
        periods.append(period);
    }
    return periods;
}

void BusinessFiguresDialog::addPeriod()
{
    BusinessPeriod period;
    // Carry the last period's figures over: a new period is mostly the same business.
    const QList<BusinessPeriod> all = periods();
    if (!all.isEmpty()) {
        period = all.last();
        period.id = 0;
        period.customersStart = std::max<qint64>(0, period.customersStart - period.customersLost);
        period.customersLost = 0;
    }
    period.period = QString::number(QDate::currentDate().year());
    appendRow(period);
    m_table->setCurrentCell(m_table->rowCount() - 1, PeriodColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, PeriodColumn));
}

void BusinessFiguresDialog::removeSelectedPeriods()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_table->removeRow(row);
    updateButtons();
}

void BusinessFiguresDialog::updateButtons()
{
    const bool editable = m_session && !m_session->document()->isReadOnly();
    m_remove->setEnabled(editable && !m_table->selectionModel()->selectedRows().isEmpty());
}

bool BusinessFiguresDialog::apply()
{
    if (!m_session || m_session->document()->isReadOnly())
        return false;
    Document *doc = m_session->document();
    const QList<BusinessPeriod> edited = periods();
    QList<Id> kept;
    for (const BusinessPeriod &period : edited)
        kept.append(period.id);

    // One command for the whole table: one undo step and one transaction. Removals first, then
    // edits, then additions at their final places: the table's order.
    auto command = std::make_unique<DocumentCommand>(doc, tr("Edit Business Figures"));
    for (const BusinessPeriod &old : doc->businessPeriods()) {
        if (!kept.contains(old.id))
            new RemoveBusinessPeriodCommand(doc, old.id, command.get());
    }
    for (const BusinessPeriod &period : edited) {
        if (!period.id)
            continue;
        const auto &fields = EntityTraits<BusinessPeriod>::fields();
        for (const FieldAccess<BusinessPeriod> &field : fields) {
            const FieldRef ref = fieldRef(period.id, BusinessField(field.spec.field));
            QVariant value = field.get(period);
            if (!normalizeValue(field.spec, value).isEmpty())
                continue; // the spin boxes keep values in range; nothing else can be wrong
            if (doc->value(ref) != value)
                new SetValueCommand(doc, ref, value, command.get());
        }
    }
    for (int index = 0; index < edited.size(); ++index) {
        if (!edited.at(index).id)
            new AddBusinessPeriodCommand(doc, index, edited.at(index), command.get());
    }
    if (command->childCount() == 0)
        return false;
    m_session->push(command.release());
    return true;
}

void BusinessFiguresDialog::accept()
{
    // Commit an edit still open in the table.
    if (QWidget *editor = m_table->focusWidget(); editor && editor != m_table)
        m_table->setFocus();
    apply();
    QDialog::accept();
}

} // namespace Waymark
