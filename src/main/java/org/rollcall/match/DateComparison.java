package org.rollcall.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.DateReader;

/**
 * Compares dates of birth with tolerance for typing slips. Dates are compared as their eight
 * digits (yyyyMMdd), so a date with an impossible digit (19560490) still counts. Levels: equal;
 * one slip (a digit off or two swapped, or day and month exchanged); same year; different.
 */
public final class DateComparison extends LeveledComparison {

    static final int EQUAL = 0;
    static final int ONE_SLIP = 1;
    static final int SAME_YEAR = 2;
    static final int DIFFERENT = 3;

    private static final List<Level> LEVELS = plain("equal", "one slip", "same year", "different");

    /** How an attribute column's dates are read: ISO and the day-first forms lists use. */
    private static final DateReader ATTRIBUTE_DATES = new DateReader(List.of("dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy"));

    private final Field field;
    private final String attribute;

    public DateComparison(String name, Field field) {
        super(name, LEVELS, field == Field.BIRTH_DATE ? Set.of(field.key()) : Set.of(field.key(), Field.BIRTH_DATE.key()));
        this.field = field;
        this.attribute = null;
    }

    /** True when this compares birth dates. */
    boolean birth() {
        return field == Field.BIRTH_DATE;
    }

    /** A date field, or an attribute column read as a date (ISO, dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy). */
    public DateComparison(String name, RecordValue value) {
        super(name, LEVELS, value.field() != null && value.field() != Field.BIRTH_DATE ? Set.of(value.key(), Field.BIRTH_DATE.key())
                : Set.of(value.key()));
        this.field = value.field();
        this.attribute = value.attribute();
    }

    @Override
    public Object prepare(PersonRecord r) {
        if (attribute != null) {
            return ATTRIBUTE_DATES.read(r.attributes().getOrDefault(attribute, "")).map(DateComparison::digits).orElse(null);
        }
        LocalDate d = field == Field.BIRTH_DATE ? r.birthDate() : field == Field.DETENTION_DATE ? r.detentionDate() : null;
        if (d != null) {
            return digits(d);
        }
        String digits = r.fields().getOrDefault(field, "").replaceAll("[^0-9]", "");
        return digits.length() == 8 ? digits : null;
    }

    private static String digits(LocalDate d) {
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    @Override
    public int compare(Object x, Object y) {
        String a = (String) x;
        String b = (String) y;
        if (a.equals(b)) {
            return EQUAL;
        }
        boolean dayMonthSwapped = a.substring(0, 4).equals(b.substring(0, 4)) && a.substring(4, 6).equals(b.substring(6, 8))
                && a.substring(6, 8).equals(b.substring(4, 6));
        if (dayMonthSwapped || Similarity.editDistance(a, b, 1) <= 1) {
            return ONE_SLIP;
        }
        return a.substring(0, 4).equals(b.substring(0, 4)) ? SAME_YEAR : DIFFERENT;
    }

    @Override
    public double[] initialM() {
        return new double[] {0.90, 0.06, 0.02, 0.02};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.0001, 0.003, 0.012, 0.9849};
    }
}
