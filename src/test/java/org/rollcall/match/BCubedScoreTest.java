package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedScoreTest {

    @Test
    void oneRecordInTheWrongPersonCostsBothPrecisionAndRecall() {
        // given truth {a,b,c} {d,e}; predicted {a,b} {c,d,e}
        Map<String, String> truth = Map.of("a", "T1", "b", "T1", "c", "T1", "d", "T2", "e", "T2");
        Map<String, String> predicted = Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2");
        // when
        BCubedScore s = BCubedScore.of(predicted, truth);
        // then precision (1 + 1 + 1/3 + 2/3 + 2/3) / 5, recall (2/3 + 2/3 + 1/3 + 1 + 1) / 5
        assertThat(s.precision()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(s.recall()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(s.f1()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(LinkageScore.of(predicted, truth).precision()).isEqualTo(0.5);
    }

    @Test
    void everythingInOnePersonHasFullRecallAndLowPrecision() {
        Map<String, String> truth = Map.of("a", "T1", "b", "T1", "c", "T2");
        Map<String, String> predicted = Map.of("a", "P", "b", "P", "c", "P");
        BCubedScore s = BCubedScore.of(predicted, truth);
        assertThat(s.precision()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(2 * (5.0 / 9) / (5.0 / 9 + 1), within(1e-12));
    }

    @Test
    void allSingletonsHaveFullPrecisionAndRecallBySize() {
        Map<String, String> truth = Map.of("a", "T1", "b", "T1", "c", "T2");
        Map<String, String> predicted = Map.of("a", "P1", "b", "P2", "c", "P3");
        BCubedScore s = BCubedScore.of(predicted, truth);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-12));
    }

    @Test
    void aPerfectLinkageScoresOne() {
        Map<String, String> truth = Map.of("a", "T1", "b", "T1", "c", "T2");
        Map<String, String> predicted = Map.of("a", "X", "b", "X", "c", "Y");
        BCubedScore s = BCubedScore.of(predicted, truth);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.toString()).contains("B-cubed: records 3", "precision 1.0000  recall 1.0000  F1 1.0000");
    }

    @Test
    void aTruthRecordMissingFromTheLinkageIsNamed() {
        assertThatThrownBy(() -> BCubedScore.of(Map.of("a", "P"), Map.of("a", "T", "b", "T")))
                .hasMessageContaining("record 'b' of the truth is not in the linkage");
    }
}
