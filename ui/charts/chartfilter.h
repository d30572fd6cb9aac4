#pragma once

#include "metrics/segmentcondition.h"
#include "model/ids.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGridLayout;
class QToolButton;

namespace Waymark {

// The view filter as the charts dock edits it: a persona, and segment conditions combined
// with AND, one row each ("gender = female", "and age = 35-44"). A row with an attribute but
// "All values" breaks the figures down by that attribute instead. Refilling the choices
// keeps what is chosen where it still exists and does not say changed(); a user's choice does.
class ChartFilter : public QWidget
{
    Q_OBJECT

public:
    explicit ChartFilter(QWidget *parent = nullptr);

    // The rows with an attribute and a value.
    QList<SegmentCondition> conditions() const;
    // The attribute of the last row with no value chosen; empty: no breakdown.
    QString breakdown() const;
    Id persona() const; // 0: every persona
    int rowCount() const { return int(m_rows.size()); }

    // The attributes, and where their values come from (asked for as a row needs them).
    void setAttributes(const QStringList &attributes, std::function<QStringList(const QString &)> valuesOf);
    void setPersonas(const QList<std::pair<Id, QString>> &personas);
    // Shows a filter set elsewhere (the View menu, Show all), without saying changed().
    void setFilter(Id persona, const QList<SegmentCondition> &conditions);

signals:
    void changed();

private:
    struct Row {
        QComboBox *attribute;
        QComboBox *value;
        QToolButton *remove;
    };
    void addRow();
    void removeRow(int index);
    void fillValues(const Row &row);
    void updateButtons();
    void layOut();

    QComboBox *m_persona;
    QGridLayout *m_grid;
    QToolButton *m_and;
    QList<Row> m_rows;
    QStringList m_attributes;
    std::function<QStringList(const QString &)> m_valuesOf;
};

} // namespace Waymark
