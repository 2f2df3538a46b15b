package org.rollcall.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.temporal.ChronoField;

/**
 * Reads dates written as text in the formats a source declares, Spanish month names included
 * ("15 de noviembre de 2026"). ISO dates ({@code 2026-11-15}), which the workbook reader writes
 * for real date cells, are always accepted. Parsing is strict: 31/02/2026 is not a date.
 */
public final class DateReader {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final List<String> patterns;
    private final List<DateTimeFormatter> formatters;

    /**
     * @param patterns {@link DateTimeFormatter} patterns, tried in order, e.g. {@code dd/MM/yyyy}
     * @throws IllegalArgumentException naming the first pattern that is not a valid pattern
     */
    public DateReader(List<String> patterns) {
        this(patterns, null);
    }

    /**
     * @param patterns as above; {@code yy} reads a two-digit year
     * @param twoDigitYearBase the first year a two-digit year can mean (1940: 40 → 1940, 39 → 2039);
     *     {@code null} when no pattern has one
     * @throws IllegalArgumentException naming the first pattern that is not a valid pattern, or
     *     that has a two-digit year when no base is given
     */
    public DateReader(List<String> patterns, Integer twoDigitYearBase) {
        this.patterns = List.copyOf(patterns);
        List<DateTimeFormatter> list = new ArrayList<>();
        list.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (String p : patterns) {
            list.add(formatter(p, twoDigitYearBase));
        }
        this.formatters = List.copyOf(list);
    }

    /** Any run of white space (read as one space). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("(?<![yu'])(yy|uu)(?![yu])");

    /** True when the pattern reads a two-digit year ({@code yy}, not {@code yyyy}). */
    public static boolean hasTwoDigitYear(String pattern) {
        return TWO_DIGIT_YEAR.matcher(pattern.replaceAll("'[^']*'", "")).find();
    }

    /** Builds a strict, case-insensitive Spanish-locale formatter; fails with the pattern named. */
    public static DateTimeFormatter formatter(String pattern) {
        return formatter(pattern, 1940);
    }

    /** As {@link #formatter(String)}, two-digit years read from {@code twoDigitYearBase} on. */
    public static DateTimeFormatter formatter(String pattern, Integer twoDigitYearBase) {
        try {
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
            Matcher m = TWO_DIGIT_YEAR.matcher(pattern);
            if (hasTwoDigitYear(pattern) && m.find()) {
                if (twoDigitYearBase == null) {
                    throw new IllegalArgumentException("it has a two-digit year; give two-digit-year-base");
                }
                b.appendPattern(pattern.substring(0, m.start()).replace("yyyy", "uuuu"))
                        .appendValueReduced(ChronoField.YEAR, 2, 2, twoDigitYearBase)
                        .appendPattern(pattern.substring(m.end()).replace("yyyy", "uuuu"));
            } else {
                b.appendPattern(pattern.replace("yyyy", "uuuu"));
            }
            return b.toFormatter(SPANISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: " + e.getMessage(), e);
        }
    }

    /** The date, or empty when the text is blank or fits none of the formats. */
    public Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = SPACES.matcher(text.trim()).replaceAll(" ");
        for (DateTimeFormatter f : formatters) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next declared format
            }
        }
        return Optional.empty();
    }

    /** A message for a date that could not be read, naming the formats tried. */
    public String problem(String field, String text) {
        return field + " '" + text.trim() + "' fits none of the date formats " + patterns
                + " (nor yyyy-MM-dd); add its format to date-formats in the job file";
    }
}
