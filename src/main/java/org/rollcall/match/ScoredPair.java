package org.rollcall.match;

import java.util.List;

/**
 * A compared pair of records (indices into the linker's input list, {@code a < b}).
 *
 * @param weight the total match weight, log2 odds
 * @param probability the weight as a probability of being the same person, 0.0 to 1.0
 * @param outcome what was decided
 * @param contributions each field's part of the weight, prior first
 * @param note why the outcome differs from what the score alone says, or {@code null}
 */
public record ScoredPair(int a, int b, double weight, double probability, Outcome outcome,
        List<Contribution> contributions, String note) {

    public ScoredPair {
        contributions = List.copyOf(contributions);
    }

    public ScoredPair withOutcome(Outcome newOutcome, String why) {
        return new ScoredPair(a, b, weight, probability, newOutcome, contributions, why);
    }
}
