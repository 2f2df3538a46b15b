package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rollcall.domain.RulingDecision.DENIED;
import static org.rollcall.domain.RulingDecision.GRANTED;
import static org.rollcall.domain.RulingDecision.UNDER_REVIEW;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.config.ReconcileSettings.Quantifier;
import org.rollcall.domain.RulingDecision;

/**
 * Each condition and each quantifier on small cases. A person's rulings are tried in both record
 * orders: which ruling is the latest is a matter of dates, never of reading order.
 */
class ConditionTest {

    private static Condition rulings(Quantifier q, RulingDecision d, String... reasons) {
        return new Condition.Rulings(q, Set.of(d), List.of(reasons), List.of());
    }

    private static void holdsInBothOrders(Condition c, People person, boolean expected) {
        assertThat(c.test(person.build()) != null).as(c.describe() + " in reading order").isEqualTo(expected);
        assertThat(c.test(person.reversed()) != null).as(c.describe() + " in reverse order").isEqualTo(expected);
    }

    @Test
    void anyHoldsWhenOneRulingFitsWhereverItIs() {
        People grantedThenDenied = People.person().ngo("").ruling(GRANTED, "2025-01-10", "").ruling(DENIED, "2025-06-01", "art. 9.2");
        holdsInBothOrders(rulings(Quantifier.ANY, DENIED), grantedThenDenied, true);
        holdsInBothOrders(rulings(Quantifier.ANY, GRANTED), grantedThenDenied, true);
        holdsInBothOrders(rulings(Quantifier.ANY, UNDER_REVIEW), grantedThenDenied, false);
    }

    @Test
    void latestIsTheLastByDecisionDateNotByReadingOrder() {
        People deniedLater = People.person().ngo("").ruling(GRANTED, "2025-01-10", "").ruling(DENIED, "2025-06-01", "");
        holdsInBothOrders(rulings(Quantifier.LATEST, DENIED), deniedLater, true);
        holdsInBothOrders(rulings(Quantifier.LATEST, GRANTED), deniedLater, false);
        People grantedLater = People.person().ngo("").ruling(DENIED, "2025-01-10", "").ruling(GRANTED, "2025-06-01", "");
        holdsInBothOrders(rulings(Quantifier.LATEST, GRANTED), grantedLater, true);
        holdsInBothOrders(rulings(Quantifier.LATEST, DENIED), grantedLater, false);
    }

    @Test
    void allNeedsEveryRulingAndAtLeastOne() {
        holdsInBothOrders(rulings(Quantifier.ALL, DENIED), People.person().ruling(DENIED, "2025-01-10", "").ruling(DENIED, "2025-03-01", ""), true);
        holdsInBothOrders(rulings(Quantifier.ALL, DENIED), People.person().ruling(DENIED, "2025-01-10", "").ruling(GRANTED, "2025-03-01", ""), false);
        holdsInBothOrders(rulings(Quantifier.ALL, DENIED), People.person().ngo(""), false);
    }

    @Test
    void decisionAndReasonMustHoldOnTheSameRuling() {
        People person = People.person().ruling(DENIED, "2025-01-10", "otro motivo").ruling(GRANTED, "2025-03-01", "art. 9.2");
        holdsInBothOrders(rulings(Quantifier.ANY, DENIED, "9.2"), person, false);
        holdsInBothOrders(rulings(Quantifier.ANY, GRANTED, "9.2"), person, true);
    }

    @Test
    void reasonTextMatchesWholeWordsCaseAndAccentsIgnored() {
        holdsInBothOrders(rulings(Quantifier.ANY, DENIED, "9.2"), People.person().ruling(DENIED, "2025-01-10", "Negada: ART. 9.2 de la Ley"), true);
        holdsInBothOrders(rulings(Quantifier.ANY, DENIED, "9.2"), People.person().ruling(DENIED, "2025-01-10", "art. 19.2"), false);
        holdsInBothOrders(rulings(Quantifier.ANY, DENIED, "art. 9, num. 2"),
                People.person().ruling(DENIED, "2025-01-10", "Artículo negado según Art 9 Num 2"), true);
    }

    @Test
    void evidenceNamesTheRulingItsReasonAndItsRecord() {
        Condition.Evidence e = rulings(Quantifier.ANY, DENIED, "9.2")
                .test(People.person().ruling(GRANTED, "2025-01-10", "").ruling(DENIED, "2025-06-01", "art. 9.2").build());
        assertThat(e.text()).contains("a ruling (of 2): denied", "2025-06-01", "reason 'art. 9.2'", "(tribunales.csv, line");
        assertThat(e.records()).hasSize(1);
    }

    @Test
    void attributeIsComparedFoldedOnAnyRecord() {
        Condition military = new Condition.Attribute("military", List.of("Militar"), List.of());
        holdsInBothOrders(military, People.person().ngo("", Map.of("military", "MILITAR")).listed(), true);
        holdsInBothOrders(military, People.person().ngo("", Map.of("military", "Civil")), false);
        holdsInBothOrders(military, People.person().ngo(""), false);
        holdsInBothOrders(new Condition.Attribute("occupation", List.of(), List.of("policia")),
                People.person().ngo("", Map.of("occupation", "Funcionario de la Policía Nacional")), true);
    }

    @Test
    void offenceMatchesWholeWordsOnAnyRecord() {
        Condition terrorism = new Condition.Offence(List.of("terrorismo"));
        holdsInBothOrders(terrorism, People.person().ngo("Financiamiento al TERRORISMO"), true);
        holdsInBothOrders(terrorism, People.person().ngo("Instigación").ruling(DENIED, "2025-01-10", "", "Terrorismo"), true);
        holdsInBothOrders(terrorism, People.person().ngo("Ley antiterrorismo"), false);
    }

    @Test
    void notAllOfAnyOfCombine() {
        People deniedNoList = People.person().ngo("").ruling(DENIED, "2025-01-10", "");
        Condition denied = rulings(Quantifier.LATEST, DENIED);
        Condition listed = new Condition.OnList(Set.of("amnistia"));
        holdsInBothOrders(new Condition.AllOf(List.of(denied, new Condition.Not(listed))), deniedNoList, true);
        holdsInBothOrders(new Condition.AllOf(List.of(denied, listed)), deniedNoList, false);
        holdsInBothOrders(new Condition.AnyOf(List.of(listed, denied)), deniedNoList, true);
        holdsInBothOrders(new Condition.AnyOf(List.of(listed, new Condition.NoRuling())), deniedNoList, false);
        holdsInBothOrders(new Condition.Not(new Condition.NoRuling()), deniedNoList, true);
        holdsInBothOrders(new Condition.Otherwise(), deniedNoList, true);
    }
}
