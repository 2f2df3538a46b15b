package org.rollcall.reconcile;

import org.rollcall.reconcile.Condition.Evidence;

/**
 * What a condition says of one person, in three values: it holds (with the evidence), it does not,
 * or it cannot tell (with the evidence of what is missing: no record gives the date the law tests,
 * or the one given cannot be read). A person whose date is unknown is neither inside nor outside a
 * period; {@code not} of an unknown is unknown; {@code all-of} is false when a part is false, else
 * unknown when a part is; {@code any-of} is true when a part is true, else unknown when a part is.
 *
 * @param truth the answer
 * @param evidence why it holds, or what is missing; {@code null} when it does not hold
 */
public record Finding(Truth truth, Evidence evidence) {

    /** The three answers. */
    public enum Truth {
        TRUE, FALSE, UNKNOWN
    }

    /** The condition does not hold. */
    public static final Finding NO = new Finding(Truth.FALSE, null);

    public static Finding yes(Evidence why) {
        return new Finding(Truth.TRUE, why);
    }

    public static Finding unknown(Evidence missing) {
        return new Finding(Truth.UNKNOWN, missing);
    }

    /** A two-valued answer: holds with this evidence, or not when {@code null}. */
    public static Finding of(Evidence why) {
        return why == null ? NO : yes(why);
    }

    /** The evidence when the condition holds; {@code null} when it does not or cannot tell. */
    public Evidence ifTrue() {
        return truth == Truth.TRUE ? evidence : null;
    }
}
