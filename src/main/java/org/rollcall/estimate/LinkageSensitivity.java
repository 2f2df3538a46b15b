package org.rollcall.estimate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the estimate moves with the linkage: the same estimation under two alternative linkings,
 * for example every pair left for review linked (fewer people, more overlap) and every such
 * pair kept apart (more people, less overlap). Linking errors bias MSE: missed links lower the
 * overlaps and inflate the estimate, false links do the opposite.
 *
 * @param allLinked estimates with the uncertain pairs linked
 * @param allApart estimates with them kept apart
 * @param shift headline people on no list, apart minus linked (NaN when either is not estimable)
 */
public record LinkageSensitivity(Estimates allLinked, Estimates allApart, double shift) {

    /**
     * @param linked person id → lists, with uncertain pairs merged into one person
     * @param apart person id → lists, with uncertain pairs as separate people
     */
    public static LinkageSensitivity compare(List<String> lists, Map<String, ? extends Set<String>> linked,
            Map<String, ? extends Set<String>> apart, EstimationSettings settings) {
        Estimates a = MultipleSystemsEstimator.estimate(OverlapTable.of(lists, linked), settings);
        Estimates b = MultipleSystemsEstimator.estimate(OverlapTable.of(lists, apart), settings);
        return new LinkageSensitivity(a, b, b.peopleOnNoList().estimate() - a.peopleOnNoList().estimate());
    }
}
