package org.rollcall.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.rollcall.match.Constraints;
import org.rollcall.match.ListedTwice;
import org.rollcall.match.SexComparison;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.TextFold;

/**
 * What a record says of its person besides name and cédula, kept in the register beside its key so
 * that a later run can tell two namesakes apart and refuse to take one for the other's correction:
 * birth date, sex, and the detention (date, place, offence).
 *
 * @param birthDate the birth date, or {@code null}
 * @param sex "M", "F", or {@code ""} when not known
 * @param detentionDate the detention date, or {@code null}
 * @param place the place, folded ({@code ""} when none)
 * @param offence the offence, folded ({@code ""} when none)
 */
public record Traits(LocalDate birthDate, String sex, LocalDate detentionDate, String place, String offence) {

    /** Nothing known (a record of a register written before traits were kept). */
    public static final Traits NONE = new Traits(null, "", null, "", "");

    /** Longest place or offence kept (the register's column holds 400 characters). */
    private static final int MAX_TEXT = 150;

    public Traits {
        sex = sex == null ? "" : sex;
        place = cut(place == null ? "" : place);
        offence = cut(offence == null ? "" : offence);
    }

    /** A record's traits. */
    public static Traits of(PersonRecord r) {
        String sex = SexComparison.of(r.attributes());
        return new Traits(r.birthDate(), sex == null ? "" : sex, r.detentionDate(), TextFold.fold(r.place()), TextFold.fold(r.offence()));
    }

    /** The stored form: {@code birth|sex|detention|place|offence}, dates ISO, blanks empty. */
    public String encode() {
        return (birthDate == null ? "" : birthDate) + "|" + sex + "|" + (detentionDate == null ? "" : detentionDate) + "|" + place + "|" + offence;
    }

    /** The traits of a stored form; {@link #NONE} for {@code null} or a form that does not read. */
    public static Traits decode(String stored) {
        if (stored == null) {
            return NONE;
        }
        String[] p = stored.split("\\|", -1);
        if (p.length != 5) {
            return NONE;
        }
        try {
            return new Traits(p[0].isEmpty() ? null : LocalDate.parse(p[0]), p[1], p[2].isEmpty() ? null : LocalDate.parse(p[2]), p[3], p[4]);
        } catch (DateTimeParseException e) {
            return NONE;
        }
    }

    /**
     * True when two records with these traits cannot be one person, as the matcher's constraints say:
     * birth dates that differ beyond a slip ({@code different-birth-dates}); or, unless both carry the
     * same cédula, a sex known on both sides that differs, or a detention that differs in two ways
     * (date, place, offence: see {@link ListedTwice#toldApart(Detention, Detention)}).
     *
     * @param sameCedula both records carry one cédula, which outweighs what else they say
     */
    public boolean toldApart(Traits other, boolean sameCedula) {
        if (birthDate != null && other.birthDate != null && Constraints.birthDatesConflict(digits(birthDate), digits(other.birthDate))) {
            return true;
        }
        if (sameCedula) {
            return false;
        }
        if (!sex.isEmpty() && !other.sex.isEmpty() && !sex.equals(other.sex)) {
            return true;
        }
        return ListedTwice.toldApart(detention(), other.detention());
    }

    /** How many of the five these and {@code other} both know and agree on: the better earlier record of several. */
    public int agreements(Traits other) {
        int n = 0;
        n += birthDate != null && birthDate.equals(other.birthDate) ? 1 : 0;
        n += !sex.isEmpty() && sex.equals(other.sex) ? 1 : 0;
        n += detentionDate != null && detentionDate.equals(other.detentionDate) ? 1 : 0;
        n += !place.isEmpty() && place.equals(other.place) ? 1 : 0;
        n += !offence.isEmpty() && offence.equals(other.offence) ? 1 : 0;
        return n;
    }

    private Detention detention() {
        return new Detention(detentionDate, place, offence, null, null);
    }

    private static String digits(LocalDate d) {
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String cut(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
