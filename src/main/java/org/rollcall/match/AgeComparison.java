package org.rollcall.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.NumberText;
import org.rollcall.text.TextFold;

/**
 * Compares the ages lists write in an age column ("Edad": "45", "45 años"), each anchored at its
 * list's date: an age A on a list of date D means a birth between D − (A + 1) years and D − A
 * years, so one person's rows on lists a year apart agree although their ages differ by one.
 * Levels: same age (the two spans of birth dates meet); close (they are at most two years apart:
 * a volunteer's rounding or a list's stale column); different. A father and a son with one name
 * (60 and 30) are then told apart where the lists give no birth date.
 *
 * <p>A value that is not one number of years ("45-50", "setenta", "18 meses"; see
 * {@link NumberText}), an age outside 0–120, or a record whose list has no date is missing: no
 * level, never a disagreement. A birth date is not read here (the {@code birth-date} comparison
 * weighs it; reading it twice would count it twice).
 */
public final class AgeComparison extends LeveledComparison {

    static final int SAME = 0;
    static final int CLOSE = 1;
    static final int DIFFERENT = 2;

    /** Attribute names read as an age column (folded, hyphens as spaces). */
    static final Set<String> NAMES = Set.of("age", "edad", "edad anos", "anos", "edad actual");

    /** The widest gap, in days, between two spans of birth dates still read as close. */
    static final long CLOSE_DAYS = 2 * 366;

    private static final List<Level> LEVELS = plain("same age", "within two years", "different");

    private final RecordValue value;

    public AgeComparison(String name, RecordValue value) {
        super(name, LEVELS, Set.of(value.key()));
        this.value = value;
    }

    /** True when an attribute's name says it holds ages ("Edad", "age"). */
    static boolean isAgeColumn(String attribute) {
        return NAMES.contains(TextFold.fold(attribute.replace('-', ' ')));
    }

    /** The span of birth dates (epoch days, first and last) the record's age means, or {@code null}. */
    @Override
    public Object prepare(PersonRecord r) {
        LocalDate on = r.snapshotDate();
        BigDecimal age = NumberText.read(value.text(r)).orElse(null);
        if (on == null || age == null || age.signum() < 0 || age.compareTo(BigDecimal.valueOf(120)) > 0) {
            return null;
        }
        int years = age.intValue();
        return new long[] {on.minusYears(years + 1L).plusDays(1).toEpochDay(), on.minusYears(years).toEpochDay()};
    }

    @Override
    public int compare(Object x, Object y) {
        long[] a = (long[]) x;
        long[] b = (long[]) y;
        long gap = Math.max(0, Math.max(a[0] - b[1], b[0] - a[1]));
        return gap == 0 ? SAME : gap <= CLOSE_DAYS ? CLOSE : DIFFERENT;
    }

    @Override
    public double[] initialM() {
        return new double[] {0.90, 0.08, 0.02};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.05, 0.10, 0.85};
    }

    /** Volunteers mistype ages: a disagreement is never rated rarer than one record in a hundred (as for sex). */
    @Override
    public double[] minimumM() {
        return new double[] {0, 0, 0.01};
    }
}
