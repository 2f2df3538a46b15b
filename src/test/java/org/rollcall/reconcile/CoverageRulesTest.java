package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rollcall.domain.RulingDecision.DENIED;
import static org.rollcall.domain.RulingDecision.GRANTED;
import static org.rollcall.domain.RulingDecision.MILITARY_JURISDICTION;
import static org.rollcall.domain.RulingDecision.UNDER_REVIEW;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.config.ReconcileSettings;
import org.rollcall.config.ReconcileSettings.Exclusion;
import org.rollcall.config.ReconcileSettings.Quantifier;
import org.rollcall.domain.RulingDecision;
import org.rollcall.text.Messages;

/**
 * The law of issue 10 (amnestied = listed or granted by any court; then military → denied citing
 * art. 9.2 → denied citing art. 9.3 → other denial → pending), one person per rule, each in both
 * orders of their records; and the defaults of a common amnesty.
 */
class CoverageRulesTest {

    private static final CoverageRules LAW = new CoverageRules(
            new Condition.AnyOf(List.of(new Condition.OnList(Set.of("amnistia")), rulings(Quantifier.ANY, GRANTED))),
            List.of(new CoverageRules.Rule("military", "military", new Condition.Attribute("military", List.of("militar"), List.of())),
                    new CoverageRules.Rule("security-forces-terrorism", "art. 9.2", rulings(Quantifier.ANY, DENIED, "9.2", "art. 9, num. 2")),
                    new CoverageRules.Rule("armed-actions", "art. 9.3", rulings(Quantifier.ANY, DENIED, "9.3", "art. 9, num. 3")),
                    new CoverageRules.Rule("other-denial", "denied", rulings(Quantifier.LATEST, DENIED)),
                    new CoverageRules.Rule("pending", "pending", new Condition.Otherwise())));

    private static Condition rulings(Quantifier q, RulingDecision d, String... reasons) {
        return new Condition.Rulings(q, Set.of(d), List.of(reasons), List.of());
    }

    private static void decides(CoverageRules rules, People person, String rule) {
        assertThat(rules.decide(person.build()).ruleId()).as("reading order").isEqualTo(rule);
        assertThat(rules.decide(person.reversed()).ruleId()).as("reverse order").isEqualTo(rule);
    }

    @Test
    void listedOrGrantedByAnyCourtIsAmnestied() {
        decides(LAW, People.person().ngo("").listed().ruling(DENIED, "2025-02-01", "art. 9.2"), "amnestied");
        decides(LAW, People.person().ngo("Terrorismo").ruling(GRANTED, "2025-01-01", "").ruling(DENIED, "2025-05-01", "art. 9.2"), "amnestied");
        decides(LAW, People.person().ngo("", Map.of("military", "Militar")).ruling(GRANTED, "2025-01-01", ""), "amnestied");
    }

    @Test
    void militaryAttributeDecidesBeforeAnyDenial() {
        decides(LAW, People.person().ngo("", Map.of("military", "MILITAR")).ruling(DENIED, "2025-01-01", "art. 9.2"), "military");
    }

    @Test
    void denialCitingArticleNineTwoIsSecurityForcesTerrorismEvenWhenALaterRulingSaysOtherwise() {
        decides(LAW, People.person().ngo("").ruling(DENIED, "2025-01-01", "Art. 9.2").ruling(UNDER_REVIEW, "2025-04-01", ""),
                "security-forces-terrorism");
        decides(LAW, People.person().ngo("").ruling(DENIED, "2025-01-01", "según art. 9, num. 2"), "security-forces-terrorism");
    }

    @Test
    void denialCitingArticleNineThreeIsArmedActions() {
        decides(LAW, People.person().ngo("").ruling(DENIED, "2025-01-01", "art. 9.3").ruling(DENIED, "2025-03-01", "sin motivo"), "armed-actions");
    }

    @Test
    void anyOtherLatestDenialIsOtherDenial() {
        decides(LAW, People.person().ngo("").ruling(UNDER_REVIEW, "2025-01-01", "").ruling(DENIED, "2025-03-01", "art. 12"), "other-denial");
    }

