package org.rollcall.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.domain.Field;
import org.rollcall.match.AgeComparison;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.AgeColumn;
import org.rollcall.text.Messages;

/**
 * The person's age in whole years on a date (the law's, never the run's) keeps to bounds, from the
 * birth dates of their records: "mayores de 70 años a la fecha de publicación" is at least 70 on
 * that date. A record without birth date gives its age column instead (an attribute named "Edad",
 * "age": the age on its list's date). Any record counts; a birth date or age that cannot be read,
 * an age that leaves the answer open, or none, makes it {@link Finding.Truth#UNKNOWN} unless
 * another record's holds.
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
            } else {
                ageColumn(r, m).ifPresent(ages::add);
            }
        }
        return TestedValue.any(ages, bounds::holds, m.format("cond.age-on", on.toString()), Field.BIRTH_DATE.key(),
                v -> v.record().birthDate() != null ? m.format("cond.age-evidence", v.value().toPlainString(), v.raw())
                        : m.format("cond.age-column-evidence", v.value().toPlainString(), v.raw()), m);
    }

    /**
     * The age a record without birth date gives through an age column ({@link AgeColumn}), read on
     * its list's date: someone 69 on 2026-11-20 is 69 or 70 on 2026-12-01. The age on {@link #on}
     * is the youngest it can be when the bounds hold, or fail, whichever end of that span is taken;
     * a span across a bound is not readable (the rule cannot say), and neither is an age that is
     * no number.
     */
    private Optional<TestedValue<BigDecimal>> ageColumn(PersonRecord r, Messages m) {
        for (Map.Entry<String, String> a : r.attributes().entrySet()) {
            if (!AgeColumn.is(a.getKey()) || a.getValue() == null || a.getValue().isBlank() || r.snapshotDate() == null) {
                continue;
            }
            String raw = a.getValue().strip();
            long[] born = AgeComparison.span(raw, r.snapshotDate());
            if (born == null) {
                return Optional.of(new TestedValue<>(r, raw, null));
            }
            int oldest = age(LocalDate.ofEpochDay(born[0]));
            int youngest = age(LocalDate.ofEpochDay(born[1]));
            String written = m.format("cond.age-column", raw, r.snapshotDate().toString());
            boolean holdsOld = bounds.holds(BigDecimal.valueOf(oldest));
            if (holdsOld != bounds.holds(BigDecimal.valueOf(youngest))) {
                return Optional.of(new TestedValue<>(r, m.format("cond.age-column-span", written, String.valueOf(youngest),
                        String.valueOf(oldest), on.toString()), null));
            }
            return Optional.of(new TestedValue<>(r, written, BigDecimal.valueOf(youngest)));
        }
        return Optional.empty();
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
