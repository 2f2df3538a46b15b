package org.rollcall.reconcile;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.reconcile.Condition.Evidence;
import org.rollcall.text.Messages;

/**
 * One record's value of what a date, number or age condition tests: read, or written but not
 * readable ({@code value} {@code null}). A record that gives no value has none.
 *
 * @param record the record
 * @param raw the value as written ("31/02/2025", "setenta")
 * @param value the value read, or {@code null} when it cannot be read
 */
record TestedValue<T>(PersonRecord record, String raw, T value) {

    /**
     * The three-valued answer over a person's values, any record counting: true when a value read
     * satisfies the test; else unknown when a value cannot be read (it might) or when no record
     * gives one; else false.
     *
     * @param what the value's name in words ("detention-date", "age")
     * @param shown the value read in words, for the evidence
     */
    static <T> Finding any(List<TestedValue<T>> values, Predicate<T> test, String what, Function<TestedValue<T>, String> shown, Messages m) {
        return any(values, test, what, what, shown, m);
    }

    /** As above, the value the records give or lack named apart ({@code source}: "birth-date" for an age). */
    static <T> Finding any(List<TestedValue<T>> values, Predicate<T> test, String what, String source, Function<TestedValue<T>, String> shown,
            Messages m) {
        TestedValue<T> unreadable = null;
        for (TestedValue<T> v : values) {
            if (v.value() == null) {
                unreadable = unreadable == null ? v : unreadable;
            } else if (test.test(v.value())) {
                return Finding.yes(new Evidence(m.format("cond.attribute-evidence", what, shown.apply(v), Reconciler.ref(v.record(), m)),
                        List.of(v.record())));
            }
        }
        if (unreadable != null) {
            return Finding.unknown(new Evidence(m.format("cond.unreadable-evidence", source, unreadable.raw(), Reconciler.ref(unreadable.record(), m)),
                    List.of(unreadable.record())));
        }
        return values.isEmpty() ? Finding.unknown(new Evidence(m.format("cond.no-value-evidence", source), List.of())) : Finding.NO;
    }
}
