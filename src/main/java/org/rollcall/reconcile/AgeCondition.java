package org.rollcall.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/**
 * The person's age in whole years on a date (the law's, never the run's) keeps to bounds, from the
 * birth dates of their records: "mayores de 70 años a la fecha de publicación" is at least 70 on
 * that date. Any record counts; a birth date that cannot be read, or none, makes it
 * {@link Finding.Truth#UNKNOWN} unless another record's holds.
 *
 * @param bounds the bounds of the age in whole years
 * @param on the date the age is taken on
 */
public record AgeCondition(Bounds bounds, LocalDate on) implements Condition.ThreeValued {


    @Override
    public Finding evaluate(Person p, Messages m) {
        List<TestedValue<BigDecimal>> ages = new ArrayList<>();
        for (PersonRecord r : p.records()) {
            String raw = r.fields().get(Field.BIRTH_DATE);
            if (r.birthDate() != null) {
                ages.add(new TestedValue<>(r, r.birthDate().toString(), BigDecimal.valueOf(age(r.birthDate()))));
            } else if (raw != null && !raw.isBlank()) {
                ages.add(new TestedValue<>(r, raw.strip(), null));
            }
        }
        return TestedValue.any(ages, bounds::holds, m.format("cond.age-on", on.toString()), Field.BIRTH_DATE.key(),
                v -> m.format("cond.age-evidence", v.value().toPlainString(), v.raw()), m);
    }

    /** Whole years from the birth date to {@link #on}. */
    int age(LocalDate born) {
        return Period.between(born, on).getYears();
    }

    @Override
    public boolean canBeUnknown() {
        return true;
    }

    @Override
    public String describe(Messages m) {
        return m.format("cond.number", m.format("cond.age-on", on.toString()), bounds.describe(m));
    }
}
