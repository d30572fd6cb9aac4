// The field tables that drive the store, the JSON interchange and the generic edit command.

#include "model/fields.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Waymark;

Q_DECLARE_METATYPE(Waymark::Entity)

class TestFields : public QObject
{
    Q_OBJECT

private slots:
    void tablesAreInEnumOrder();
    void normalize_data();
    void normalize();
};

void TestFields::tablesAreInEnumOrder()
{
    const auto check = [](auto table) {
        for (std::size_t i = 0; i < table.size(); ++i) {
            QCOMPARE(table[i].spec.field, int(i));
            QVERIFY(table[i].get);
            QVERIFY(table[i].set);
        }
    };
    check(EntityTraits<MapInfo>::fields());
    check(EntityTraits<Stage>::fields());
    check(EntityTraits<Lane>::fields());
    check(EntityTraits<Card>::fields());
    check(EntityTraits<Persona>::fields());
    check(EntityTraits<BusinessPeriod>::fields());
}

void TestFields::normalize_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected"); // the canonical value when valid
    QTest::addColumn<QString>("error");     // a fragment of the error, or empty when valid

    const int severity = int(CardField::Severity);
    QTest::newRow("severity 1") << Entity::Card << severity << QVariant(1) << QVariant(qint64(1)) << QString();
    QTest::newRow("severity 5 as double") << Entity::Card << severity << QVariant(5.0) << QVariant(qint64(5)) << QString();
    QTest::newRow("severity 0") << Entity::Card << severity << QVariant(0) << QVariant() << u"out of range 1 to 5"_s;
    QTest::newRow("severity 6") << Entity::Card << severity << QVariant(6) << QVariant() << u"out of range"_s;
    QTest::newRow("severity 2.5") << Entity::Card << severity << QVariant(2.5) << QVariant() << u"whole number"_s;
    QTest::newRow("severity text") << Entity::Card << severity << QVariant(u"3"_s) << QVariant() << u"whole number"_s;
    QTest::newRow("title text") << Entity::Card << int(CardField::Title) << QVariant(u"Queue"_s) << QVariant(u"Queue"_s) << QString();
    QTest::newRow("title null") << Entity::Card << int(CardField::Title) << QVariant() << QVariant(QString()) << QString();
    QTest::newRow("title number") << Entity::Card << int(CardField::Title) << QVariant(3) << QVariant() << u"expected text"_s;
    QTest::newRow("kind known") << Entity::Card << int(CardField::Kind) << QVariant(u"pain_point"_s) << QVariant(u"pain_point"_s) << QString();
    QTest::newRow("kind unknown") << Entity::Card << int(CardField::Kind) << QVariant(u"painpoint"_s) << QVariant() << u"'painpoint' is not one of"_s;
    QTest::newRow("colour name") << Entity::Stage << int(StageField::Color) << QVariant(u"red"_s) << QVariant(u"#ff0000"_s) << QString();
    QTest::newRow("colour QColor") << Entity::Stage << int(StageField::Color) << QVariant(QColor(0x33, 0x66, 0x99)) << QVariant(u"#336699"_s) << QString();
    QTest::newRow("colour empty") << Entity::Stage << int(StageField::Color) << QVariant(u""_s) << QVariant(u""_s) << QString();
    QTest::newRow("colour bad") << Entity::Stage << int(StageField::Color) << QVariant(u"#12"_s) << QVariant() << u"not a colour"_s;
    QTest::newRow("width min") << Entity::Stage << int(StageField::Width) << QVariant(160) << QVariant(160.0) << QString();
    QTest::newRow("width too small") << Entity::Stage << int(StageField::Width) << QVariant(10) << QVariant() << u"out of range"_s;
    QTest::newRow("age 0") << Entity::Persona << int(PersonaField::Age) << QVariant(0) << QVariant(qint64(0)) << QString();
    QTest::newRow("age 121") << Entity::Persona << int(PersonaField::Age) << QVariant(121) << QVariant() << u"out of range"_s;
    QTest::newRow("photo bytes") << Entity::Persona << int(PersonaField::Photo) << QVariant(QByteArray("x")) << QVariant(QByteArray("x")) << QString();
    QTest::newRow("customers negative") << Entity::BusinessPeriod << int(BusinessField::CustomersLost) << QVariant(-1) << QVariant() << u"out of range"_s;
}

void TestFields::normalize()
{
    QFETCH(Entity, entity);
    QFETCH(int, field);
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);
    QFETCH(QString, error);
    QVariant value = input;
    const QString problem = normalizeValue(fieldSpec(entity, field), value);
    if (error.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(value, expected);
    } else {
        QVERIFY2(problem.contains(error), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestFields)
#include "tst_fields.moc"
