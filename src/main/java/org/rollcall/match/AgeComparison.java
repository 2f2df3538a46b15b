package org.rollcall.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.AgeColumn;
import org.rollcall.text.NumberText;

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
 * level, never a disagreement. A record with a birth date has no age here: the {@code birth-date}
 * comparison weighs it, and its age column would count the same fact twice.
 */
public final class AgeComparison extends LeveledComparison {

    static final int SAME = 0;
    static final int CLOSE = 1;
    static final int DIFFERENT = 2;

    /** The widest gap, in days, between two spans of birth dates still read as close. */
    static final long CLOSE_DAYS = 2 * 366;

    private static final List<Level> LEVELS = plain("same age", "within two years", "different");

    private final RecordValue value;

    public AgeComparison(String name, RecordValue value) {
        super(name, LEVELS, Set.of(value.key()));
        this.value = value;
    }

    /** True when an attribute's name says it holds ages ("Edad", "age"): {@link AgeColumn}. */
    static boolean isAgeColumn(String attribute) {
        return AgeColumn.is(attribute);
    }

    /** The span of birth dates (epoch days, first and last) the record's age means, or {@code null}. */
    @Override
    public Object prepare(PersonRecord r) {
        // a birth date is weighed by the birth-date comparison: the age would count the same fact twice
        return r.birthDate() != null ? null : span(value.text(r), r.snapshotDate());
    }

    /** The span of birth dates (epoch days, first and last) an age written on a list of date {@code on} means, or {@code null} (no age, or none from 0 to 120). */
    public static long[] span(String written, LocalDate on) {
        BigDecimal age = on == null ? null : NumberText.read(written).orElse(null);
        if (age == null || age.signum() < 0 || age.compareTo(BigDecimal.valueOf(120)) > 0) {
            return null;
        }
        int years = age.intValue();
        return new long[] {on.minusYears(years + 1L).plusDays(1).toEpochDay(), on.minusYears(years).toEpochDay()};
    }

    /**
     * A record's age as the key the birth-date constraint reads when the record has no birth date:
     * "~first:last", the span of birth dates (epoch days) its list's age column allows; {@code null}
     * when no attribute named as an age column ({@link #isAgeColumn}) reads as an age on a dated list.
     */
    static String birthSpanKey(PersonRecord r) {
        if (r.snapshotDate() == null || r.attributes().isEmpty()) {
            return null;
        }
        for (Map.Entry<String, String> a : r.attributes().entrySet()) {
            long[] s = isAgeColumn(a.getKey()) ? span(a.getValue(), r.snapshotDate()) : null;
            if (s != null) {
                return SPAN + s[0] + ":" + s[1];
            }
        }
        return null;
    }

    /** The mark of a {@link #birthSpanKey}: a yyyyMMdd birth key never starts with it. */
    static final String SPAN = "~";

    /** The least gap, in days, between two birth spans (an age and an age, or an age and a birth date) that makes two people. */
    static final long CONFLICT_DAYS = 5 * 366;

    /**
     * True when two birth keys — yyyyMMdd dates or {@link #birthSpanKey} spans, at least one a span —
     * are more than {@link #CONFLICT_DAYS} apart: a father of 62 and a son of 34, not a volunteer's
     * rounding or a stale column.
     */
    static boolean spansConflict(String a, String b) {
        long[] x = span(a);
        long[] y = span(b);
        return x != null && y != null && Math.max(x[0] - y[1], y[0] - x[1]) > CONFLICT_DAYS;
    }

    private static long[] span(String key) {
        if (key.startsWith(SPAN)) {
            int colon = key.indexOf(':');
            return new long[] {Long.parseLong(key.substring(1, colon)), Long.parseLong(key.substring(colon + 1))};
        }
        try {
            long day = LocalDate.of(Integer.parseInt(key.substring(0, 4)), Integer.parseInt(key.substring(4, 6)),
                    Integer.parseInt(key.substring(6, 8))).toEpochDay();
            return new long[] {day, day};
        } catch (RuntimeException e) {
            return null; // an impossible date ("19560490"): no span to compare
        }
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
