package org.rollcall.match;

/** The three outcomes of comparing two records. */
public enum Outcome {
    /** Linked: the same person. */
    MATCH,
    /** Not linked; a person should look at the pair. */
    REVIEW,
    /** Different people. */
    NON_MATCH
}
