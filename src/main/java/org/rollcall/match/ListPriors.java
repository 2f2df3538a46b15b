package org.rollcall.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rollcall.normalize.PersonRecord;

/**
 * The prior per pair of lists: the chance that two records are one person depends on where they
 * come from. Two entries of one communiqué are rarely one person (a list seldom repeats a name),
 * one person's rulings often are, and an NGO row and a communiqué entry are in between. One λ for
 * all pairs makes two namesakes in one communiqué as likely one person as a communiqué entry and an
 * NGO row with that name; a λ per pair of lists does not.
 *
 * <p>Each λ is estimated like the overall one (EM over the candidate pairs of that pair of lists
 * with m and u fixed, pairs no rule proposed taken as different people), shrunk toward the overall λ
 * by one expected true pair, so that a small list cannot drive it to 0 or 1. Where both lists carry
 * ID numbers on enough records, only the pairs whose two records both have one are counted (over
 * all such pairs): their ID numbers decide, so namesakes without an ID number cannot talk the
 * estimate up by being taken for one person. A pair's weight gets
 * {@code log2 odds(λ of its lists) − log2 odds(λ)} in bits.
 *
 * @param lambda the overall λ the model was fitted with
 * @param byLists "a × b" (source ids in alphabetical order) → that pair of lists' λ
 */
public record ListPriors(double lambda, Map<String, Double> byLists) {

    /** No adjustment: every pair of lists has the overall λ. */
    public static ListPriors none(double lambda) {
        return new ListPriors(lambda, Map.of());
    }

    public ListPriors {
        byLists = Collections.unmodifiableMap(new TreeMap<>(byLists));
    }

    private static final int MAX_ITERATIONS = 200;

    /**
     * @param pairs candidate pairs as {@code a * n + b}
     * @param levels each candidate pair's level per comparison ({@code -1} = missing)
     */
    public static ListPriors estimate(MatchModel model, List<PersonRecord> records, long[] pairs, byte[][] levels) {
        int n = records.size();
        Map<String, Long> sizes = new HashMap<>();
        records.forEach(r -> sizes.merge(r.sourceId(), 1L, Long::sum));
        if (sizes.size() < 2) {
            return none(model.lambda());
        }
        int id = idComparison(model);
        if (id >= 0) {
            Map<String, Long> identified = new HashMap<>();
            records.stream().filter(r -> r.id() != null).forEach(r -> identified.merge(r.sourceId(), 1L, Long::sum));
            List<Integer> kept = new ArrayList<>();
            for (int p = 0; p < pairs.length; p++) {
                if (levels[p][id] >= 0) {
                    kept.add(p);
                }
            }
            long[] idPairs = new long[kept.size()];
            byte[][] idLevels = new byte[kept.size()][];
            for (int q = 0; q < idPairs.length; q++) {
                idPairs[q] = pairs[kept.get(q)];
                idLevels[q] = levels[kept.get(q)];
            }
            ListPriors all = byGroups(model, records, pairs, levels, sizes, Map.of());
            return byGroups(model, records, idPairs, idLevels, identified, all.byLists);
        }
        return byGroups(model, records, pairs, levels, sizes, Map.of());
    }

    /** Fewest pairs of records with ID numbers on both sides for the estimate to count only them. */
    static final long MIN_IDENTIFIED_PAIRS = 1000;

    private static int idComparison(MatchModel model) {
        for (int c = 0; c < model.comparisons().size(); c++) {
            if (model.comparisons().get(c) instanceof IdComparison) {
                return c;
            }
        }
        return -1;
    }

    /**
     * @param sizes records per list (those that count)
     * @param fallback λ per pair of lists to keep where the lists have fewer than
     *     {@link #MIN_IDENTIFIED_PAIRS} pairs of counted records (empty: no minimum)
     */
    private static ListPriors byGroups(MatchModel model, List<PersonRecord> records, long[] pairs, byte[][] levels,
            Map<String, Long> sizes, Map<String, Double> fallback) {
        int n = records.size();
        Map<String, double[]> weights = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        String[] key = new String[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            key[p] = key(records.get((int) (pairs[p] / n)).sourceId(), records.get((int) (pairs[p] % n)).sourceId());
            counts.merge(key[p], 1, Integer::sum);
        }
        Map<String, Integer> filled = new HashMap<>();
        counts.forEach((k, c) -> weights.put(k, new double[c]));
        for (int p = 0; p < pairs.length; p++) {
            double w = 0;
            for (int c = 0; c < levels[p].length; c++) {
                if (levels[p][c] >= 0) {
                    w += Math.log(model.m()[c][levels[p][c]]) - Math.log(model.u()[c][levels[p][c]]);
                }
            }
            int at = filled.merge(key[p], 1, Integer::sum) - 1;
            weights.get(key[p])[at] = w;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> ids = sizes.keySet().stream().sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i; j < ids.size(); j++) {
                long si = sizes.get(ids.get(i));
                long sj = sizes.get(ids.get(j));
                double total = i == j ? si * (si - 1) / 2.0 : (double) si * sj;
                String k = key(ids.get(i), ids.get(j));
                if (!fallback.isEmpty() && total < MIN_IDENTIFIED_PAIRS) {
                    if (fallback.containsKey(k)) {
                        out.put(k, fallback.get(k));
                    }
                    continue;
                }
                if (total <= 0) {
                    continue;
                }
                out.put(k, lambdaOf(weights.getOrDefault(k, new double[0]), total, model.lambda()));
            }
        }
        fallback.forEach(out::putIfAbsent);
        return new ListPriors(model.lambda(), out);
    }

    /** EM for one pair of lists, shrunk toward the overall λ by one expected true pair. */
    static double lambdaOf(double[] weights, double total, double overall) {
        double pseudo = 1 / overall;
        double lambda = overall;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double logit = Math.log(lambda) - Math.log(1 - lambda);
            double matches = 0;
            for (double w : weights) {
                matches += 1.0 / (1.0 + Math.exp(-(logit + w)));
            }
            double next = Math.min(0.5, (matches + 1) / (total + pseudo));
            boolean converged = Math.abs(next - lambda) < lambda * 1e-6;
            lambda = next;
            if (converged) {
                break;
            }
        }
        return lambda;
    }

    /** The adjustment in bits for a pair of records from these two lists (0 when unknown). */
    public double adjustment(String sourceA, String sourceB) {
        Double own = byLists.get(key(sourceA, sourceB));
        return own == null ? 0 : log2Odds(own) - log2Odds(lambda);
    }

    /**
     * The lists that rarely name one person twice: their prior within the list is at least
     * {@code margin} bits below their prior with another of {@code lists} (a communiqué lists a
     * person once; an NGO list may repeat a row).
     */
    public Set<String> rarelyRepeating(Collection<String> lists, double margin) {
        Set<String> rare = new HashSet<>();
        for (String l : lists) {
            for (String other : lists) {
                if (!other.equals(l) && adjustment(l, l) <= adjustment(l, other) - margin) {
                    rare.add(l);
                }
            }
        }
        return Set.copyOf(rare);
    }

    /** The explanation's label for a pair of lists: "amnistia × ngo", or "amnistia × amnistia" within one list. */
    public static String label(String sourceA, String sourceB) {
        return key(sourceA, sourceB);
    }

    static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " × " + b : b + " × " + a;
    }

    private static double log2Odds(double p) {
        return TermFrequencies.log2(p / (1 - p));
    }
}
