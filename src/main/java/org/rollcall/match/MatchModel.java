package org.rollcall.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Fellegi–Sunter model: for each comparison and level, m (the chance a true pair agrees at
 * that level) and u (the chance a random pair does); the prior λ (the chance that two records drawn at random are one person); term frequencies for value rarity. A pair's match weight is
 * {@code log2(λ / (1 - λ)) + Σ log2(m / u)} plus rarity adjustments, in bits; its probability is
 * {@code 1 / (1 + 2^-weight)}.
 *
 * @param comparisons the comparisons, in order
 * @param m m per comparison and level
 * @param u u per comparison and level
 * @param lambda the chance that two records drawn at random are one person
 * @param frequencies term frequencies per comparison (empty when not adjusted)
 * @param frequencyWeight how much of the rarity adjustment to apply, 0 to 1
 * @param fit how the parameters were obtained, for the run's outputs
 */
public record MatchModel(List<Comparison> comparisons, double[][] m, double[][] u, double lambda,
        List<TermFrequencies> frequencies, double frequencyWeight, FitReport fit) {

    /**
     * What the estimation did.
     *
     * @param randomPairs random pairs sampled for u
     * @param candidatePairs candidate pairs the EM ran on
     * @param sessions one line per EM session (blocking rule) that estimated m
     * @param lambdaIterations EM iterations for λ
     * @param converged whether λ converged
     * @param fixed comparisons whose m or u were given in the job file
     * @param skippedSessions one line per blocking rule whose EM session did not run, with why
     * @param notEstimated comparison name → why its m is the prior, not estimated from this run's
     *     records (no session could estimate it)
     * @param millis where the fit's time went: phase → milliseconds, in order
     */
    public record FitReport(long randomPairs, long candidatePairs, List<String> sessions, int lambdaIterations, boolean converged,
            List<String> fixed, List<String> skippedSessions, Map<String, String> notEstimated, Map<String, Long> millis) {

        public FitReport {
            sessions = List.copyOf(sessions);
            fixed = List.copyOf(fixed);
            skippedSessions = skippedSessions == null ? List.of() : List.copyOf(skippedSessions);
            notEstimated = notEstimated == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(notEstimated));
            millis = millis == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        }
    }

    /** The weight in bits of agreement at {@code level} of comparison {@code c}, before rarity. */
    public double weight(int c, int level) {
        return TermFrequencies.log2(m[c][level] / u[c][level]);
    }

    public double priorWeight() {
        return TermFrequencies.log2(lambda / (1 - lambda));
    }

    /** The total weight of a pair from its levels ({@code -1} = missing), without rarity. */
    public double weight(int[] levels) {
        double w = priorWeight();
        for (int c = 0; c < levels.length; c++) {
            if (levels[c] >= 0) {
                w += weight(c, levels[c]);
            }
        }
        return w;
    }

    /** The rarity adjustment of comparison c for two prepared values at a level. */
    public double rarity(int c, Object a, Object b, int level) {
        if (frequencyWeight == 0 || frequencies.get(c).isEmpty()) {
            return 0;
        }
        List<String> values = comparisons.get(c).frequencyValues(a, b, level);
        return values.isEmpty() ? 0 : frequencyWeight * frequencies.get(c).adjustment(values);
    }

    /** Each field's part of a pair's weight, prior first: the numbers behind a waterfall chart. */
    public List<Contribution> explain(int[] levels, Object[] a, Object[] b) {
        List<Contribution> out = new ArrayList<>();
        out.add(new Contribution("prior", "candidate pair", priorWeight()));
        for (int c = 0; c < levels.length; c++) {
            Comparison cmp = comparisons.get(c);
            if (levels[c] < 0) {
                out.add(new Contribution(cmp.name(), "missing", 0));
                continue;
            }
            Level level = cmp.levels().get(levels[c]);
            out.add(new Contribution(cmp.name(), level.label(), weight(c, levels[c]), level.atRisk()));
            double r = rarity(c, a[c], b[c], levels[c]);
            if (r != 0) {
                out.add(new Contribution(cmp.name() + " rarity", r > 0 ? "rarer than average" : "commoner than average", r));
            }
        }
        return out;
    }

    public static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }
}
