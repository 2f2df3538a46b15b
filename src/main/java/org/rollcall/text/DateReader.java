package org.rollcall.text;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Per formatter: whether it reads the month as a number that {@link #monthsAsNumbers} wrote for a month word. */
    private final List<Boolean> monthWords;

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
        List<Boolean> words = new ArrayList<>();
        list.add(DateTimeFormatter.ISO_LOCAL_DATE);
        words.add(false);
        for (String p : patterns) {
            list.add(formatter(p, twoDigitYearBase));
            words.add(hasMonthText(p));
            String unpadded = unpadded(p);
            if (!unpadded.equals(p) && !patterns.contains(unpadded)) {
                // "MM/dd/yyyy" says the order; a list writes 3/9/2025 as often as 03/09/2025
                list.add(formatter(unpadded, twoDigitYearBase));
                words.add(hasMonthText(unpadded));
            }
        }
        this.formatters = List.copyOf(list);
        this.monthWords = List.copyOf(words);
    }

    /** A pattern whose fields are all apart ("dd/MM/yyyy", not "ddMMyyyy"): its numeric day and month may be written without a zero. */
    private static final Pattern FIELDS_APART = Pattern.compile("[^A-Za-z]*(?:(?:dd?|MM?|y{2,4}|u{2,4})[^A-Za-z]+)+(?:dd?|MM?|y{2,4}|u{2,4})[^A-Za-z]*");

    /** The pattern with a numeric day and month of one digit or two ("d/M/yyyy" for "dd/MM/yyyy"), or the pattern itself. */
    static String unpadded(String pattern) {
        if (pattern.contains("'") || !FIELDS_APART.matcher(pattern).matches()) {
            return pattern;
        }
        return pattern.replace("dd", "d").replace("MM", "M");
    }

    /** A day written as an ordinal: "1° de mayo", "1º", "1ro", "1er", "1st". */
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:°|º|ro|ero|er|st|nd|rd|th)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);

    /** A month text run ({@code MMM}, {@code MMMM}) outside quoted literals. */
    private static final Pattern MONTH_TEXT = Pattern.compile("M{3,}");

    private static boolean hasMonthText(String pattern) {
        return MONTH_TEXT.matcher(pattern.replaceAll("'[^']*'", "")).find();
    }

    /**
     * The pattern with each month text run read as a two-digit month instead, so that every way a
     * month is written (see {@link #MONTHS}) reads, not only the one abbreviation the JDK's locale data
     * knows ("sept", while lists write "sep", "set", "sep." and "Sept").
     */
    private static String monthAsNumber(String pattern) {
        StringBuilder out = new StringBuilder();
        String[] parts = pattern.split("'", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 0 ? MONTH_TEXT.matcher(parts[i]).replaceAll("MM") : parts[i]);
            if (i < parts.length - 1) {
                out.append('\'');
            }
        }
        return out.toString();
    }

    /** Month words as Spanish and English lists write them, whole or cut, folded; → month number. */
    private static final Map<String, Integer> MONTHS = months();

    private static Map<String, Integer> months() {
        String[][] words = {
            {"enero", "ene", "en", "january", "jan"},
            {"febrero", "feb", "febr", "february"},
            {"marzo", "mar", "mzo", "march"},
            {"abril", "abr", "april", "apr"},
            {"mayo", "may"},
            {"junio", "jun", "june"},
            {"julio", "jul", "july"},
            {"agosto", "ago", "agto", "august", "aug"},
            {"septiembre", "setiembre", "sep", "sept", "set", "september"},
            {"octubre", "oct", "october"},
            {"noviembre", "nov", "november"},
            {"diciembre", "dic", "december", "dec"}};
        Map<String, Integer> map = new HashMap<>();
        for (int m = 0; m < words.length; m++) {
            for (String w : words[m]) {
                map.put(w, m + 1);
            }
        }
        return Map.copyOf(map);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");

    /** The text with each month word (case, accents and a final dot ignored) written as a two-digit number. */
    static String monthsAsNumbers(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = TextFold.fold(m.group().endsWith(".") ? m.group().substring(0, m.group().length() - 1) : m.group());
            Integer month = MONTHS.get(word);
            m.appendReplacement(out, month == null ? Matcher.quoteReplacement(m.group()) : String.format("%02d", month));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A month and a year, or a year alone, once month words are numbers: "03 2024", "03 de 2024", "3/2024", "2024". */
    private static final Pattern NO_DAY = Pattern.compile("(?:(?:0?[1-9]|1[0-2])\\s*(?:[/.-]|\\s|\\sde\\s|\\sdel\\s)\\s*)?(?:1[89]|20)\\d\\d",
            Pattern.CASE_INSENSITIVE);

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
        String letters = pattern.replaceAll("'[^']*'", "");
        if (letters.contains("m") && !letters.matches(".*[Hhk].*")) {
            throw new IllegalArgumentException("'" + pattern + "': 'mm' is minutes; write the month as MM (e.g. dd/MM/yyyy)");
        }
        if (letters.contains("D") || letters.contains("Y")) {
            throw new IllegalArgumentException("'" + pattern + "': 'DD' is the day of the year and 'YYYY' a week's year; write the day"
                    + " as dd and the year as yyyy (e.g. dd/MM/yyyy)");
        }
        if (letters.matches(".*[aA].*") && !letters.matches(".*[hK].*")) {
            throw new IllegalArgumentException("'" + pattern + "': write the year as yyyy, not aaaa (the letters are English: day dd,"
                    + " month MM, year yyyy; e.g. dd/MM/yyyy)");
        }
        if (!letters.contains("d")) {
            // a month and year read as the 1st would be a day no one wrote, taken as fact by matching and the release checks
            throw new IllegalArgumentException("'" + pattern + "' has no day (dd): rollcall keeps whole dates only, and reading a month"
                    + " and year ('marzo 2024') as its first day would invent a day that matching and the release and re-arrest checks"
                    + " take as fact; remove it from date-formats: such values are then listed under field-problems with their rows,"
                    + " each record kept without that date");
        }
        try {
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
            Matcher m = TWO_DIGIT_YEAR.matcher(pattern);
            if (hasTwoDigitYear(pattern) && m.find()) {
                if (twoDigitYearBase == null) {
                    throw new IllegalArgumentException("it has a two-digit year; give two-digit-year-base");
                }
                b.appendPattern(monthAsNumber(pattern.substring(0, m.start())).replace("yyyy", "uuuu"))
                        .appendValueReduced(ChronoField.YEAR, 2, 2, twoDigitYearBase)
                        .appendPattern(monthAsNumber(pattern.substring(m.end())).replace("yyyy", "uuuu"));
            } else {
                b.appendPattern(monthAsNumber(pattern).replace("yyyy", "uuuu"));
            }
            return b.toFormatter(SPANISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: " + e.getMessage(), e);
        }
    }

    /**
     * The text as the formats read it: white space folded, a day written as an ordinal plain
     * ("1° de mayo" → "1 de mayo"); the ordinal pattern only runs on a text with a letter or a degree
     * sign (most dates are digits only: this is on the path of every date of every record).
     */
    private static String cleaned(String text) {
        String t = SPACES.matcher(text.trim()).replaceAll(" ");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c) || c == '°') {
                return ORDINAL_DAY.matcher(t).replaceAll("$1");
            }
        }
        return t;
    }

    /** The ways a list writes that a date is not known (folded, punctuation as spaces): a missing value, not a date written wrong. */
    private static final Pattern NONE = Pattern.compile("sin (?:fecha|dato|datos|informacion|info)|s ?f|s ?d|n ?a|n ?d|desconocid[ao]|"
            + "no (?:se sabe|consta|indica|indicad[ao]|disponible|registrad[ao]|hay|aplica)|unknown|not known|none|no date|por confirmar|\\?+|x+");

    /** True when the text says there is no date ("sin fecha", "s/f", "desconocida", "N/A", "—", "?"): a missing value as the list writes it. */
    public static boolean saysNone(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (first >= '0' && first <= '9') {
            return false; // nearly every date: asked of every date of every record
        }
        return TextFold.saysMissing(text, NONE);
    }

    /** The date, or empty when the text is blank or fits none of the formats. */
    public Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = cleaned(text);
        String numbered = null;
        for (int i = 0; i < formatters.size(); i++) {
            DateTimeFormatter f = formatters.get(i);
            if (monthWords.get(i) && numbered == null) {
                numbered = monthsAsNumbers(t);
            }
            try {
                return Optional.of(LocalDate.parse(monthWords.get(i) ? numbered : t, f));
            } catch (DateTimeParseException ignored) {
                // try the next declared format
            }
        }
        return Optional.empty();
    }

    /** A message for a date that could not be read, naming the formats tried (in English). */
    public String problem(String field, String text) {
        return problem(field, text, Messages.of("en"));
    }

    /**
     * A message for a date that could not be read, in a report's language: when the text has the
     * shape of one of the formats but names a day that does not exist ("31/02/2025", "2025-13-01",
     * "00/05/2024"), it says so and why ("February has no day 31"), since adding a format would not
     * help; otherwise it names the formats tried.
     */
    public String problem(String field, String text, Messages m) {
        String t = cleaned(text);
        String numbered = monthsAsNumbers(t);
        for (int i = 0; i < formatters.size(); i++) {
            String why = whyNotADate(formatters.get(i), monthWords.get(i) ? numbered : t, m);
            if (why != null) {
                return m.format("date.not-a-date", field, text.trim(), why);
            }
        }
        if (NO_DAY.matcher(numbered).matches()) {
            return m.format("date.no-day-written", field, text.trim());
        }
        return m.format("date.no-format", field, text.trim(), patterns.toString());
    }

    /** Why a text that fits the format's shape names no day, or {@code null} when it does not fit the shape or is a real day. */
    private static String whyNotADate(DateTimeFormatter f, String text, Messages m) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor parsed;
        try {
            parsed = f.parseUnresolved(text, position);
        } catch (RuntimeException e) {
            return null;
        }
        if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() != text.length()
                || !parsed.isSupported(ChronoField.MONTH_OF_YEAR) || !parsed.isSupported(ChronoField.DAY_OF_MONTH)) {
            return null;
        }
        long month = parsed.getLong(ChronoField.MONTH_OF_YEAR);
        long day = parsed.getLong(ChronoField.DAY_OF_MONTH);
        Long year = parsed.isSupported(ChronoField.YEAR) ? Long.valueOf(parsed.getLong(ChronoField.YEAR))
                : parsed.isSupported(ChronoField.YEAR_OF_ERA) ? Long.valueOf(parsed.getLong(ChronoField.YEAR_OF_ERA)) : null;
        if (month < 1 || month > 12) {
            return m.format("date.no-month", String.valueOf(month));
        }
        if (day < 1) {
            return m.format("date.no-day", String.valueOf(day));
        }
        Month named = Month.of((int) month);
        String monthName = named.getDisplayName(TextStyle.FULL_STANDALONE, m.locale());
        if (day > named.maxLength()) {
            return m.format("date.month-has-no-day", monthName, String.valueOf(day));
        }
        if (year != null && day > named.length(Year.isLeap(year))) {
            return m.format("date.month-of-year-has-no-day", monthName, String.valueOf(year), String.valueOf(day));
        }
        return null;
    }
}
