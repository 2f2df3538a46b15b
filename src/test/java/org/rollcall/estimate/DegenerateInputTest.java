package org.rollcall.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inputs that cannot give an estimate say why, and give no number. */
class DegenerateInputTest {

    static final EstimationSettings SETTINGS = EstimationSettings.defaults().withBootstrapReplicates(20);

    static Estimates estimate(long... counts) {
        return MultipleSystemsEstimator.estimate(OverlapTable.ofCounts(Simulated.ABC, counts), SETTINGS);
    }

    static void assertNoFigure(Estimate e, String reasonPart) {
        assertFalse(e.estimable());
        assertTrue(Double.isNaN(e.estimate()) && Double.isNaN(e.low()) && Double.isNaN(e.high())
                && Double.isNaN(e.population()), e.toString());
        assertTrue(e.reason().startsWith("not estimable: "), e.reason());
        assertTrue(e.reason().contains(reasonPart), e.reason());
    }

    @Test
    void aListContainedInAnotherIsNotEstimable() {
        // everyone on B is also on A: cells "B only" (2) and "B+C" (6) are empty
        Estimates e = estimate(0, 50, 0, 30, 40, 20, 0, 10);
        assertNoFigure(e.peopleOnNoList(), "every person on list 'B' is also on list 'A'");
        assertTrue(e.models().isEmpty());
        assertNoFigure(e.chaoLowerBound(), "also on list 'A'");
    }

    @Test
    void anEmptyListIsNotEstimable() {
        Estimates e = estimate(0, 50, 40, 30, 0, 0, 0, 0);
        assertNoFigure(e.peopleOnNoList(), "list 'C' is empty");
    }

    @Test
    void listsWithoutOverlapAreNotEstimable() {
        Estimates e = estimate(0, 50, 40, 0, 30, 0, 0, 0);
        assertNoFigure(e.peopleOnNoList(), "no one is on more than one list");
    }

    @Test
    void oneListIsNotEstimable() {
        Estimates e = MultipleSystemsEstimator.estimate(OverlapTable.ofCounts(List.of("A"), new long[] {0, 10}), SETTINGS);
        assertNoFigure(e.peopleOnNoList(), "at least 2 lists are needed");
    }

    @Test
    void twoListsWithoutOverlapAreNotEstimable() {
        Estimates e = MultipleSystemsEstimator.estimate(OverlapTable.ofCounts(List.of("A", "B"), new long[] {0, 10, 12, 0}), SETTINGS);
        assertNoFigure(e.peopleOnNoList(), "no one is on more than one list");
    }

    @Test
    void aZeroCellMakesTheSaturatedModelNotEstimableButNotTheOthers() {
        // A+B (3) is empty though A, B overlap via A+B+C: the saturated estimate divides by y110 = 0
        Estimates e = estimate(0, 200, 150, 0, 180, 70, 50, 25);
        ModelFit saturated = e.models().get(7);
        assertFalse(saturated.estimable(), saturated.toString());
        assertTrue(Double.isNaN(saturated.estimate()));
        assertTrue(saturated.reason().contains("zero cell") || saturated.reason().contains("do not bound"), saturated.reason());
        assertTrue(e.models().get(0).estimable());
        assertTrue(e.peopleOnNoList().estimable());
        assertTrue(e.models().stream().filter(ModelFit::estimable).noneMatch(m -> m.name().equals(saturated.name())));
    }

    @Test
    void anInteractionBetweenListsNoOneSharesIsNotEstimable() {
        // no one on both A and B
        Estimates e = estimate(0, 200, 150, 0, 180, 70, 50, 0);
        ModelFit ab = e.models().stream().filter(m -> m.name().equals("A:B")).findFirst().orElseThrow();
        assertFalse(ab.estimable());
        assertTrue(ab.reason().contains("no one is on both A and B"), ab.reason());
    }

    @Test
    void threeListsGiveNoLatentClassEstimate() {
        Estimates e = estimate(0, 200, 150, 60, 180, 70, 50, 25);
        assertNoFigure(e.latentClass(), "needs at least 4 lists");
    }

    @Test
    void anUnknownListNamesThePerson() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OverlapTable.of(List.of("A", "B"), Map.of("p7", Set.of("Z"))));
        assertEquals("person 'p7' is on list 'Z', which is not one of [A, B]", e.getMessage());
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EstimationSettings(1.5, EstimationSettings.Criterion.AIC, 64, 30, 10, 200, 1));
        assertTrue(e.getMessage().contains("confidence must be between 0.5 and 1, got 1.5"));
    }
}
