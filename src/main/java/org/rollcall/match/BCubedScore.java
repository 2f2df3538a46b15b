package org.rollcall.match;

import java.util.Locale;
import java.util.Map;

/**
 * B-cubed quality of a linkage against the truth (Bagga and Baldwin, 1998): for every record, the
 * share of its predicted person's records that are truly its person (precision) and the share of
 * its true person's records that were put in its predicted person (recall), averaged over records.
 * Unlike pairwise scores, a large person does not outweigh many small ones quadratically.
 *
 * @param records records scored
 * @param precision mean per-record precision, 0 to 1
 * @param recall mean per-record recall, 0 to 1
 */
public record BCubedScore(long records, double precision, double recall) {

    /**
     * @param predicted record → predicted entity
     * @param truth record → true entity; records absent from it are not scored
     */
    public static BCubedScore of(Map<String, String> predicted, Map<String, String> truth) {
        Contingency c = Contingency.of(predicted, truth);
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String p = predicted.get(e.getKey());
            double common = c.overlaps().get(Contingency.key(p, e.getValue()));
            precision += common / c.predictedSizes().get(p);
            recall += common / c.trueSizes().get(e.getValue());
        }
        long n = truth.size();
        return n == 0 ? new BCubedScore(0, 1, 1) : new BCubedScore(n, precision / n, recall / n);
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "B-cubed: records %d%nprecision %.4f  recall %.4f  F1 %.4f", records, precision, recall, f1());
    }
}
