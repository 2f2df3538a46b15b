package org.rollcall.match;

/** The outcomes of comparing two records. */
public enum Outcome {
    /** Linked: the same person. */
    MATCH,
    /** Not linked; a person should look at the pair. */
    REVIEW,
    /** Different people. */
    NON_MATCH,
    /**
     * Not linked on its own evidence, but both records ended in one person through their links to
     * other records: nothing left for a person to decide about this pair.
     */
    JOINED
}
