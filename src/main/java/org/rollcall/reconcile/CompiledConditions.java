package org.rollcall.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rollcall.config.ReconcileSettings;

/** A job file's {@code reconcile} conditions compiled into {@link Condition}s. */
final class CompiledConditions {

    private CompiledConditions() {
    }

    /** Compiles a condition as written in the job file (checked beforehand by the loader). */
    static Condition of(ReconcileSettings.Condition c) {
        if (c.allOf() != null) {
            return new Condition.AllOf(c.allOf().stream().map(CompiledConditions::of).toList());
        }
        if (c.anyOf() != null) {
            return new Condition.AnyOf(c.anyOf().stream().map(CompiledConditions::of).toList());
        }
        if (c.not() != null) {
            return new Condition.Not(of(c.not()));
        }
        if (c.ruling() != null) {
            ReconcileSettings.RulingTest t = c.ruling();
            return new Condition.Rulings(t.rulings(), Set.copyOf(t.decision()), t.reason(), t.offence());
        }
        if (c.noRuling() != null) {
            return new Condition.NoRuling();
        }
        if (c.offence() != null) {
            return new Condition.Offence(List.copyOf(c.offence()));
        }
        if (c.onList() != null) {
            return new Condition.OnList(Set.copyOf(c.onList()));
        }
        if (c.attribute() != null && c.attribute().numeric()) {
            ReconcileSettings.AttributeTest a = c.attribute();
            return new NumberCondition(a.name(), bounds(a.atLeast(), a.greaterThan(), a.atMost(), a.lessThan()));
        }
        if (c.attribute() != null) {
            return new Condition.Attribute(c.attribute().name(), c.attribute().is(), c.attribute().contains());
        }
        if (c.date() != null) {
            ReconcileSettings.DateTest d = c.date();
            return new DateCondition(d.field(), d.attribute(), date(d.from()), date(d.to()));
        }
        if (c.age() != null) {
            ReconcileSettings.AgeTest a = c.age();
            return new AgeCondition(bounds(a.atLeast(), a.greaterThan(), a.atMost(), a.lessThan()), date(a.on()));
        }
        throw new IllegalArgumentException("a condition with no key: the job file check lets none through");
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text.strip());
    }

    private static Bounds bounds(String atLeast, String greaterThan, String atMost, String lessThan) {
        return new Bounds(number(atLeast), number(greaterThan), number(atMost), number(lessThan));
    }

    /** A bound as the job file writes it ("70", "7.5", "7,5"), checked beforehand by the loader. */
    static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text.strip().replace(',', '.'));
    }
}
