package org.rollcall.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.text.Messages;

/**
 * The bounds a number must keep to: at least / more than a lower one, at most / less than an upper
 * one; a bound left out ({@code null}) holds for every number. Values of a job file's {@code at-least},
 * {@code greater-than}, {@code at-most}, {@code less-than} (the loader refuses both of one side).
 */
public record Bounds(BigDecimal atLeast, BigDecimal greaterThan, BigDecimal atMost, BigDecimal lessThan) {

    /** True when the number keeps to every bound given. */
    public boolean holds(BigDecimal v) {
        return (atLeast == null || v.compareTo(atLeast) >= 0) && (greaterThan == null || v.compareTo(greaterThan) > 0)
                && (atMost == null || v.compareTo(atMost) <= 0) && (lessThan == null || v.compareTo(lessThan) < 0);
    }

    /** "at least 70", "more than 2 and less than 8". */
    public String describe(Messages m) {
        List<String> parts = new ArrayList<>();
        add(parts, "cond.at-least", atLeast, m);
        add(parts, "cond.greater-than", greaterThan, m);
        add(parts, "cond.at-most", atMost, m);
        add(parts, "cond.less-than", lessThan, m);
        return String.join(" " + m.get("cond.and") + " ", parts);
    }

    private static void add(List<String> parts, String key, BigDecimal bound, Messages m) {
        if (bound != null) {
            parts.add(m.format(key, bound.toPlainString()));
        }
    }
}
