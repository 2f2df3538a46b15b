package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.DateReader;
import org.rollcall.text.Messages;

/**
 * A date of the person's records lies in a period, both ends inclusive, either open: a mapped date
 * field (birth-date, detention-date, release-date, decision-date) or an attribute whose values are
 * dates. Any record counts: a person detained twice is inside when either detention is. A person
 * with no such date, or whose only dates outside cannot rule out one that cannot be read, is
 * neither inside nor outside ({@link Finding.Truth#UNKNOWN}).
 *
 * @param field the date field, or {@code null} with an attribute
 * @param attribute the attribute's name, or {@code null} with a field
 * @param from the first day of the period, or {@code null}
 * @param to the last day of the period, or {@code null}
 */
public record DateCondition(Field field, String attribute, LocalDate from, LocalDate to) implements Condition.ThreeValued {

    /**
     * How an attribute's dates are read: yyyy-MM-dd (a workbook's date cell), then day first as the
     * notes' dates are (dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, "3 de marzo de 2025").
     */
    static final DateReader ATTRIBUTE_DATES = new DateReader(List.of("dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy",
            "d 'de' MMMM 'de' yyyy", "d MMMM yyyy"));


    @Override
    public Finding evaluate(Person p, Messages m) {
        return TestedValue.any(values(p), this::inside, name(m), v -> v.value().toString(), m);
    }

    @Override
    public boolean canBeUnknown() {
        return true;
    }

    boolean inside(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** "detention-date", or the attribute's name. */
    String name() {
        return field != null ? field.key() : attribute;
    }

    /** The field's name in the report's language ("fecha de detención"); an attribute's name as the job file gives it. */
    String name(Messages m) {
        return field != null && m.has("field." + field.key()) ? m.get("field." + field.key()) : name();
    }

    /** Each record's date: read, or written and unreadable; records without one are left out. */
    List<TestedValue<LocalDate>> values(Person p) {
        List<TestedValue<LocalDate>> out = new ArrayList<>();
        for (PersonRecord r : p.records()) {
            String raw = field != null ? r.fields().get(field) : r.attributes().get(attribute);
            LocalDate d = field != null ? of(r, field) : raw == null ? null : ATTRIBUTE_DATES.read(raw).orElse(null);
            if (d != null || (raw != null && !raw.isBlank())) {
                out.add(new TestedValue<>(r, raw == null ? d.toString() : raw.strip(), d));
            }
        }
        return out;
    }

    /** A record's date field as the normaliser read it, or {@code null}. */
    static LocalDate of(PersonRecord r, Field f) {
        return switch (f) {
            case BIRTH_DATE -> r.birthDate();
            case DETENTION_DATE -> r.detentionDate();
            case RELEASE_DATE -> r.releaseDate();
            case DECISION_DATE -> r.decisionDate();
            default -> throw new IllegalArgumentException(f.key() + " is not a date field: the job file check lets none through");
        };
    }

    @Override
    public String describe(Messages m) {
        if (from != null && to != null) {
            return m.format("cond.date-between", name(m), from.toString(), to.toString());
        }
        return from != null ? m.format("cond.date-from", name(m), from.toString()) : m.format("cond.date-to", name(m), to.toString());
    }
}
