package org.rollcall.match;

import org.rollcall.domain.Field;
import java.util.Set;
import org.rollcall.text.NationalId;
import org.rollcall.normalize.PersonRecord;

/**
 * Hard rules the clustering never breaks, whatever the scores say, so that a chain of links
 * cannot join two people through a third record.
 *
 * @param differentIds records with clearly different ID numbers (not one typo apart) are never
 *     in one person: right for cédulas, wrong for a field that is often mistyped; nor records with
 *     consecutive numbers whose names are not the same words (twins: {@link #twins})
 * @param differentBirthDates records whose birth dates differ beyond a slip (another year, or
 *     more than one digit) are never in one person; nor records whose ages (an age column, read at
 *     the list's date; see {@link AgeComparison#birthSpanKey}) put their births more than five
 *     years apart, or an age and a birth date so far apart
 * @param oneRecordPerSource sources without duplicates inside: a person holds at most one of
 *     each of their records
 * @param accepted the cédulas and birth dates analysts have decided one person bears together
 *     ("same person" on two records that differ): records bearing them no longer conflict
 */
public record Constraints(boolean differentIds, boolean differentBirthDates, Set<String> oneRecordPerSource, AcceptedConflicts accepted) {

    public static final Constraints DEFAULTS = new Constraints(true, true, Set.of());

    private static final DateComparison BIRTH_DATES = new DateComparison("birth-date", Field.BIRTH_DATE);

    public Constraints {
        oneRecordPerSource = Set.copyOf(oneRecordPerSource);
        accepted = accepted == null ? AcceptedConflicts.NONE : accepted;
    }

    public Constraints(boolean differentIds, boolean differentBirthDates, Set<String> oneRecordPerSource) {
        this(differentIds, differentBirthDates, oneRecordPerSource, AcceptedConflicts.NONE);
    }

    /** These constraints, save the conflicts analysts overruled. */
    Constraints accepting(AcceptedConflicts overruled) {
        return new Constraints(differentIds, differentBirthDates, oneRecordPerSource, overruled);
    }

    /** True when the two records may not be in one person. */
    public boolean conflict(PersonRecord a, PersonRecord b, String birthA, String birthB) {
        if (differentIds && (idsConflict(a.id(), b.id()) || twins(a, b)) && !accepted.idsAccepted(a.id().digits(), b.id().digits())) {
            return true;
        }
        if (differentBirthDates && birthA != null && birthB != null && !accepted.birthsAccepted(birthA, birthB)) {
            boolean ages = birthA.startsWith(AgeComparison.SPAN) || birthB.startsWith(AgeComparison.SPAN);
            if (ages ? AgeComparison.spansConflict(birthA, birthB) : BIRTH_DATES.compare(birthA, birthB) >= DateComparison.SAME_YEAR) {
                return true;
            }
        }
        return a.sourceId().equals(b.sourceId()) && oneRecordPerSource.contains(a.sourceId());
    }

    /**
     * True when two birth dates (yyyyMMdd) differ beyond a slip: another year, or more than one digit
     * (the rule of {@code differentBirthDates}).
     */
    public static boolean birthDatesConflict(String a, String b) {
        return BIRTH_DATES.compare(a, b) >= DateComparison.SAME_YEAR;
    }

    /**
     * True when the two records carry consecutive ID numbers (twins' and siblings' numbering) and
     * names that are not the same words: twins, who share surnames and a birth date, so that a
     * third record of one of them (the twin's row without cédula, "first names differ" and the
     * birth date equal) cannot chain the two into one person. A cédula one digit off and a name
     * that differs are two slips one person's records rarely show together; an analyst's "same
     * person" on the pair overrules it.
     */
    static boolean twins(PersonRecord a, PersonRecord b) {
        NationalId x = a.id();
        NationalId y = b.id();
        return x != null && y != null && !x.digits().equals(y.digits()) && x.consecutiveTo(y) && !sameWords(a, b);
    }

    private static boolean sameWords(PersonRecord a, PersonRecord b) {
        return a.name().tokens().stream().sorted().toList().equals(b.name().tokens().stream().sorted().toList());
    }

    static boolean idsConflict(NationalId a, NationalId b) {
        return a != null && b != null && !a.digits().equals(b.digits()) && !a.nearlyEquals(b);
    }
}
