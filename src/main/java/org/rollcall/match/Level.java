package org.rollcall.match;

/**
 * One level of agreement of a comparison, as data: what it is called and what a link resting on
 * it means.
 *
 * @param label the level's name in explanations, model.json and pairs.csv ("equal", "one typo")
 * @param atRisk a link made while this level is reached is made at a risk (cédulas one typo apart:
 *     the same person with a slip, or two people): it stays linked but is listed for review
 */
public record Level(String label, boolean atRisk) {

    /** A level a link may rest on without review. */
    public static Level of(String label) {
        return new Level(label, false);
    }

    /** A level that sends a link made with it to review. */
    public static Level atRiskOf(String label) {
        return new Level(label, true);
    }
}
