package org.rollcall.match;

import java.util.List;
import java.util.Set;
import org.rollcall.normalize.PersonRecord;

/**
 * Compares one field of two records and says how well they agree, as a discrete level: 0 is
 * the closest agreement, the last level is disagreement. A missing value on either side is no
 * level at all and adds nothing to the match weight.
 *
 * <p>Values are prepared once per record ({@link #prepare}) and compared many times, so that
 * matching a million records does not fold and parse the same name millions of times.
 */
public interface Comparison {

    /** Name used in explanations and in the job file's parameters. */
    String name();

    /** The levels, closest agreement first: their labels and what a link resting on each means. */
    List<Level> levels();

    /** The levels' labels, closest agreement first. */
    default List<String> labels() {
        return levels().stream().map(Level::label).toList();
    }

    /** The record's value ready to compare, or {@code null} when the field is missing. */
    Object prepare(PersonRecord record);

    /** The level of agreement of two prepared, non-null values. Symmetric. */
    int compare(Object a, Object b);

    /**
     * The blocking-rule fields this comparison compares: pairs blocked on them are not used to
     * estimate its m, because blocking made them agree.
     */
    Set<String> blockingFields();

    /** The record's values counted for term frequencies (its name tokens, say); empty when none. */
    default List<String> values(Object prepared) {
        return List.of();
    }

    /**
     * The values whose frequency adjusts the weight of an agreement at {@code level}: agreement
     * on a rare value says more than on a common one. Empty when the level is not adjusted.
     */
    default List<String> frequencyValues(Object a, Object b, int level) {
        return List.of();
    }

    /**
     * Starting m probabilities per level (how often a true pair agrees at that level), used as
     * the estimation's prior and start.
     */
    double[] initialM();

    /**
     * The least m the fit may give each level, or {@code null} for no floor: a level whose
     * disagreement a data-entry slip can cause (a mistyped sex) is never rated rarer than slips are.
     */
    default double[] minimumM() {
        return null;
    }

    /** Typical u probabilities per level (how often two random records agree at that level), used before any data is seen. */
    double[] initialU();
}
