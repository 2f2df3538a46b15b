package org.rollcall.report;

import java.util.ArrayList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rollcall.match.Contribution;

/** The evidence pictures: what a waterfall and a weight distribution show, checked on hand-made pairs. */
class EvidenceChartsTest {

    private static final Labels ES = new Labels("es");

    private static ReportWriter.PairRow pair(double probability, double... weights) {
        List<Contribution> parts = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            parts.add(new Contribution(i == 0 ? "prior" : "field" + i, "level" + i, weights[i]));
            total += weights[i];
        }
        return new ReportWriter.PairRow("ngo", "1", "amnistia", "2", "review", probability, total, null, parts, true);
    }

    @Test
    void weightOfAProbabilityIsItsLogOddsInBits() {
        assertThat(EvidenceCharts.weightOf(0.5)).isCloseTo(0, within(1e-9));
        assertThat(EvidenceCharts.weightOf(0.9)).isCloseTo(Math.log(9) / Math.log(2), within(1e-9));
        assertThat(EvidenceCharts.weightOf(0.1)).isCloseTo(-Math.log(9) / Math.log(2), within(1e-9));
    }

    @Test
    void waterfallHasABarPerContributionAndTheTotalWhereTheyEnd() {
        // given a pair whose evidence adds up to -1.2 bits (probability 2^-1.2 / (1 + 2^-1.2) = 0.303)
        ReportWriter.PairRow p = pair(0.303, -9.8, 8.2, 0.4);
        // when drawn
        String svg = EvidenceCharts.waterfall(p, ES, 0, EvidenceCharts.weightOf(0.9));
        // then three contribution bars and a total bar, signed values, the two thresholds, and the probability in Spanish
        assertThat(Pattern.compile("<rect ").matcher(svg).results().count()).isEqualTo(4);
        assertThat(svg).contains(">-9.8<", ">+8.2<", ">+0.4<", ">-1.2<", "total: probabilidad 0.303", "umbral de revisión", "umbral de enlace");
        assertThat(svg).doesNotContain("http");
    }

    @Test
    void distributionCountsEveryPairOnceInBinsOfTwoBits() {
        List<ReportWriter.PairRow> pairs = List.of(pair(0.3, -1.0), pair(0.3, -0.5), pair(0.99, 25.0), pair(0.6, 0.7));
        String svg = EvidenceCharts.distribution(pairs, ES, 0, EvidenceCharts.weightOf(0.9));
        assertThat(svg).contains("4 pares enlazados o por revisar");
        // -1.0 and -0.5 share the bin [-2, 0); 0.7 is alone in [0, 2); 25.0 alone in [24, 26)
        assertThat(svg).contains("font-size=\"11\">2</text>");
        assertThat(Pattern.compile("font-size=\"11\">1</text>").matcher(svg).results().count()).isEqualTo(2);
    }
}
