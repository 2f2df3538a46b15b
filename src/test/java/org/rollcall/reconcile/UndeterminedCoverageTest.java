package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.config.ReconcileSettings;
import org.rollcall.domain.Field;

/**
 * A law with a period and an age: "amnistía para los detenidos entre el 28 de julio de 2024 y el
 * 31 de enero de 2025; no se aplica a militares; los menores de 70 años con pena mayor a 8 años
 * quedan excluidos". A person the rules cannot decide (their date or age is unknown) is counted as
 * undetermined, never under a reason that merely comes later. Each person in both record orders.
 */
class UndeterminedCoverageTest {

    private static final LocalDate LAW_DATE = LocalDate.parse("2025-01-31");
    private static final CoverageRules LAW = new CoverageRules(
            new DateCondition(Field.DETENTION_DATE, null, LocalDate.parse("2024-07-28"), LAW_DATE),
            List.of(new CoverageRules.Rule("military", "military", new Condition.Attribute("military", List.of("Militar"), List.of())),
                    new CoverageRules.Rule("detained-after", "detained after the period",
                            new DateCondition(Field.DETENTION_DATE, null, LocalDate.parse("2025-02-01"), null)),
                    new CoverageRules.Rule("under-seventy", "under 70", new AgeCondition(new Bounds(null, null, null, new BigDecimal("70")), LAW_DATE)),
                    new CoverageRules.Rule("pending", "pending", new Condition.Otherwise())));

    private static void decides(People person, String rule) {
        assertThat(LAW.decide(person.build()).ruleId()).as("reading order").isEqualTo(rule);
        assertThat(LAW.decide(person.reversed()).ruleId()).as("reverse order").isEqualTo(rule);
    }

    private static People ngo(String detained, String born, String military) {
        return People.person().ngoWritten(detained, born, military == null ? Map.of() : Map.of("military", military));
    }

    @Test
    void eachPersonIsDecidedByTheFirstRuleThatCanTell() {
        decides(ngo("2024-08-03", null, "Militar"), "amnestied");            // inside the period: amnestied before any reason
        decides(ngo("2025-03-01", null, "Militar"), "military");             // outside; military decides before any date
        decides(ngo("2025-03-01", null, "Civil"), "detained-after");
        decides(ngo("2024-01-10", "1980-05-05", "Civil"), "under-seventy");  // before the period, 44 on the law's date
        decides(ngo("2024-01-10", "1950-05-05", "Civil"), "pending");        // before the period, 74
    }

    @Test
    void aPersonWhoseDateTheLawNeedsIsMissingIsUndeterminedNamingTheRuleAndWhatIsMissing() {
        CoverageRules.Outcome o = LAW.decide(ngo(null, "1950-05-05", "Civil").build());
        assertThat(o.amnestied()).isFalse();
        assertThat(o.ruleId()).isEqualTo(CoverageRules.UNDETERMINED);
        assertThat(o.evidence().text()).isEqualTo("the amnestied condition cannot be decided: no record gives detention-date");
        decides(ngo("31/02/2025", null, "Civil"), "undetermined");
    }

    @Test
    void anUnknownReasonStopsTheLaterOnesFromDecidingInSilence() {
        // before the period, no birth date: under 70 or not cannot be told, so "pending" would be a guess
        CoverageRules.Outcome o = LAW.decide(ngo("2024-01-10", null, "Civil").build());
        assertThat(o.ruleId()).isEqualTo("undetermined");
        assertThat(o.evidence().text()).isEqualTo("the rule under-seventy cannot be decided: no record gives birth-date");
    }

    @Test
    void theUndeterminedFigureIsThereOnlyWhenARuleTestsADateOrANumber() {
        assertThat(LAW.reasons()).extracting(CoverageRules.Rule::id).containsExactly("military", "detained-after", "under-seventy", "pending",
                "undetermined");
        assertThat(CoverageRules.from(ReconcileSettings.DEFAULTS).reasons()).extracting(CoverageRules.Rule::id).doesNotContain("undetermined");
        CoverageRules attributesOnly = new CoverageRules(new Condition.OnList(Set.of("amnistia")),
                List.of(new CoverageRules.Rule("military", "military", new Condition.Attribute("military", List.of("Militar"), List.of()))));
        assertThat(attributesOnly.reasons()).extracting(CoverageRules.Rule::id).containsExactly("military", "unclassified");
    }
}