    @Test
    void everyoneElseIsPending() {
        decides(LAW, People.person().ngo(""), "pending");
        decides(LAW, People.person().ngo("").ruling(DENIED, "2025-01-01", "art. 12").ruling(UNDER_REVIEW, "2025-03-01", ""), "pending");
    }

    @Test
    void rulesWithoutOtherwiseEndInUnclassified() {
        CoverageRules onlyMilitary = new CoverageRules(new Condition.OnList(Set.of("amnistia")),
                List.of(new CoverageRules.Rule("military", "m", rulings(Quantifier.LATEST, MILITARY_JURISDICTION))));
        decides(onlyMilitary, People.person().ngo("").ruling(DENIED, "2025-01-01", ""), CoverageRules.UNCLASSIFIED);
        assertThat(onlyMilitary.reasons()).extracting(CoverageRules.Rule::id).containsExactly("military", "unclassified");
        assertThat(LAW.reasons()).extracting(CoverageRules.Rule::id).doesNotContain("unclassified");
    }

    @Test
    void defaultsFitACommonAmnestyAndAnExcludedOffenceNeverOverridesAGrantOrAPendingRequest() {
        CoverageRules defaults = CoverageRules.from(new ReconcileSettings(List.of(new Exclusion("terrorism", List.of("terrorismo")))));
        decides(defaults, People.person().ngo("").listed(), "amnestied");
        decides(defaults, People.person().ngo("Terrorismo").ruling(GRANTED, "2025-01-01", ""), "amnestied");
        decides(defaults, People.person().ngo("Terrorismo").ruling(UNDER_REVIEW, "2025-01-01", ""), "under-review");
        decides(defaults, People.person().ngo("Terrorismo").ruling(DENIED, "2025-01-01", ""), "terrorism");
        decides(defaults, People.person().ngo("Terrorismo"), "terrorism");
        decides(defaults, People.person().ngo("Terrorismo").ruling(MILITARY_JURISDICTION, "2025-01-01", ""), "military-jurisdiction");
        decides(defaults, People.person().ngo("Robo").ruling(DENIED, "2025-01-01", ""), "denied");
        decides(defaults, People.person().ngo("Robo").ruling(UNDER_REVIEW, "2025-01-01", ""), "under-review");
        decides(defaults, People.person().ngo("Robo"), "no-ruling");
        decides(defaults, People.person().ngo("Robo").ruling(RulingDecision.UNKNOWN, "2025-01-01", ""), "unknown");
        assertThat(defaults.reasons()).extracting(CoverageRules.Rule::id).containsExactly("military-jurisdiction", "terrorism", "denied",
                "under-review", "no-ruling", "unknown", "unclassified");
    }

    @Test
    void theDecidingRowNamesItsRuleAndEvidence() {
        CoverageRules.Outcome o = LAW.decide(People.person().ngo("").ruling(DENIED, "2025-01-01", "art. 9.3").build());
        assertThat(o.amnestied()).isFalse();
        assertThat(o.detail()).startsWith("armed-actions: the only ruling: denied").contains("reason 'art. 9.3'", "tribunales.csv");
    }

    @Test
    void theAmnestiedWordAgreesWithThePersonsSexAndIsNeutralWhenItIsUnknown() {
        Messages es = Messages.of("es");
        Person man = People.person().ngo("", Map.of("sexo", "M")).listed().build();
        Person woman = People.person().ngo("", Map.of("Sexo", "Femenino")).listed().build();
        Person unknown = People.person().ngo("").listed().build();
        assertThat(man.sex()).isEqualTo("M");
        assertThat(woman.sex()).isEqualTo("F");
        assertThat(unknown.sex()).isNull();
        assertThat(LAW.decide(man, es).detail(es, man.sex())).startsWith("amnistiado: ");
        assertThat(LAW.decide(woman, es).detail(es, woman.sex())).startsWith("amnistiada: ");
        assertThat(LAW.decide(unknown, es).detail(es, unknown.sex())).startsWith("con amnistía: ");
        assertThat(LAW.decide(man, Messages.of("en")).detail(Messages.of("en"), man.sex())).startsWith("amnestied: ");
    }
}
