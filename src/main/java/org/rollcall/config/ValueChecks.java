package org.rollcall.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rollcall.config.ReconcileSettings.AgeTest;
import org.rollcall.config.ReconcileSettings.DateTest;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
import org.rollcall.text.AgeColumn;

/**
 * Checks of the coverage conditions on dates and numbers ({@code date:}, {@code age:}, an
 * {@code attribute:} with numeric bounds): each bound reads, the period or range is not empty,
 * the field or attribute tested exists. Each problem names its key, which carries the reason's id.
 */
final class ValueChecks {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    /** A point or comma before exactly three digits and nothing else, as {@code text.NumberText} refuses it in the data. */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}[.,]\\d{3}");

    private ValueChecks() {
    }

    static void attributeName(String name, String at, Set<String> attributes, List<Problem> p) {
        if (name == null || !attributes.contains(name)) {
            p.add(Problem.jobFile(at, "'" + name + "' is not an attribute of any source",
                    attributes.isEmpty() ? "map a column under a source's attributes:, e.g. attributes: {military: \"Civil/Militar\"}"
                            : "use one of " + attributes.stream().sorted().toList() + " or map it under a source's attributes:"));
        }
    }

    static void date(DateTest t, String at, Set<String> attributes, Set<Field> mapped, List<Problem> p) {
        if ((t.field() == null) == (t.attribute() == null)) {
            p.add(Problem.jobFile(at, (t.field() == null ? "neither" : "both") + " of field and attribute",
                    "give one: field: detention-date (a mapped date field), or attribute: <name> for an attribute whose values are dates"));
        } else if (t.field() != null && !t.field().isDate()) {
            p.add(Problem.jobFile(at + ".field", "'" + t.field().key() + "' is not a date field",
                    "use one of birth-date, detention-date, release-date, decision-date"));
        } else if (t.field() != null && !mapped.contains(t.field())) {
            p.add(Problem.jobFile(at + ".field", "no source maps the column " + t.field().key() + ", so nobody has that date and the rule could"
                    + " decide no one", "map it under a source's columns, e.g. " + t.field().key() + ": \"Fecha de detención\""));
        } else if (t.attribute() != null) {
            attributeName(t.attribute(), at + ".attribute", attributes, p);
        }
        LocalDate from = date(t.from(), at + ".from", p);
        LocalDate to = date(t.to(), at + ".to", p);
        if (t.from() == null && t.to() == null) {
            p.add(Problem.jobFile(at, "no from and no to: every date would be inside", "give from: 2024-07-28, to: 2025-01-31 or both"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            p.add(Problem.jobFile(at, "from " + from + " is after to " + to + ": no date is inside", "swap them, or fix the one mistyped"));
        }
    }

    static void age(AgeTest t, String at, Set<String> attributes, Set<Field> mapped, List<Problem> p) {
        if (!mapped.contains(Field.BIRTH_DATE) && attributes.stream().noneMatch(AgeColumn::is)) {
            p.add(Problem.jobFile(at, "no source maps the column birth-date, nor an age attribute, so nobody's age can be known",
                    "map it under a source's columns, e.g. birth-date: \"Fecha de nacimiento\", or an age column as an attribute,"
                            + " e.g. attributes: {edad: Edad}"));
        }
        if (t.on() == null) {
            p.add(Problem.jobFile(at + ".on", "missing: the date the age is taken on",
                    "give the law's date, e.g. on: 2025-01-31 (never the run's date: a figure would change from one night to the next)"));
        } else {
            date(t.on(), at + ".on", p);
        }
        bounds(t.atLeast(), t.greaterThan(), t.atMost(), t.lessThan(), at, p);
    }

    /** The bounds read as numbers, one of each side at most, and a range some number is in. */
    static void bounds(String atLeast, String greaterThan, String atMost, String lessThan, String at, List<Problem> p) {
        BigDecimal low = number(atLeast, at + ".at-least", p);
        BigDecimal above = number(greaterThan, at + ".greater-than", p);
        BigDecimal high = number(atMost, at + ".at-most", p);
        BigDecimal below = number(lessThan, at + ".less-than", p);
        if (atLeast == null && greaterThan == null && atMost == null && lessThan == null) {
            p.add(Problem.jobFile(at, "no bound", "give at-least, greater-than, at-most or less-than, e.g. at-least: 70"));
        }
        if (atLeast != null && greaterThan != null) {
            p.add(Problem.jobFile(at, "both at-least and greater-than", "keep one"));
        }
        if (atMost != null && lessThan != null) {
            p.add(Problem.jobFile(at, "both at-most and less-than", "keep one"));
        }
        BigDecimal lower = low != null ? low : above;
        BigDecimal upper = high != null ? high : below;
        if (lower != null && upper != null && (lower.compareTo(upper) > 0 || (lower.compareTo(upper) == 0 && (above != null || below != null)))) {
            p.add(Problem.jobFile(at, "the bounds leave no number between them (" + (low != null ? "at-least " : "greater-than ") + lower
                    + ", " + (high != null ? "at-most " : "less-than ") + upper + ")", "swap them, or fix the one mistyped"));
        }
    }

    private static BigDecimal number(String text, String at, List<Problem> p) {
        if (text == null) {
            return null;
        }
        if (!NUMBER.matcher(text.strip()).matches()) {
            p.add(Problem.jobFile(at, "'" + text + "' is not a number", "write digits, with a point or comma for a fraction: 70, 7.5"));
            return null;
        }
        if (THOUSANDS.matcher(text.strip()).matches()) {
            // the data's reader refuses "1.500" as one and a half or fifteen hundred: the rule cannot mean one of them
            p.add(Problem.jobFile(at, "'" + text + "' may be one and a half or fifteen hundred",
                    "write it without the point or comma (1500), or with one decimal digit or two (1.5)"));
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.'));
    }

    private static LocalDate date(String text, String at, List<Problem> p) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            p.add(Problem.jobFile(at, "'" + text + "' is not a date (or no such day)", "write it yyyy-MM-dd, e.g. 2025-01-31"));
            return null;
        }
    }
}
