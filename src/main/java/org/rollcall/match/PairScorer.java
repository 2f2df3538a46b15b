package org.rollcall.match;

import java.util.ArrayList;
import java.util.List;
import org.rollcall.normalize.PersonRecord;

/**
 * One candidate pair scored: its levels as the model reads them, its weight in bits (the model's,
 * the prior of its pair of lists, each value's rarity) and the explanation behind it.
 *
 * <p>Where the two records carry one ID number their names are read as {@link
 * PersonNameComparison#levelUnderOneId} does: one given name mistyped beyond the typo test still
 * agrees, and the explanation says so. The model was fitted on the names as compared without the
 * ID number; the level read so weighs as that level does.
 */
final class PairScorer {

    /** The explanation's line for names read under one ID number. */
    static final String MISTYPED_UNDER_ONE_ID = "one given name mistyped beyond the typo test, read as a typo: both records carry one ID number";

    private final List<Comparison> comparisons;
    private final MatchModel model;
    private final ListPriors priors;
    private final int names;

    PairScorer(List<Comparison> comparisons, MatchModel model, ListPriors priors) {
        this.comparisons = comparisons;
        this.model = model;
        this.priors = priors;
        this.names = NameBearers.wholeNames(comparisons);
    }

    /**
     * A scored pair.
     *
     * @param levels the level per comparison, -1 where a value is missing
     * @param weight in bits
     * @param listPrior the adjustment of the pair's lists, in bits (part of {@code weight})
     * @param mistyped true when the names were read under one ID number to reach their level
     */
    record Scored(int a, int b, int[] levels, double weight, double listPrior, boolean mistyped) {

        double probability() {
            return MatchModel.probability(weight);
        }
    }

    /**
     * @param row the pair's levels as compared, per comparison ({@code -1}: missing)
     * @param prepared each record's prepared values, per comparison
     */
    Scored score(List<PersonRecord> records, Object[][] prepared, int a, int b, byte[] row) {
        int[] lv = new int[row.length];
        for (int c = 0; c < row.length; c++) {
            lv[c] = row[c];
        }
        boolean mistyped = readUnderOneId(lv, prepared[a], prepared[b]);
        double listPrior = priors.adjustment(records.get(a).sourceId(), records.get(b).sourceId());
        double w = model.weight(lv) + listPrior;
        for (int c = 0; c < lv.length; c++) {
            if (lv[c] >= 0) {
                w += model.rarity(c, prepared[a][c], prepared[b][c], lv[c]);
            }
        }
        return new Scored(a, b, lv, w, listPrior, mistyped);
    }

    /** Each field's part of the pair's weight, prior first, the pair of lists second, and how the names were read. */
    List<Contribution> explain(List<PersonRecord> records, Object[][] prepared, Scored s) {
        List<Contribution> out = model.explain(s.levels(), prepared[s.a()], prepared[s.b()]);
        if (s.listPrior() == 0 && !s.mistyped()) {
            return out;
        }
        List<Contribution> with = new ArrayList<>(out);
        if (s.listPrior() != 0) {
            with.add(1, new Contribution("lists", ListPriors.label(records.get(s.a()).sourceId(), records.get(s.b()).sourceId()), s.listPrior()));
        }
        if (s.mistyped()) {
            with.add(new Contribution(comparisons.get(names).name(), MISTYPED_UNDER_ONE_ID, 0));
        }
        return with;
    }

    /** Reads the names under one ID number into {@code lv}; true when that changed their level. */
    private boolean readUnderOneId(int[] lv, Object[] a, Object[] b) {
        boolean oneId = false;
        for (int c = 0; c < comparisons.size(); c++) {
            oneId |= comparisons.get(c) instanceof IdComparison && lv[c] == IdComparison.EQUAL;
        }
        if (!oneId || names < 0 || lv[names] <= PersonNameComparison.OUT_OF_ORDER) {
            return false;
        }
        int read = ((PersonNameComparison) comparisons.get(names)).levelUnderOneId(a[names], b[names]);
        boolean changed = read != lv[names];
        lv[names] = read;
        return changed;
    }
}
