package org.rollcall.match;

/** String similarity helpers shared by the comparisons. */
final class Similarity {

    /** Jaro–Winkler's boost applies from this Jaro similarity. */
    private static final double BOOST_FROM = 0.7;
    /** How much each character of common prefix raises the similarity (of what is left to 1). */
    private static final double SCALING = 0.1;
    /** The most characters of common prefix that raise the similarity. */
    private static final int MAX_PREFIX = 4;

    private Similarity() {
    }

    /**
     * Jaro–Winkler similarity, 0.0 (nothing in common) to 1.0 (equal): the value of Apache Commons
     * Text's {@code JaroWinklerSimilarity}, bit for bit (SimilarityTest compares them), computed on
     * the strings directly. Commons Text 1.15 reads both strings through a per-character interface
     * and allocates per call; matching samples hundreds of thousands of random pairs to estimate
     * u, where this was the most sampled method.
     */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        String max = a.length() > b.length() ? a : b;
        String min = max == a ? b : a;
        int window = Math.max(max.length() / 2 - 1, 0);
        boolean[] taken = new boolean[max.length()];
        char[] minMatched = new char[min.length()];
        int matches = 0;
        for (int i = 0; i < min.length(); i++) {
            char c = min.charAt(i);
            for (int j = Math.max(i - window, 0), end = Math.min(i + window + 1, max.length()); j < end; j++) {
                if (!taken[j] && c == max.charAt(j)) {
                    taken[j] = true;
                    minMatched[matches++] = c;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        for (int j = 0, k = 0; j < max.length(); j++) {
            if (taken[j]) {
                if (max.charAt(j) != minMatched[k]) {
                    halfTranspositions++;
                }
                k++;
            }
        }
        int prefix = 0;
        while (prefix < Math.min(MAX_PREFIX, min.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - halfTranspositions / 2.0) / m) / 3;
        return jaro < BOOST_FROM ? jaro : jaro + SCALING * prefix * (1.0 - jaro);
    }

    /**
     * {@link #jaroWinkler} when it is at least {@code floor}, bit for bit; otherwise a value below
     * {@code floor}. For a comparison that only asks whether the similarity reaches its thresholds:
     * most pairs sampled at random to estimate u (two unrelated names) share too few characters to
     * reach the lowest, which a bound proves from the characters alone, without matching them.
     *
     * @param floor the lowest similarity the caller tests for, 0 to 1
     */
    static double jaroWinklerAtLeast(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        // a margin far above rounding: a bound this close to the floor is matched in full
        return bound(a, b) < floor - 1e-9 ? 0.0 : jaroWinkler(a, b);
    }

    /**
     * At least Jaro–Winkler's value: every match is a character of the shorter string found in the
     * longer one, so their number bounds the matches; transpositions can only lower the Jaro
     * value, and the boost grows with it. For two different strings (equal ones are 1.0).
     */
    static double bound(String a, String b) {
        String max = a.length() > b.length() ? a : b;
        String min = max == a ? b : a;
        long low = 0;
        long high = 0;
        for (int j = 0; j < max.length(); j++) {
            char c = max.charAt(j);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << (c - 64);
            }
        }
        int matches = 0;
        for (int i = 0; i < min.length(); i++) {
            char c = min.charAt(i);
            // a character past ASCII may be anywhere in the longer string: counted as found
            if (c >= 128 || (c < 64 ? (low >>> c & 1) != 0 : (high >>> (c - 64) & 1) != 0)) {
                matches++;
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int prefix = 0;
        while (prefix < Math.min(MAX_PREFIX, min.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + 1.0) / 3;
        return jaro < BOOST_FROM ? jaro : jaro + SCALING * prefix * (1.0 - jaro);
    }

    /** Damerau (optimal string alignment) distance, stopping early past {@code max}. */
    static int editDistance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
