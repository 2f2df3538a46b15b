package org.rollcall.match;

import java.util.List;

/**
 * Everything the linker needs, resolved from the job file.
 *
 * @param comparisons the fields compared, in order
 * @param blocking the blocking rules, OR-ed
 * @param maxBlockSize blocks larger than this are skipped (and reported)
 * @param constraints rules clustering never breaks
 * @param overrides parameters fixed in the job file
 * @param matchThreshold probability at or above which a pair is linked
 * @param reviewThreshold probability at or above which an unlinked pair is listed for review
 * @param frequencyWeight share of the value-rarity adjustment applied, 0 to 1
 * @param decisiveMargin bits by which the best of two conflicting matches of one record must beat
 *     the other to be linked; otherwise both go to review
 * @param randomPairs random pairs sampled to estimate u; 0: in proportion to the candidate pairs ({@link Linker#randomPairs})
 * @param seed sampling seed
 */
public record MatchConfig(List<Comparison> comparisons, List<BlockingRule> blocking, int maxBlockSize, Constraints constraints,
        ModelTrainer.Overrides overrides, double matchThreshold, double reviewThreshold, double frequencyWeight,
        double decisiveMargin, int randomPairs, long seed) {

    /** This configuration with other constraints (the job's, save the conflicts analysts overruled). */
    MatchConfig withConstraints(Constraints other) {
        return new MatchConfig(comparisons, blocking, maxBlockSize, other, overrides, matchThreshold, reviewThreshold, frequencyWeight,
                decisiveMargin, randomPairs, seed);
    }
}
