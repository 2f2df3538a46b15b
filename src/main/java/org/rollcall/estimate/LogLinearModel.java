package org.rollcall.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * A hierarchical log-linear model of a k-list capture table: an intercept, one main effect per
 * list, and a chosen set of pairwise interactions. For a capture pattern h (bit j = on list j)
 * the expected count is log μ_h = u + Σ_j u_j h_j + Σ_{(i,j)} u_ij h_i h_j, so the people on no
 * list (h = 0) are expected to number exp(u). With 3 lists the 3-way term is not identifiable
 * (7 observed cells, and the saturated model already has 7 parameters), so pairwise terms are
 * the whole model space, as in Rcapture's closedpMS.t.
 *
 * @param lists the list names, k ≥ 2
 * @param pairs the interactions, in the order of {@link #allPairs}
 */
public record LogLinearModel(List<String> lists, List<Pair> pairs) {

    /** The interaction of lists {@code first} &lt; {@code second} (indices into the lists). */
    public record Pair(int first, int second) {

        public Pair {
            if (first < 0 || second <= first) {
                throw new IllegalArgumentException("a pair needs 0 ≤ first < second, got " + first + ", " + second);
            }
        }
    }

    public LogLinearModel {
        lists = List.copyOf(lists);
        pairs = List.copyOf(pairs);
    }

    /** The main-effects (independence) model. */
    public static LogLinearModel independence(List<String> lists) {
        return new LogLinearModel(lists, List.of());
    }

    /** Every pair {i, j}, i &lt; j, in the order (0,1), (0,2), …, (1,2), … */
    static List<Pair> allPairs(int k) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs.add(new Pair(i, j));
            }
        }
        return pairs;
    }

    /** "independence", or the interactions joined by " + ", e.g. "A:B + B:C". */
    public String name() {
        if (pairs.isEmpty()) {
            return "independence";
        }
        List<String> names = new ArrayList<>();
        for (Pair p : pairs) {
            names.add(lists.get(p.first()) + ":" + lists.get(p.second()));
        }
        return String.join(" + ", names);
    }

    /** Every term: the lists (main effects) then the interactions "A:B"; the intercept is implied. */
    public List<String> terms() {
        List<String> terms = new ArrayList<>(lists);
        for (Pair p : pairs) {
            terms.add(lists.get(p.first()) + ":" + lists.get(p.second()));
        }
        return terms;
    }

    /** Parameters including the intercept: 1 + k + pairs. */
    public int parameters() {
        return 1 + lists.size() + pairs.size();
    }

    /** The design row of pattern {@code mask}: intercept, main effects, interactions. */
    double[] row(int mask) {
        int k = lists.size();
        double[] row = new double[parameters()];
        row[0] = 1;
        for (int j = 0; j < k; j++) {
            row[1 + j] = (mask >> j) & 1;
        }
        for (int t = 0; t < pairs.size(); t++) {
            Pair p = pairs.get(t);
            row[1 + k + t] = ((mask >> p.first()) & 1) * ((mask >> p.second()) & 1);
        }
        return row;
    }

    /** Design of the observed cells, masks 1 … 2^k − 1 in order. */
    double[][] observedDesign() {
        int cells = 1 << lists.size();
        double[][] x = new double[cells - 1][];
        for (int m = 1; m < cells; m++) {
            x[m - 1] = row(m);
        }
        return x;
    }

    /** Design of all cells, mask 0 (intercept only) last, for the profile likelihood. */
    double[][] completedDesign() {
        int cells = 1 << lists.size();
        double[][] x = new double[cells][];
        for (int m = 1; m < cells; m++) {
            x[m - 1] = row(m);
        }
        x[cells - 1] = row(0);
        return x;
    }
}
