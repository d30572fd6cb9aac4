// The view filter's editor in the Survey Charts dock: segment conditions one row each, joined
// with AND by "And…", a row's × removes it, a row without a value is a breakdown, and a filter
// set elsewhere is shown without saying changed().

#include "charts/chartfilter.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Waymark;

namespace {

QStringList valuesOf(const QString &attribute)
{
    if (attribute == u"gender"_s)
        return {u"female"_s, u"male"_s};
    if (attribute == u"age"_s)
        return {u"18-24"_s, u"35-44"_s};
    return {u"north"_s, u"south"_s};
}

} // namespace

class TestChartFilter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conditionsJoinWithAnd_data();
    void conditionsJoinWithAnd();
    void removeRow();
    void shownFromElsewhere();

private:
    QComboBox *combo(const QString &name) const { return m_filter->findChild<QComboBox *>(name); }
    QToolButton *andButton() const { return m_filter->findChild<QToolButton *>(u"addSegmentCondition"_s); }
    void choose(const QString &name, const QString &data)
    {
        QComboBox *box = combo(name);
        QVERIFY2(box, qPrintable(name));
        box->setCurrentIndex(box->findData(data));
    }

    std::unique_ptr<ChartFilter> m_filter;
};

void TestChartFilter::init()
{
    m_filter = std::make_unique<ChartFilter>();
    m_filter->setAttributes({u"age"_s, u"gender"_s, u"region"_s}, valuesOf);
    m_filter->setPersonas({{Id(7), u"Priya Shah"_s}});
    m_filter->show();
}

void TestChartFilter::cleanup()
{
    m_filter.reset();
}

void TestChartFilter::conditionsJoinWithAnd_data()
{
    QTest::addColumn<QStringList>("choices"); // attribute, value, attribute, value...
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<QString>("breakdown");

    QTest::newRow("one") << QStringList{u"gender"_s, u"female"_s} << u"gender=female"_s << QString();
    QTest::newRow("two") << QStringList{u"gender"_s, u"female"_s, u"age"_s, u"35-44"_s} << u"gender=female,age=35-44"_s << QString();
    QTest::newRow("one and a breakdown") << QStringList{u"gender"_s, u"female"_s, u"region"_s, QString()} << u"gender=female"_s
                                         << u"region"_s;
    QTest::newRow("a breakdown alone") << QStringList{u"age"_s, QString()} << QString() << u"age"_s;
}

void TestChartFilter::conditionsJoinWithAnd()
{
    QFETCH(QStringList, choices);
    QFETCH(QString, conditions);
    QFETCH(QString, breakdown);

    QSignalSpy changed(m_filter.get(), &ChartFilter::changed);
    QVERIFY(!andButton()->isEnabled()); // nothing to narrow yet
    for (int row = 0; row < choices.size() / 2; ++row) {
        const QString suffix = row == 0 ? QString() : QString::number(row + 1);
        if (row > 0) {
            QVERIFY(andButton()->isEnabled());
            QTest::mouseClick(andButton(), Qt::LeftButton);
            QCOMPARE(m_filter->rowCount(), row + 1);
        }
        choose(u"segmentAttribute"_s + suffix, choices.at(2 * row));
        QVERIFY(combo(u"segmentValue"_s + suffix)->isEnabled());
        if (!choices.at(2 * row + 1).isEmpty())
            choose(u"segmentValue"_s + suffix, choices.at(2 * row + 1));
    }
    QStringList shown;
    for (const SegmentCondition &condition : m_filter->conditions())
        shown.append(condition.attribute + u'=' + condition.value);
    QCOMPARE(shown.join(u','), conditions);
    QCOMPARE(m_filter->breakdown(), breakdown);
    QVERIFY(changed.count() >= choices.size() / 2);
}

void TestChartFilter::removeRow()
{
    choose(u"segmentAttribute"_s, u"gender"_s);
    choose(u"segmentValue"_s, u"male"_s);
    QTest::mouseClick(andButton(), Qt::LeftButton);
    choose(u"segmentAttribute2"_s, u"region"_s);
    choose(u"segmentValue2"_s, u"north"_s);
    QCOMPARE(m_filter->conditions().size(), 2);
    QSignalSpy changed(m_filter.get(), &ChartFilter::changed);
    QToolButton *remove = nullptr;
    for (QToolButton *button : m_filter->findChildren<QToolButton *>()) {
        if (button->isVisible() && button->toolTip() == u"Remove this condition"_s)
            remove = button;
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_filter->conditions(), (QList<SegmentCondition>{{u"gender"_s, u"male"_s}}));
}

void TestChartFilter::shownFromElsewhere()
{
    QSignalSpy changed(m_filter.get(), &ChartFilter::changed);
    const QList<SegmentCondition> wanted{{u"gender"_s, u"female"_s}, {u"age"_s, u"18-24"_s}};
    m_filter->setFilter(7, wanted);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_filter->conditions(), wanted);
    QCOMPARE(m_filter->persona(), Id(7));
    QCOMPARE(m_filter->rowCount(), 2);
    m_filter->setFilter(0, {});
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_filter->conditions().isEmpty());
    QCOMPARE(m_filter->rowCount(), 1);
    QCOMPARE(m_filter->persona(), Id(0));
}

QTEST_MAIN(TestChartFilter)
#include "tst_chartfilter.moc"
