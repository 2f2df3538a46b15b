package org.rollcall.match;

/**
 * The match weights of the first matcher, in log2 Bayes factors (each +1 doubles the odds that a
 * pair is one person). Set by hand from what each kind of agreement means for cédulas and
 * Hispanic names; a probabilistic model can estimate them from the data instead.
 *
 * <p>Names are weighed token by token over the shorter name, so a missing maternal surname
 * costs nothing, while a token of the shorter name that the longer one lacks counts against.
 *
 * @param prior weight before any field is compared: the odds of a blocked candidate pair
 * @param idExact both cédulas well formed and equal
 * @param idNear one digit off or two adjacent digits swapped: a typo, or two people
 * @param idDifferent both well formed and clearly different
 * @param tokenExact a name token equal in both
 * @param tokenTypo a name token equal but for a typo (Jaro–Winkler ≥ 0.92)
 * @param tokenInitial an initial against a name with that letter
 * @param tokenMissing a token of the shorter name with no counterpart
 * @param nameOutOfOrder the agreeing tokens stand in another order (swapped surnames)
 * @param dateExact birth dates equal
 * @param dateDifferent birth dates differ
 * @param decisiveMargin how much stronger (in log2 odds) the best of two conflicting matches of a
 *     record without a cédula must be for it to be linked; below that, both go to review
 */
public record MatchWeights(double prior, double idExact, double idNear, double idDifferent,
        double tokenExact, double tokenTypo, double tokenInitial, double tokenMissing, double nameOutOfOrder, double dateExact, double dateDifferent,
        double decisiveMargin) {

    public static final MatchWeights DEFAULTS = new MatchWeights(-6, 12, -2, -12, 3.5, 2.5, 1, -6, -3, 6, -6, 3);
}
