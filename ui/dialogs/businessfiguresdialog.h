#pragma once

#include "model/businessperiod.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Waymark {

class MapSession;

// Data ▸ Business Figures…: the map's business periods as a table (period, customers at start,
// customers lost, average order value, purchases per year, expected years) with churn and
// customer lifetime value worked out as you type. OK applies every change as one undo step.
class BusinessFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, CustomersStartColumn, CustomersLostColumn, OrderValueColumn, PurchasesColumn,
                  YearsColumn, ChurnColumn, ClvColumn, ColumnCount };

    explicit BusinessFiguresDialog(MapSession *session, QWidget *parent = nullptr);
    ~BusinessFiguresDialog() override;

    QTableWidget *table() const { return m_table; }
    // The periods as edited, in table order; new ones have id 0.
    QList<BusinessPeriod> periods() const;

    void addPeriod();
    void removeSelectedPeriods();
    // Pushes the changes as one undo step ("Edit Business Figures"); false when nothing changed.
    bool apply();

    void accept() override;

private:
    void appendRow(const BusinessPeriod &period);
    void updateDerived(int row);
    void updateButtons();

    QPointer<MapSession> m_session;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QLabel *m_note;
    bool m_filling = false;
};

} // namespace Waymark
