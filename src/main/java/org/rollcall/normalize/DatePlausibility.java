package org.rollcall.normalize;

import java.time.LocalDate;
import java.time.Period;
import org.rollcall.domain.Field;
import org.rollcall.text.Messages;

/**
 * Whether a date read from a list can be true on the list's date. A detention, release, ruling or
 * birth after the date the list describes has not happened yet ("10/03/2205" for 10/03/2025): read
 * as fact, it moves a person into "detained after the law" without a word. A birth date that makes
 * the person younger than {@value #MIN_AGE} or older than {@value #MAX_AGE} on that date is a typo
 * too. Such a date is a field problem and the record keeps the field absent (an unknown date, which
 * the rules treat as undetermined, not as a reason).
 */
final class DatePlausibility {

    /** Youngest age, in whole years on the list's date, a detainee's birth date may give. */
    static final int MIN_AGE = 10;
    /** Oldest age, in whole years on the list's date, a detainee's birth date may give. */
    static final int MAX_AGE = 110;

    private DatePlausibility() {
    }

    /**
     * Why {@code date}, read from {@code written} in {@code field}, cannot be true on
     * {@code listDate} (the list's snapshot date; when unknown, today), in the words of {@code m};
     * {@code null} when it can, or when there is no date.
     */
    static String problem(Field field, LocalDate date, LocalDate listDate, String written, Messages m) {
        if (date == null) {
            return null;
        }
        LocalDate on = listDate != null ? listDate : LocalDate.now();
        String key = listDate != null ? "date.after-list" : "date.after-today";
        if (date.isAfter(on)) {
            return m.format(key, field.key(), written.trim(), on.toString());
        }
        if (field == Field.BIRTH_DATE) {
            int age = Period.between(date, on).getYears();
            if (age < MIN_AGE || age > MAX_AGE) {
                return m.format("date.implausible-age", field.key(), written.trim(), String.valueOf(age), on.toString(),
                        String.valueOf(MIN_AGE), String.valueOf(MAX_AGE));
            }
        }
        return null;
    }
}
