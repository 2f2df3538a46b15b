package org.rollcall.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.SourceKind;
import org.rollcall.match.Contribution;
import org.rollcall.match.Notes;
import org.rollcall.match.Outcome;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.Messages;

/** What review.xlsx asks of an analyst: one row per pair of people, nothing settled, nothing below the threshold. */
class ReviewSelectionTest {

    private static PersonRecord record(String source, SourceKind kind, int seq, String name) {
        return new PersonRecord(new Origin(source, kind, seq, String.valueOf(seq), source + ".csv", null, seq, null), PersonName.parse(name),
                null, "", null, Detention.NONE, Ruling.NONE, List.of(), Map.of(), null, null);
    }

    // records 0, 1: one NGO person; 2: an announced person; 3: a court-only person; 4, 5: two NGO people
    private static final List<PersonRecord> RECORDS = List.of(
            record("ngo", SourceKind.NGO_LIST, 1, "José Luis Díaz López"),
            record("ngo", SourceKind.NGO_LIST, 2, "DIAZ LOPEZ, JOSE LUIS"),
            record("amnistia", SourceKind.ANNOUNCEMENT, 1, "José Luis Díaz"),
            record("tribunales", SourceKind.COURT_RULINGS, 1, "JOSE L. DIAZ LOPEZ"),
            record("ngo", SourceKind.NGO_LIST, 3, "Julio González"),
            record("ngo", SourceKind.NGO_LIST, 4, "Julio González Mora"));
    private static final List<String> KEYS = List.of("ngo|1", "ngo|2", "amnistia|1", "tribunales|1", "ngo|3", "ngo|4");
    private static final int[] CLUSTER_OF = {0, 0, 1, 2, 3, 4};

    private static ScoredPair pair(int a, int b, double p, Outcome outcome) {
        return new ScoredPair(a, b, 1, p, outcome, List.of(new Contribution("name", "all agree", 1)), null);
    }

    private static List<ReviewPair> select(List<ScoredPair> pairs, Set<String> decided) {
        return ReviewSelection.select(RECORDS, pairs, KEYS, CLUSTER_OF, decided, 0.5).stream().map(ReviewSelection.Selected::shown).toList();
    }

    @Test
    void severalRecordPairsOfTheSameTwoPeopleAreOneRowTheStrongest() {
        List<ReviewPair> rows = select(List.of(pair(0, 2, 0.7, Outcome.REVIEW), pair(1, 2, 0.8, Outcome.REVIEW)), Set.of());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).keyA()).isEqualTo("ngo|2");
        assertThat(rows.get(0).probability()).isEqualTo(0.8);
        assertThat(rows.get(0).why()).contains("stands for 1 more record pair");
    }

    @Test
    void twoPeopleDecidedApartThroughOneRecordPairAreNotAskedAgainThroughAnotherInEitherOrder() {
        // given an analyst decided records 0 and 2 apart; records 1 (the same NGO person as 0) and 2 still score as a review pair
        String decided = ReviewPair.idOf(KEYS.get(0), KEYS.get(2));
        for (ScoredPair other : List.of(pair(1, 2, 0.8, Outcome.REVIEW), pair(2, 1, 0.8, Outcome.REVIEW))) {
            assertThat(select(List.of(pair(0, 2, 0.7, Outcome.REVIEW), other), Set.of(decided))).isEmpty();
        }
        // and another person (3) is still asked about
        assertThat(select(List.of(pair(0, 2, 0.7, Outcome.REVIEW), pair(1, 3, 0.8, Outcome.REVIEW)), Set.of(decided))).hasSize(1);
        // while a "same person" verdict that could not be applied settles only its own pair
        assertThat(ReviewSelection.select(RECORDS, List.of(pair(0, 2, 0.7, Outcome.REVIEW), pair(1, 2, 0.8, Outcome.REVIEW)), KEYS, CLUSTER_OF,
                Set.of(decided), Set.of(), 0.5, Messages.of("en"))).hasSize(1);
    }

    @Test
    void aPairTheLinkerMarkedDecidedApartIsKeptAsACandidateSoItSettlesTheOtherPairsOfTheSameTwoPeople() {
        // given an analyst decided records 0 and 2 apart: the linker marks that pair so, and 1-2 still scores as a review pair
        String decided = ReviewPair.idOf(KEYS.get(0), KEYS.get(2));
        ScoredPair apart = pair(0, 2, 0.99, Outcome.NON_MATCH).withOutcome(Outcome.NON_MATCH, Notes.ANALYST_APART);
        for (ScoredPair other : List.of(pair(1, 2, 0.8, Outcome.REVIEW), pair(2, 1, 0.8, Outcome.REVIEW))) {
            // when a caller keeps only the candidates, as the reconcile step does
            List<ScoredPair> candidates = List.of(apart, other).stream().filter(ReviewSelection::candidate).toList();
            // then the same two people are not asked again
            assertThat(ReviewSelection.select(RECORDS, candidates, KEYS, CLUSTER_OF, Set.of(decided), Set.of(decided), 0.5, Messages.of("en")))
                    .isEmpty();
        }
        // and a pair the model alone left apart is no candidate
        assertThat(ReviewSelection.candidate(pair(0, 2, 0.1, Outcome.NON_MATCH))).isFalse();
    }

    @Test
    void recordsAlreadyInOnePersonAreNeverListed() {
        assertThat(select(List.of(pair(0, 1, 0.7, Outcome.REVIEW), pair(0, 1, 0.7, Outcome.JOINED)), Set.of())).isEmpty();
    }

    @Test
    void pairsBelowTheReviewThresholdAreNeverListed() {
        assertThat(select(List.of(pair(4, 5, 0.3, Outcome.REVIEW), pair(4, 5, 0.3, Outcome.NON_MATCH)), Set.of())).isEmpty();
    }

    @Test
    void decidedPairsAreNotAskedAgain() {
        assertThat(select(List.of(pair(0, 2, 0.7, Outcome.REVIEW)), Set.of(ReviewPair.idOf("amnistia|1", "ngo|1")))).isEmpty();
    }

    @Test
    void aLinkAtARiskIsListedWhateverTheComparisonIsCalled() {
        ScoredPair risky = new ScoredPair(0, 1, 9, 0.99, Outcome.MATCH,
                List.of(new Contribution("cedula", "one typo", 3, true), new Contribution("name", "all agree", 5)), null);
        List<ReviewPair> rows = select(List.of(risky, pair(0, 1, 0.99, Outcome.MATCH)), Set.of());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).why()).startsWith("linked at a risk (cedula one typo)");
    }

    @Test
    void pairsThatMoveWhichListsAPersonIsOnComeFirst() {
        List<ReviewPair> rows = select(List.of(pair(4, 5, 0.95, Outcome.REVIEW), pair(2, 3, 0.6, Outcome.REVIEW),
                pair(0, 2, 0.55, Outcome.REVIEW)), Set.of());
        assertThat(rows).extracting(ReviewPair::priority).containsExactly(1, 1, 2);
        assertThat(rows).extracting(ReviewPair::probability).containsExactly(0.6, 0.55, 0.95);
    }
}
