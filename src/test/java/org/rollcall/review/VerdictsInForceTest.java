package org.rollcall.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.text.Messages;

class VerdictsInForceTest {

    private static VerdictsInForce.StoredVerdict d(long seq, String a, String b, Verdict v) {
        return new VerdictsInForce.StoredVerdict(seq, ReviewPair.idOf(a, b), a, b, v, "ana", "", "review.xlsx", (int) seq + 1, 1);
    }

    @Test
    void contradictionIsReportedAndNoneOfItsDecisionsIsApplied() {
        var r = VerdictsInForce.resolve(List.of(d(1, "A", "B", Verdict.SAME), d(2, "B", "C", Verdict.SAME), d(3, "A", "C", Verdict.DIFFERENT),
                d(4, "D", "E", Verdict.SAME)), List.of("A", "B", "C", "D", "E"));
        assertThat(r.notApplied()).hasSize(3).allSatisfy(e -> assertThat(e.getValue()).startsWith("contradicts other decisions"));
        assertThat(r.applied()).extracting(VerdictsInForce.StoredVerdict::pairId).containsExactly(ReviewPair.idOf("D", "E"));
        assertThat(r.decisions().mustLink()).hasSize(1);
        assertThat(r.decisions().cannotLink()).isEmpty();
    }

    @Test
    void decisionOnARecordThatVanishedIsKeptAndReported() {
        var r = VerdictsInForce.resolve(List.of(d(1, "A", "Z", Verdict.SAME)), List.of("A", "B"));
        assertThat(r.notApplied()).singleElement().satisfies(e -> assertThat(e.getValue()).contains("no longer in its list").contains("Z"));
        assertThat(r.decisions().mustLink()).isEmpty();
    }

    @Test
    void laterDecisionSupersedesAndPairIdIsTheSameInEitherOrder() {
        assertThat(ReviewPair.idOf("A", "B")).isEqualTo(ReviewPair.idOf("B", "A"));
        var r = VerdictsInForce.resolve(List.of(d(1, "A", "B", Verdict.SAME), d(2, "B", "A", Verdict.DIFFERENT)), List.of("A", "B"));
        assertThat(r.decisions().cannotLink()).hasSize(1);
        assertThat(r.decisions().mustLink()).isEmpty();
    }

    @Test
    void aDecisionOnARecordsEarlierKeyFollowsTheRecord() {
        // given "different" decided on José (then alone: the plain key) and a communiqué's entry; a namesake has joined him since
        String earlier = "ngo|jose luis perez gonzalez|";
        String now = "ngo|jose luis perez gonzalez|#b1970-03-04";
        var r = VerdictsInForce.resolve(List.of(d(1, earlier, "amnistia|jose luis perez gonzalez|12345678", Verdict.DIFFERENT)),
                List.of(now, "ngo|jose luis perez gonzalez|#b1992-08-09", "amnistia|jose luis perez gonzalez|12345678"),
                new String[] {earlier, null, null}, Messages.of("en"));
        // then it holds for the record that was his
        assertThat(r.notApplied()).isEmpty();
        assertThat(r.decisions().cannotLink()).singleElement().satisfies(pair -> assertThat(pair).containsExactly(0, 2));
    }
}
