package org.rollcall.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;
import org.rollcall.text.NumberText;

/**
 * An attribute whose values are numbers ("70", "70 años", "7,5") keeps to bounds ("mayores de 70
 * años": at least 70; "pena menor a 8 años": less than 8). Any record counts; a value that is not
 * a number ({@link NumberText}) cannot be read, and a person none of whose values both reads and
 * holds, with one that cannot be read or none at all, is {@link Finding.Truth#UNKNOWN}.
 *
 * @param attribute the attribute's name
 * @param bounds the bounds
 */
public record NumberCondition(String attribute, Bounds bounds) implements Condition.ThreeValued {


    @Override
    public Finding evaluate(Person p, Messages m) {
        return TestedValue.any(values(p), bounds::holds, attribute, TestedValue::raw, m);
    }

    @Override
    public boolean canBeUnknown() {
        return true;
    }

    /** Each record's value: read, or written and not a number. */
    List<TestedValue<BigDecimal>> values(Person p) {
        List<TestedValue<BigDecimal>> out = new ArrayList<>();
        for (PersonRecord r : p.records()) {
            String raw = r.attributes().get(attribute);
            if (raw != null && !raw.isBlank()) {
                out.add(new TestedValue<>(r, raw.strip(), NumberText.read(raw).orElse(null)));
            }
        }
        return out;
    }

    @Override
    public String describe(Messages m) {
        return m.format("cond.number", attribute, bounds.describe(m));
    }
}
