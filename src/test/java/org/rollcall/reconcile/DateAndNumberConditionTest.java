package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.reconcile.Finding.Truth;

/**
 * Conditions on dates, numbers and ages, three-valued: a person whose value is missing or cannot
 * be read is neither inside nor outside. Expected answers worked out by hand; each person is tried
 * with their records in both orders.
 */
class DateAndNumberConditionTest {

    /** "detenidos entre el 28 de julio de 2024 y el 31 de enero de 2025". */
    private static final Condition PERIOD = new DateCondition(Field.DETENTION_DATE, null, LocalDate.parse("2024-07-28"), LocalDate.parse("2025-01-31"));
    private static final Condition SEVENTY = new AgeCondition(new Bounds(new BigDecimal("70"), null, null, null), LocalDate.parse("2025-01-31"));

    private static People detained(String... dates) {
        People p = People.person();
        for (String d : dates) {
            p.ngoWritten(d, null, Map.of());
        }
        return p;
    }

    private static void answers(Condition c, People person, Truth expected) {
        assertThat(c.evaluate(person.build(), Reconciler.ENGLISH).truth()).as(c.describe() + " in reading order").isEqualTo(expected);
        assertThat(c.evaluate(person.reversed(), Reconciler.ENGLISH).truth()).as(c.describe() + " in reverse order").isEqualTo(expected);
        assertThat(c.test(person.build()) != null).as("test() holds exactly when evaluate() is true").isEqualTo(expected == Truth.TRUE);
    }

    @Test
    void bothEndsOfAPeriodAreInside() {
        answers(PERIOD, detained("2024-07-28"), Truth.TRUE);
        answers(PERIOD, detained("2025-01-31"), Truth.TRUE);
        answers(PERIOD, detained("2024-07-27"), Truth.FALSE);
        answers(PERIOD, detained("2025-02-01"), Truth.FALSE);
    }

    @Test
    void anOpenEndHoldsForEveryDateOnThatSide() {
        Condition after = new DateCondition(Field.DETENTION_DATE, null, LocalDate.parse("2025-02-01"), null);
        answers(after, detained("2031-12-31"), Truth.TRUE);
        answers(after, detained("2025-01-31"), Truth.FALSE);
        Condition since1999 = new DateCondition(Field.DETENTION_DATE, null, null, LocalDate.parse("1998-12-31"));
        answers(since1999, detained("1998-12-31"), Truth.TRUE);
        answers(since1999, detained("1999-01-01"), Truth.FALSE);
    }

    @Test
    void anyRecordsDateCounts() {
        // a person detained in 2019 and again in September 2024 is inside the period by the second detention
        answers(PERIOD, detained("2019-03-01", "2024-09-10"), Truth.TRUE);
        answers(PERIOD, detained("2019-03-01", "2025-06-01"), Truth.FALSE);
    }

    @Test
    void aMissingOrUnreadableDateIsNeitherInsideNorOutside() {
        answers(PERIOD, detained((String) null), Truth.UNKNOWN);
        answers(PERIOD, detained("31/02/2025"), Truth.UNKNOWN);
        // a date outside does not rule out the unreadable one; a date inside decides whatever the other says
        answers(PERIOD, detained("2019-03-01", "31/02/2025"), Truth.UNKNOWN);
        answers(PERIOD, detained("2024-09-10", "31/02/2025"), Truth.TRUE);
    }

    @Test
    void notAllOfAndAnyOfKeepTheUnknown() {
        People unknown = detained((String) null);
        answers(new Condition.Not(PERIOD), unknown, Truth.UNKNOWN);
        answers(new Condition.Not(PERIOD), detained("2025-02-01"), Truth.TRUE);
        answers(new Condition.Not(PERIOD), detained("2024-09-10"), Truth.FALSE);
        Condition never = new Condition.NoRuling();
        Condition onList = new Condition.OnKind(SourceKind.ANNOUNCEMENT);
        answers(new Condition.AllOf(List.of(PERIOD, onList)), unknown, Truth.FALSE); // not listed: false whatever the date
        answers(new Condition.AllOf(List.of(onList, PERIOD)), unknown, Truth.FALSE);
        answers(new Condition.AllOf(List.of(PERIOD, never)), unknown, Truth.UNKNOWN); // no ruling holds: the date decides
        answers(new Condition.AnyOf(List.of(PERIOD, never)), unknown, Truth.TRUE);
        answers(new Condition.AnyOf(List.of(never, PERIOD)), unknown, Truth.TRUE);
        answers(new Condition.AnyOf(List.of(PERIOD, onList)), unknown, Truth.UNKNOWN);
    }

    @Test
    void theEvidenceNamesTheValueAndItsRecordOrWhatIsMissing() {
        assertThat(PERIOD.evaluate(detained("2024-09-10").build(), Reconciler.ENGLISH).evidence().text())
                .startsWith("detention-date is '2024-09-10' (ngo #").contains("ngo.csv, line");
        assertThat(PERIOD.evaluate(detained("31/02/2025").build(), Reconciler.ENGLISH).evidence().text())
                .startsWith("detention-date '31/02/2025' cannot be read (ngo #");
        assertThat(PERIOD.evaluate(detained((String) null).build(), Reconciler.ENGLISH).evidence().text()).isEqualTo("no record gives detention-date");
        assertThat(PERIOD.describe()).isEqualTo("detention-date from 2024-07-28 to 2025-01-31");
    }

