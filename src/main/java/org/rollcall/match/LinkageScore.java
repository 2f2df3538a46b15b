package org.rollcall.match;

import java.util.Locale;
import java.util.Map;

/**
 * Pairwise quality of a linkage against the truth: every pair of records put in one person is a
 * predicted pair; precision, recall and F1 over those pairs. Counted from the contingency of the
 * two clusterings, so scoring a million records does not list pairs.
 *
 * @param truePairs pairs that are one person in the truth
 * @param predictedPairs pairs the linkage put in one person
 * @param correctPairs pairs in both
 */
public record LinkageScore(long truePairs, long predictedPairs, long correctPairs) {

    /**
     * @param predicted record → predicted entity
     * @param truth record → true entity; records absent from it are not scored
     */
    public static LinkageScore of(Map<String, String> predicted, Map<String, String> truth) {
        Contingency c = Contingency.of(predicted, truth);
        return new LinkageScore(pairs(c.trueSizes()), pairs(c.predictedSizes()), pairs(c.overlaps()));
    }

    private static long pairs(Map<String, Long> sizes) {
        long sum = 0;
        for (long n : sizes.values()) {
            sum += n * (n - 1) / 2;
        }
        return sum;
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pairs: true %d, predicted %d, correct %d%nprecision %.4f  recall %.4f  F1 %.4f",
                truePairs, predictedPairs, correctPairs, precision(), recall(), f1());
    }
}
