package org.rollcall.match;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two names token by token, whatever their order: each token of the shorter name is
 * paired with the most similar unused token of the longer one (equal; Jaro–Winkler ≥ 0.92 for a
 * typo; an initial against a name with that first letter).
 *
 * <p>Comparing the shorter name against the longer one is what lets "María Rodríguez" find
 * "María Rodríguez de Pérez" and a missing maternal surname still match.
 */
public final class NameComparator {

    /** Similarity at or above which two tokens count as the same word with a typo. */
    static final double TYPO_SIMILARITY = 0.92;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    /**
     * How two token lists agree.
     *
     * @param exact tokens of the shorter list equal to one of the longer
     * @param typo tokens equal but for a typo
     * @param initial initials that fit a token
     * @param shorter length of the shorter list
     * @param longer length of the longer list
     * @param inOrder true when the agreeing tokens stand in the same order in both names (given
     *     names first, then surnames, where the source said which is which); false for swapped
     *     surnames ("González Hernández" against "Hernández González")
     */
    public record Agreement(int exact, int typo, int initial, int shorter, int longer, boolean inOrder) {

        /** Tokens of the shorter list with no counterpart. */
        public int missing() {
            return shorter - exact - typo - initial;
        }

        /** Similarity over the shorter list: 1.0 when every token is equal, 0.0 when none agrees. */
        public double coverage() {
            return shorter == 0 ? 0 : (exact + 0.9 * typo + 0.6 * initial) / shorter;
        }
    }

    private NameComparator() {
    }

    public static Agreement compare(List<String> x, List<String> y) {
        boolean xFirst = x.size() != y.size() ? x.size() < y.size() : String.join(" ", x).compareTo(String.join(" ", y)) <= 0;
        List<String> s = xFirst ? x : y;
        List<String> l = xFirst ? y : x;
        boolean[] used = new boolean[l.size()];
        int[] partner = new int[s.size()];
        java.util.Arrays.fill(partner, -1);
        int exact = 0;
        int typo = 0;
        int initial = 0;
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < l.size(); j++) {
                if (!used[j] && s.get(i).equals(l.get(j))) {
                    used[j] = true;
                    partner[i] = j;
                    exact++;
                    break;
                }
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (partner[i] >= 0) {
                continue;
            }
            int best = -1;
            double bestSim = 0;
            for (int j = 0; j < l.size(); j++) {
                double sim = used[j] ? 0 : tokenSimilarity(s.get(i), l.get(j));
                if (sim > bestSim) {
                    bestSim = sim;
                    best = j;
                }
            }
            if (best >= 0) {
                used[best] = true;
                partner[i] = best;
                if (bestSim >= 0.9) {
                    typo++;
                } else {
                    initial++;
                }
            }
        }
        boolean inOrder = true;
        int last = -1;
        for (int j : partner) {
            if (j >= 0) {
                inOrder &= j > last;
                last = j;
            }
        }
        return new Agreement(exact, typo, initial, s.size(), l.size(), inOrder);
    }

    /** 1.0 equal, 0.9 a typo, 0.6 an initial that fits, otherwise 0. Symmetric. */
    static double tokenSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? 0.6 : 0;
        }
        return JW.apply(a, b) >= TYPO_SIMILARITY ? 0.9 : 0;
    }
}
