package org.rollcall.match;

import java.util.List;

/**
 * Why a pair was not linked as its probability alone would say: the notes of {@link ScoredPair},
 * written in English as machine data (pairs.csv) and shown in a report's language through the
 * message bundles ({@code note.<phrase>}, see {@code text.Messages#phrase}). Every note is here,
 * so that a test can check each has its words in every language.
 */
public final class Notes {

    public static final String TOO_COMMON = "the names agree fully but are too common or too short to link on their own; below the review threshold";
    public static final String ANALYST_APART = "different people, as an analyst decided";
    public static final String JOINED = "in one person through other records";
    /** Joined by {@link PersonEvidence}: the record agrees with the person's records taken together. */
    public static final String PERSON_EVIDENCE = "in one person on the evidence of all its records";
    public static final String DIFFERENT_IDS = "different ID numbers: not linked unless a person decides so";
    public static final String ONE_ID_TWO_NAMES = "one ID number on two names that do not agree, and no date in common: an ID number written on another person's row, or a renamed person; for a person to decide";
    public static final String AT_RISK = "a level at a risk (such as ID numbers one typo apart) and names that do not fully agree: for a person to decide";
    public static final String AMBIGUOUS = "ambiguous: the record matches two people who cannot be one (or two records of one list not linked to each other),"
            + " neither decisively better";
    public static final String CONFLICT = "not linked: it would put records that cannot be one person together"
            + " (different ID numbers, birth dates or ages, or two records of a list without duplicates)";

    /**
     * Cédulas one apart (12.345.678 / 12.345.679) and names that do not agree word for word: how
     * twins and siblings registered together are numbered, however high the probability.
     */
    public static final String CONSECUTIVE_IDS = "consecutive ID numbers and names that do not fully agree: twins and siblings are often"
            + " numbered one after the other, for a person to decide";

    /** Surnames and birth date in common, the given names differing, no ID number in common. */
    public static final String TWINS = "same surnames and birth date, other given names and no ID number in common: twins and siblings,"
            + " for a person to decide";

    /** Two records of one list that rarely names a person twice, with nothing but their names to go on. */
    public static final String NAME_ONLY_IN_ONE_LIST = "a name repeated in a list that rarely names one person twice, with nothing but the name to go on:"
            + " for a person to decide";

    /** A record without ID number whose name another person of the lists bears too, with nothing else to tell ({@link NamesakeHoldBack}). */
    public static final String NAMESAKE = "a record without ID number whose name another person of the lists also bears, with nothing but the name"
            + " to tell which: for a person to decide";

    /** Every note, for the test that each has its words in every language. */
    public static final List<String> ALL = List.of(TOO_COMMON, ANALYST_APART, JOINED, PERSON_EVIDENCE, DIFFERENT_IDS, AT_RISK, AMBIGUOUS, CONFLICT,
            NAME_ONLY_IN_ONE_LIST, CONSECUTIVE_IDS, TWINS, NAMESAKE);

    private Notes() {
    }
}
