package org.rollcall.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each value of a comparison occurs among the records (a surname token, a locality).
 * Agreement on a value rarer than average adds weight, on a commoner one takes weight away:
 * {@code log2(collision / frequency(value))} per value, where collision is the chance that two
 * random values are equal. Each value's adjustment is capped, and the total is scaled by the
 * job's term-frequency weight.
 */
public final class TermFrequencies {

    /** No value moves the weight by more than this many bits. */
    static final double CAP = 3.0;

    private final Map<String, Integer> counts;
    private final long total;
    private final double collision;

    private TermFrequencies(Map<String, Integer> counts, long total) {
        this.counts = counts;
        this.total = total;
        double c = 0;
        for (int n : counts.values()) {
            double f = (double) n / total;
            c += f * f;
        }
        this.collision = c;
    }

    /** Counts the values of every prepared record; {@code null} entries are missing values. */
    public static TermFrequencies count(Comparison comparison, Object[] prepared) {
        Map<String, Integer> counts = new HashMap<>();
        long total = 0;
        for (Object p : prepared) {
            if (p == null) {
                continue;
            }
            for (String v : comparison.values(p)) {
                counts.merge(v, 1, Integer::sum);
                total++;
            }
        }
        return new TermFrequencies(counts, Math.max(total, 1));
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The adjustment in bits for agreeing on these values, each capped at ±{@link #CAP}. */
    public double adjustment(List<String> values) {
        double sum = 0;
        for (String v : values) {
            Integer n = counts.get(v);
            if (n == null || collision <= 0) {
                continue;
            }
            double f = (double) n / total;
            sum += Math.max(-CAP, Math.min(CAP, log2(collision / f)));
        }
        return sum;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
