package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;

/**
 * One person's records that disagree on a value a rule tests are said, with each record and its
 * value; values that agree on the test, or values no rule tests, are not.
 */
class RuleConflictsTest {

    private static CoverageRules law(Condition when) {
        return new CoverageRules(new Condition.OnList(Set.of("amnistia")), List.of(new CoverageRules.Rule("excluded", "excluded", when)));
    }

    private static final Condition SEVENTY = new NumberCondition("edad", new Bounds(new BigDecimal("70"), null, null, null));

    @Test
    void agesThirtySevenAndSeventyThreeAgainstAtLeastSeventyAreSaidNamingBothRecords() {
        // given one person written twice, aged 37 and 73
        Person p = People.person().ngoWritten(null, null, Map.of("edad", "37")).ngoWritten(null, null, Map.of("edad", "73")).build();
        // when the rules' values are checked
        List<ListRow> rows = RuleConflicts.rows(law(SEVENTY), List.of(p), Reconciler.ENGLISH);
        // then one row names the rule, both values with their records, and the value that decides
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).entityId()).isEqualTo("P0001");
        assertThat(rows.get(0).detail()).startsWith("the rule excluded tests edad at least 70, and this person's records disagree: '37' (ngo #")
                .contains("'73' (ngo #", "so the rule holds by '73'");
        // and the decision is the documented one: any record's value counts, whatever the order
        Person reversed = People.person().ngoWritten(null, null, Map.of("edad", "73")).ngoWritten(null, null, Map.of("edad", "37")).build();
        assertThat(law(SEVENTY).decide(p).ruleId()).isEqualTo("excluded");
        assertThat(law(SEVENTY).decide(reversed).ruleId()).isEqualTo("excluded");
    }

    @Test
    void civilAndMilitarOfOnePersonAreSaid() {
        Condition military = new Condition.Attribute("military", List.of("Militar"), List.of());
        Person p = People.person().ngoWritten(null, null, Map.of("military", "Civil")).ngoWritten(null, null, Map.of("military", "MILITAR")).build();
        assertThat(RuleConflicts.rows(law(military), List.of(p), Reconciler.ENGLISH)).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("'Civil'", "'MILITAR'"));
    }

    @Test
    void valuesThatAgreeOnTheTestAreNoProblem() {
        Person p = People.person().ngoWritten(null, null, Map.of("edad", "71")).ngoWritten(null, null, Map.of("edad", "73 años")).build();
        assertThat(RuleConflicts.rows(law(SEVENTY), List.of(p), Reconciler.ENGLISH)).isEmpty();
        Person same = People.person().ngoWritten(null, null, Map.of("military", "Civil")).ngoWritten(null, null, Map.of("military", "CIVIL")).build();
        assertThat(RuleConflicts.rows(law(new Condition.Attribute("military", List.of("Militar"), List.of())), List.of(same), Reconciler.ENGLISH))
                .isEmpty();
    }

    @Test
    void aValueThatIsNotANumberIsAFieldProblemNamingItsRow() {
        Person p = People.person().ngoWritten(null, null, Map.of("edad", "setenta")).build();
        assertThat(RuleConflicts.rows(law(SEVENTY), List.of(p), Reconciler.ENGLISH)).singleElement().satisfies(r -> {
            assertThat(r.sourceRows()).contains("ngo.csv, line");
            assertThat(r.detail()).contains("'setenta' cannot be read as a number", "not-amnestied-undetermined");
        });
    }

    @Test
    void twoDetentionDatesAreNoConflictButTwoBirthDatesAre() {
        Condition period = new DateCondition(Field.DETENTION_DATE, null, LocalDate.parse("2024-07-28"), null);
        Person detainedTwice = People.person().ngoWritten("2019-01-01", null, Map.of()).ngoWritten("2024-09-01", null, Map.of()).build();
        assertThat(RuleConflicts.rows(law(period), List.of(detainedTwice), Reconciler.ENGLISH)).isEmpty();
        Condition seventy = new AgeCondition(new Bounds(new BigDecimal("70"), null, null, null), LocalDate.parse("2025-01-31"));
        Person twoBirthDates = People.person().ngoWritten(null, "1950-01-01", Map.of()).ngoWritten(null, "1985-01-01", Map.of()).build();
        assertThat(RuleConflicts.rows(law(seventy), List.of(twoBirthDates), Reconciler.ENGLISH)).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("'1950-01-01'", "'1985-01-01'", "holds by '1950-01-01'"));
    }

    @Test
    void aValueTwoRulesTestIsSaidOnceByTheFirst() {
        // given "pena less than 8" amnestied and "pena at least 8" excluded, and a person whose rows say 9 and 6
        Condition underEight = new NumberCondition("pena", new Bounds(null, null, null, new BigDecimal("8")));
        Condition eightOrMore = new NumberCondition("pena", new Bounds(new BigDecimal("8"), null, null, null));
        CoverageRules rules = new CoverageRules(underEight, List.of(new CoverageRules.Rule("long-sentence", "long", eightOrMore)));
        Person p = People.person().ngoWritten(null, null, Map.of("pena", "9")).ngoWritten(null, null, Map.of("pena", "6")).build();
        // when / then: one row, by the amnestied test, which holds by '6'
        assertThat(RuleConflicts.rows(rules, List.of(p), Reconciler.ENGLISH)).singleElement()
                .satisfies(r -> assertThat(r.detail()).startsWith("the amnestied condition tests pena less than 8").contains("holds by '6'"));
        assertThat(rules.decide(p).ruleId()).isEqualTo("amnestied");
    }
}
