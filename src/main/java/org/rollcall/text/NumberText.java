package org.rollcall.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a person writes it in a cell: "70", "70 años", "70,5", "7.5 años", "8 a." — digits,
 * at most one decimal comma or point, then at most a few words of unit. A text that could mean two
 * numbers is no number: "1.500" (one and a half, or fifteen hundred?), "8 años y 6 meses" (two
 * figures), "setenta" (words), "70-75" (a range).
 */
public final class NumberText {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:[.,](\\d+))?((?:\\s*\\p{L}[\\p{L}.]*)*)\\s*\\.?");
    /** A point or comma before exactly three digits and nothing else: thousands or decimals, no one can tell. */
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
        return Optional.of(new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2))));
    }
}
