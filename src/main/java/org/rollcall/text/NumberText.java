package org.rollcall.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a person writes it in a cell: "70", "70 años", "70,5", "7.5 años", "8 a." — digits,
 * at most one decimal comma or point, then no unit or a unit of years (the rules compare ages and
 * sentences in years). A text that could mean two numbers, or another unit, is no number: "1.500"
 * (one and a half, or fifteen hundred?), "8 años y 6 meses" (two figures), "18 meses" (not years),
 * "setenta" (words), "70-75" (a range).
 */
public final class NumberText {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:[.,](\\d+))?((?:\\s*\\p{L}[\\p{L}.]*)*)\\s*\\.?");
    /** A point or comma before exactly three digits and nothing else: thousands or decimals, no one can tell. */
    /** The units a number may carry: years, as Spanish and English cells write them. */
    private static final Pattern YEARS = Pattern.compile("(?iu)a[ñn]os?|a\\.?|years?|yrs?\\.?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}[.,]\\d{3}");

    private NumberText() {
    }

    /** The number, or empty when the text is blank or not one number (see the class comment). */
    public static Optional<BigDecimal> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = NUMBER.matcher(t);
        if (!m.matches() || THOUSANDS.matcher(t).matches()) {
            return Optional.empty();
        }
        String unit = m.group(3).strip();
        if (!unit.isEmpty() && !YEARS.matcher(unit).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2))));
    }
}
