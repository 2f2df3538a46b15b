package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rollcall.config.MatchSettings;
import org.rollcall.normalize.PersonRecord;

/** The matching rules, each asserted in both argument orders. */
class PairScorerTest {

    private final PairScorer scorer = new PairScorer(MatchWeights.DEFAULTS, MatchSettings.DEFAULTS.matchThreshold(),
            MatchSettings.DEFAULTS.reviewThreshold());

    private Outcome outcome(PersonRecord a, PersonRecord b) {
        ScoredPair ab = scorer.score(0, 1, a, b);
        ScoredPair ba = scorer.score(1, 0, b, a);
        assertThat(ab.weight()).as("symmetric weight").isEqualTo(ba.weight());
        assertThat(ab.outcome()).as("symmetric outcome").isEqualTo(ba.outcome());
        return ab.outcome();
    }

    @Test
    void sameCedulaAndNameInEitherOrderMatch() {
        assertThat(outcome(Records.person("PEREZ GONZALEZ, JOSE GREGORIO", "V-12.345.678"),
                Records.person("José Gregorio Pérez González", "12345678"))).isEqualTo(Outcome.MATCH);
    }

    @Test
    void homonymsWithDifferentCedulasStayApart() {
        assertThat(outcome(Records.person("José Luis Pérez García", "V-12345678"),
                Records.person("JOSE LUIS PEREZ GARCIA", "V-20987654"))).isEqualTo(Outcome.NON_MATCH);
    }

    @Test
    void siblingsSharingSurnamesAndBirthDateButNotCedulaStayApart() {
        LocalDate born = LocalDate.of(1990, 5, 1);
        assertThat(outcome(Records.person("María José Pérez González", "V-12345678", born),
                Records.person("María Elena Pérez González", "V-12345679", born))).isNotEqualTo(Outcome.MATCH);
        assertThat(outcome(Records.person("María José Pérez González", "V-12345678", born),
                Records.person("Ana Elena Pérez González", "V-20111222", born))).isEqualTo(Outcome.NON_MATCH);
    }

    @Test
    void transposedCedulaDigitsWithSameNameLink() {
        assertThat(outcome(Records.person("José Gregorio Pérez González", "V-12345678"),
                Records.person("PEREZ GONZALEZ, JOSE GREGORIO", "V-12345687"))).isEqualTo(Outcome.MATCH);
    }

    @Test
    void missingMaternalSurnameStillMatchesWithoutCedula() {
        assertThat(outcome(Records.person("José Gregorio Pérez González", null),
                Records.person("José Gregorio Pérez", null))).isEqualTo(Outcome.MATCH);
    }

    @Test
    void oneTypoInAFourPartNameStillMatches() {
        assertThat(outcome(Records.person("José Gregorio Pérez González", null),
                Records.person("JOSE GREGORIO PEREZ GONZALES", null))).isEqualTo(Outcome.MATCH);
    }

    @Test
    void initialForASecondGivenNameGoesAtLeastToReview() {
        assertThat(outcome(Records.person("PEREZ GONZALEZ, JOSE GREGORIO", null),
                Records.person("José G. Pérez", null))).isIn(Outcome.MATCH, Outcome.REVIEW);
    }

    @Test
    void twoPartNameAloneIsNotEnoughToLink() {
        assertThat(outcome(Records.person("José Pérez", null), Records.person("José Pérez", null))).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void marriedNameAgainstMaidenNameGoesAtLeastToReview() {
        assertThat(outcome(Records.person("María Rodríguez de Pérez", null),
                Records.person("María Rodríguez", null))).isIn(Outcome.MATCH, Outcome.REVIEW);
    }

    @Test
    void swappedSurnamesWeighLessThanTheSameOrder() {
        PersonRecord written = Records.person("José González Hernández", null);
        ScoredPair same = scorer.score(0, 1, written, Records.person("GONZALEZ HERNANDEZ, JOSE", null));
        ScoredPair swapped = scorer.score(0, 1, written, Records.person("HERNANDEZ GONZALEZ, JOSE", null));
        assertThat(same.weight() - swapped.weight()).isEqualTo(-MatchWeights.DEFAULTS.nameOutOfOrder());
    }

    @Test
    void sameCedulaWithAnUnrelatedNameIsNotLinked() {
        assertThat(outcome(Records.person("José Gregorio Pérez González", "V-12345678"),
                Records.person("Ana María Salas Rivas", "V-12345678"))).isNotEqualTo(Outcome.MATCH);
    }

    @Test
    void differentBirthDatesCountAgainst() {
        PersonRecord a = Records.person("José Gregorio Pérez González", null, LocalDate.of(1980, 1, 1));
        PersonRecord b = Records.person("José Gregorio Pérez González", null, LocalDate.of(1995, 6, 30));
        assertThat(outcome(a, b)).isNotEqualTo(Outcome.MATCH);
    }

    @Test
    void everyFieldContributionIsExplained() {
        ScoredPair p = scorer.score(0, 1, Records.person("José Pérez González", "V-12345678"),
                Records.person("JOSE PEREZ GONZALEZ", "12345678"));
        assertThat(p.contributions()).extracting(Contribution::field).containsExactly("prior", "id", "name", "birth-date");
        assertThat(p.contributions().stream().mapToDouble(Contribution::weight).sum()).isEqualTo(p.weight());
    }
}
