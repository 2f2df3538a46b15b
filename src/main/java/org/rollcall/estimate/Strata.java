package org.rollcall.estimate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The same estimation per stratum (state, civil or military, year of detention …) beside the
 * overall one. Capture probabilities that differ between strata bias a pooled estimate
 * (Sekar &amp; Deming 1949); estimating each stratum and adding them removes that part of the
 * heterogeneity, at the price of smaller tables. A stratum with fewer than
 * {@link EstimationSettings#minStratumPeople()} people observed or fewer than
 * {@link EstimationSettings#minStratumOverlap()} on two or more lists is not estimated, and says
 * so.
 */
public final class Strata {

    /** The stratum of people whose stratum is not known. */
    public static final String UNKNOWN = "(unknown)";

    private Strata() {
    }

    /**
     * Per-stratum results and their sum.
     *
     * @param overall the estimate from all people together
     * @param byStratum stratum value → its estimates, in stratum order
     * @param sumOfStrata the strata's people on no list added up; not estimable when any stratum is not
     */
    public record StratifiedEstimates(Estimates overall, Map<String, Estimates> byStratum, Estimate sumOfStrata) {

        public StratifiedEstimates {
            byStratum = Collections.unmodifiableMap(new LinkedHashMap<>(byStratum));
        }
    }

    /**
     * @param lists the list names
     * @param membership person id → lists the person is on
     * @param stratumOf person id → stratum value; people missing from it fall in {@link #UNKNOWN}
     */
    public static StratifiedEstimates estimate(List<String> lists, Map<String, ? extends Set<String>> membership,
            Map<String, String> stratumOf, EstimationSettings settings) {
        Estimates overall = MultipleSystemsEstimator.estimate(OverlapTable.of(lists, membership), settings);
        Map<String, Map<String, Set<String>>> split = new TreeMap<>();
        for (Map.Entry<String, ? extends Set<String>> e : membership.entrySet()) {
            String stratum = stratumOf.getOrDefault(e.getKey(), UNKNOWN);
            split.computeIfAbsent(stratum == null ? UNKNOWN : stratum, s -> new LinkedHashMap<>()).put(e.getKey(), e.getValue());
        }
        Map<String, Estimates> byStratum = new LinkedHashMap<>();
        double sum = 0;
        long observed = 0;
        String missing = null;
        for (Map.Entry<String, Map<String, Set<String>>> e : split.entrySet()) {
            OverlapTable table = OverlapTable.of(lists, e.getValue());
            Estimates estimates = estimateStratum(table, settings);
            byStratum.put(e.getKey(), estimates);
            observed += table.observed();
            if (estimates.peopleOnNoList().estimable()) {
                sum += estimates.peopleOnNoList().estimate();
            } else if (missing == null) {
                missing = "stratum '" + e.getKey() + "' is " + estimates.peopleOnNoList().reason();
            }
        }
        Estimate total = missing != null
                ? Estimate.notEstimable("sum of strata", observed, missing)
                : new Estimate("sum of strata (no interval: strata intervals do not add)", true, null, sum,
                        Double.NaN, Double.NaN, observed, observed + sum);
        return new StratifiedEstimates(overall, byStratum, total);
    }

    static Estimates estimateStratum(OverlapTable table, EstimationSettings settings) {
        long n = table.observed();
        long overlap = n - table.onExactly(1);
        if (n < settings.minStratumPeople()) {
            return Estimates.notEstimable(table, settings, "only " + n + " people observed in this stratum (at least "
                    + settings.minStratumPeople() + " needed)");
        }
        if (overlap < settings.minStratumOverlap()) {
            return Estimates.notEstimable(table, settings, "only " + overlap + " people on two or more lists in this stratum (at least "
                    + settings.minStratumOverlap() + " needed)");
        }
        return MultipleSystemsEstimator.estimate(table, settings);
    }
}
