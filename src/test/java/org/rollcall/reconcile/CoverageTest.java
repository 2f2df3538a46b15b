package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rollcall.domain.RulingDecision.DENIED;
import static org.rollcall.domain.RulingDecision.GRANTED;
import static org.rollcall.domain.RulingDecision.MILITARY_JURISDICTION;
import static org.rollcall.domain.RulingDecision.UNDER_REVIEW;
import static org.rollcall.domain.RulingDecision.UNKNOWN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.config.ReconcileSettings.Exclusion;

/** The not-covered reasons (an NGO person not on the amnesty list), one case each, records in both orders. */
class CoverageTest {

    private static final List<Exclusion> TERRORISM = List.of(new Exclusion("terrorism", List.of("terrorismo")));

    private static void reason(People person, Coverage.Reason expected) {
        assertThat(Coverage.classify(person.build(), TERRORISM).reason()).as("reading order").isEqualTo(expected);
        assertThat(Coverage.classify(person.reversed(), TERRORISM).reason()).as("reverse order").isEqualTo(expected);
    }

    @Test
    void latestRulingToMilitaryJurisdictionComesFirst() {
        reason(People.person().ngo("Terrorismo").ruling(DENIED, "2025-01-01", "").ruling(MILITARY_JURISDICTION, "2025-02-01", ""),
                Coverage.Reason.MILITARY_JURISDICTION);
    }

    @Test
    void anExcludedOffenceComesBeforeTheCourtOutcome() {
        reason(People.person().ngo("Financiamiento al terrorismo").ruling(DENIED, "2025-01-01", ""), Coverage.Reason.EXCLUDED_OFFENCE);
        reason(People.person().ngo("terrorismo"), Coverage.Reason.EXCLUDED_OFFENCE);
    }

    @Test
    void theLatestRulingDecidesTheRest() {
        reason(People.person().ngo("Robo").ruling(GRANTED, "2025-01-01", "").ruling(DENIED, "2025-02-01", ""), Coverage.Reason.DENIED);
        reason(People.person().ngo("Robo").ruling(DENIED, "2025-01-01", "").ruling(UNDER_REVIEW, "2025-02-01", ""), Coverage.Reason.UNDER_REVIEW);
        reason(People.person().ngo("Robo").ruling(DENIED, "2025-01-01", "").ruling(GRANTED, "2025-02-01", ""), Coverage.Reason.GRANTED_NOT_LISTED);
        reason(People.person().ngo("Robo").ruling(UNKNOWN, "2025-01-01", ""), Coverage.Reason.UNKNOWN);
    }

    @Test
    void noRulingWhenTheCourtsHaveNotRuled() {
        reason(People.person().ngo("Robo"), Coverage.Reason.NO_RULING);
    }

    @Test
    void theDecidingRulingIsTheLatestByDateWhateverTheReadingOrder() {
        People p = People.person().ngo("").ruling(DENIED, "2025-03-01", "").ruling(GRANTED, "2025-01-01", "");
        assertThat(Coverage.decidingRuling(p.build()).decision()).isEqualTo(DENIED);
        assertThat(Coverage.decidingRuling(p.reversed()).decision()).isEqualTo(DENIED);
        assertThat(Coverage.classify(p.build(), TERRORISM).why()).startsWith("the latest of 2 ruling: denied");
    }
}
