package org.rollcall.match;

import org.assertj.core.data.Offset;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkageScoreTest {

    @Test
    void countsPairsFromTheTwoClusterings() {
        // truth: {a,b,c} and {d}; predicted: {a,b} and {c,d}
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        LinkageScore s = LinkageScore.of(predicted, truth);
        assertThat(s.truePairs()).isEqualTo(3);
        assertThat(s.predictedPairs()).isEqualTo(2);
        assertThat(s.correctPairs()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0 / 3);
        assertThat(s.f1()).isCloseTo(0.4, Offset.offset(1e-12));
    }

    @Test
    void perfectLinkageScoresOne() {
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "2");
        assertThat(LinkageScore.of(Map.of("a", "p", "b", "p", "c", "q"), truth).f1()).isEqualTo(1.0);
    }
}