    @Test
    void anAttributeHoldingDatesIsReadDayFirstOrAsIso() {
        Condition facts = new DateCondition(null, "hechos", LocalDate.parse("1999-01-01"), null);
        answers(facts, People.person().ngoWritten(null, null, Map.of("hechos", "03/08/2024")), Truth.TRUE);
        answers(facts, People.person().ngoWritten(null, null, Map.of("hechos", "3 de agosto de 1998")), Truth.FALSE);
        answers(facts, People.person().ngoWritten(null, null, Map.of("hechos", "1998-08-03")), Truth.FALSE);
        answers(facts, People.person().ngoWritten(null, null, Map.of("hechos", "agosto 2024")), Truth.UNKNOWN);
    }

    @Test
    void numbersAreReadWithTheirUnitAndComparedToTheBounds() {
        Condition seventy = new NumberCondition("edad", new Bounds(new BigDecimal("70"), null, null, null));
        Condition underEight = new NumberCondition("pena", new Bounds(null, null, null, new BigDecimal("8")));
        answers(seventy, People.person().ngoWritten(null, null, Map.of("edad", "70 años")), Truth.TRUE);
        answers(seventy, People.person().ngoWritten(null, null, Map.of("edad", "69,5")), Truth.FALSE);
        answers(seventy, People.person().ngoWritten(null, null, Map.of("edad", "setenta")), Truth.UNKNOWN);
        answers(seventy, People.person().ngoWritten(null, null, Map.of()), Truth.UNKNOWN);
        answers(underEight, People.person().ngoWritten(null, null, Map.of("pena", "8")), Truth.FALSE);
        answers(underEight, People.person().ngoWritten(null, null, Map.of("pena", "7,9 años")), Truth.TRUE);
        assertThat(underEight.describe()).isEqualTo("pena less than 8");
    }

    @Test
    void anAgeIsWholeYearsOnTheLawsDate() {
        // born 31 January 1955: 70 on 31 January 2025; born a day later: still 69
        answers(SEVENTY, People.person().ngoWritten(null, "1955-01-31", Map.of()), Truth.TRUE);
        answers(SEVENTY, People.person().ngoWritten(null, "1955-02-01", Map.of()), Truth.FALSE);
        answers(SEVENTY, People.person().ngoWritten(null, "30/02/1950", Map.of()), Truth.UNKNOWN);
        answers(SEVENTY, People.person().ngoWritten(null, null, Map.of()), Truth.UNKNOWN);
        assertThat(SEVENTY.evaluate(People.person().ngoWritten(null, "1950-06-15", Map.of()).build(), Reconciler.ENGLISH).evidence().text())
                .startsWith("age on 2025-01-31 is '74 (born 1950-06-15)'");
    }

    @Test
    void anAgeColumnGivesTheAgeOnTheLawsDateWhenItCanOnlyBeOneSideOfTheBound() {
        // 72 on a list of 20 November 2026 was born 21 Nov 1953 – 20 Nov 1954: 70 or 71 on 31 January 2025, at least 70 either way
        answers(SEVENTY, People.person().ngoAged("72", "2026-11-20"), Truth.TRUE);
        // 71 on that list: born 21 Nov 1954 – 20 Nov 1955, so 69 or 70 on the law's date: the rule cannot say
        answers(SEVENTY, People.person().ngoAged("71", "2026-11-20"), Truth.UNKNOWN);
        // 70 on that list: 68 or 69 on the law's date, under 70 either way
        answers(SEVENTY, People.person().ngoAged("70", "2026-11-20"), Truth.FALSE);
        answers(SEVENTY, People.person().ngoAged("setenta y tantos", "2026-11-20"), Truth.UNKNOWN);
        // a birth date on another record decides over the age column's doubt
        answers(SEVENTY, People.person().ngoAged("71", "2026-11-20").ngoWritten(null, "1955-01-31", Map.of()), Truth.TRUE);
        assertThat(SEVENTY.evaluate(People.person().ngoAged("72", "2026-11-20").build(), Reconciler.ENGLISH).evidence().text())
                .contains("72 years old on 2026-11-20");
    }

    @Test
    void aRulingsDecisionDateIsADateOfThePerson() {
        // "solicitudes resueltas a partir del 1 de marzo de 2025": any ruling's date counts; an NGO row has none
        Condition decidedSinceMarch = new DateCondition(Field.DECISION_DATE, null, LocalDate.parse("2025-03-01"), null);
        answers(decidedSinceMarch, People.person().ngo("").ruling(RulingDecision.DENIED, "2025-01-10", "")
                .ruling(RulingDecision.GRANTED, "2025-03-01", ""), Truth.TRUE);
        answers(decidedSinceMarch, People.person().ngo("").ruling(RulingDecision.DENIED, "2025-01-10", ""), Truth.FALSE);
        answers(decidedSinceMarch, People.person().ngo(""), Truth.UNKNOWN);
    }
}
