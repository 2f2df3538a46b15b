package org.rollcall.estimate;

import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultipleSystemsEstimatorTest {

    static final EstimationSettings SETTINGS = EstimationSettings.defaults().withBootstrapReplicates(50);

    /** counts by mask for lists A, B, C. */
    static OverlapTable abc(long a, long b, long ab, long c, long ac, long bc, long abc) {
        return OverlapTable.ofCounts(Simulated.ABC, new long[] {0, a, b, ab, c, ac, bc, abc});
    }

    @Test
    void threeListsFitAllEightHierarchicalModels() {
        // given
        OverlapTable table = abc(200, 150, 60, 180, 70, 50, 25);

        // when
        Estimates e = MultipleSystemsEstimator.estimate(table, SETTINGS);

        // then
        assertEquals(8, e.models().size());
        assertEquals("independence", e.models().get(0).name());
        assertEquals("A:B + A:C + B:C", e.models().get(7).name());
        assertEquals(0, e.models().get(7).df());
        assertTrue(e.peopleOnNoList().estimable(), e.peopleOnNoList().reason());
        assertEquals(e.selectedByAic(), e.peopleOnNoList().model().replace("log-linear ", ""));
        assertTrue(e.peopleOnNoList().low() <= e.peopleOnNoList().estimate());
        assertTrue(e.peopleOnNoList().high() >= e.peopleOnNoList().estimate());
        assertEquals(table.observed() + e.peopleOnNoList().estimate(), e.peopleOnNoList().population(), 1e-9);
        assertTrue(e.spread().lowest() <= e.spread().highest());
        assertTrue(e.rationale().contains("lowest AIC"), e.rationale());
        assertFalse(e.latentClass().estimable());
        assertTrue(e.latentClass().reason().contains("at least 4 lists"), e.latentClass().reason());
    }

    /**
     * With three lists the saturated pairwise model reproduces the observed cells and its missing
     * cell is y111 y100 y010 y001 / (y110 y101 y011) (Bishop, Fienberg &amp; Holland 1975, §6.5;
     * Fienberg 1972, Biometrika 59:591–603).
     */
    @Test
    void saturatedThreeListModelGivesFienbergsClosedForm() {
        OverlapTable table = abc(200, 150, 60, 180, 70, 50, 25);
        ModelFit fit = LogLinearFitter.fit(table, new LogLinearModel(Simulated.ABC, LogLinearModel.allPairs(3)), 0.95);
        assertEquals(25.0 * 200 * 150 * 180 / (60.0 * 70 * 50), fit.estimate(), 1e-6);
        assertEquals(0, fit.deviance(), 1e-8);
    }

    /** The independence model of two lists is Lincoln–Petersen: n10 n01 / n11. */
    @Test
    void independenceOfTwoListsIsLincolnPetersen() {
        OverlapTable table = OverlapTable.ofCounts(List.of("A", "B"), new long[] {0, 120, 80, 40});
        ModelFit fit = LogLinearFitter.fit(table, LogLinearModel.independence(table.lists()), 0.95);
        assertEquals(120.0 * 80 / 40, fit.estimate(), 1e-6);
    }

    @Test
    void twoListsGiveOnlyChapmanClearlyLabelled() {
        // given n1 = 160, n2 = 120, m = 40
        OverlapTable table = OverlapTable.ofCounts(List.of("A", "B"), new long[] {0, 120, 80, 40});

        // when
        Estimates e = MultipleSystemsEstimator.estimate(table, SETTINGS);

        // then: N = 161 · 121 / 41 − 1 = 474.15 …, minus n = 240
        assertTrue(e.models().isEmpty());
        assertTrue(e.peopleOnNoList().model().contains("Chapman"));
        assertTrue(e.peopleOnNoList().model().contains("independent"));
        assertEquals(161.0 * 121 / 41 - 1 - 240, e.peopleOnNoList().estimate(), 1e-9);
        assertTrue(e.rationale().contains("only two lists"));
        assertNull(e.selectedByAic());
    }

    /** Chao (1987): f0 = f1² / (2 f2), var = f2 (r⁴/4 + r³ + r²/2), log-normal interval. */
    @Test
    void chaoLowerBoundFollowsChao1987() {
        // given f1 = 530, f2 = 180, f3 = 25
        OverlapTable table = abc(200, 150, 60, 180, 70, 50, 25);

        // when
        Estimate chao = ClosedFormEstimators.chaoLowerBound(table, 0.95);

        // then
        double f0 = 530.0 * 530 / 360;
        double r = 530.0 / 180;
        double var = 180 * (Math.pow(r, 4) / 4 + Math.pow(r, 3) + r * r / 2);
        double c = Math.exp(1.959963985 * Math.sqrt(Math.log(1 + var / (f0 * f0))));
        assertEquals(f0, chao.estimate(), 1e-9);
        assertEquals(f0 / c, chao.low(), 1e-6);
        assertEquals(f0 * c, chao.high(), 1e-6);
    }

    @Test
    void hivSelectionByAicAndBicIsShownOverAllSixtyFourModels() {
        Estimates e = MultipleSystemsEstimator.estimate(PublishedExamplesTest.hiv(), SETTINGS);
        System.out.println("HIV: " + e.rationale() + " | headline " + e.peopleOnNoList() + " | BIC " + e.selectedByBic()
                + " | Chao " + e.chaoLowerBound() + " | LC " + e.latentClass());
        assertEquals(64, e.models().size());
        assertTrue(e.peopleOnNoList().estimable());
        // the help page of Rcapture's HIV data concludes "only the [1,2] interaction is important"
        assertEquals("c1:c2", e.selectedByAic());
        assertEquals("independence", e.selectedByBic());
        ModelFit c12 = e.models().stream().filter(m -> m.name().equals("c1:c2")).findFirst().orElseThrow();
        assertEquals(12318.5, c12.population(), 0.05);
    }

    @Test
    void fourListsWithManyModelsUseStepwiseWhenCapped() {
        EstimationSettings capped = new EstimationSettings(0.95, EstimationSettings.Criterion.BIC, 20, 30, 10, 0, 1);
        Estimates e = MultipleSystemsEstimator.estimate(PublishedExamplesTest.hiv(), capped);
        assertTrue(e.models().size() <= 20 && e.models().size() > 1);
        assertEquals(e.selectedByBic(), e.peopleOnNoList().model().replace("log-linear ", ""));
    }

    @Test
    void estimatesAreTheSameForTheSameSeed() {
        OverlapTable table = Simulated.latentClasses(800, 0.4, new double[] {0.6, 0.5, 0.55, 0.6},
                new double[] {0.15, 0.1, 0.2, 0.15}, 7);
        assertEquals(MultipleSystemsEstimator.estimate(table, SETTINGS), MultipleSystemsEstimator.estimate(table, SETTINGS));
    }

    @Test
    void overlapTableKeepsPeopleAndLabelsPatternsInMaskOrder() {
        OverlapTable table = OverlapTable.of(List.of("ngo", "gov", "court"), Map.of(
                "p1", Set.of("ngo"), "p2", Set.of("ngo", "gov"), "p3", Set.of("gov", "ngo"),
                "p4", Set.of("court", "gov", "ngo"), "p5", Set.of()));
        assertEquals(List.of("ngo only", "gov only", "ngo+gov", "court only", "ngo+court", "gov+court", "ngo+gov+court"),
                table.cells().stream().map(OverlapTable.Cell::label).toList());
        assertEquals(List.of("p2", "p3"), table.people(3));
        assertEquals(4, table.observed());
        assertEquals(1, table.onExactly(3));
    }
}
