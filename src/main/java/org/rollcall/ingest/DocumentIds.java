package org.rollcall.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.domain.IdFormat;
import org.rollcall.text.NationalId;

/**
 * Where an announcement's entry writes an ID number that is not a cédula, whole: "MARÍA JOSÉ
 * AGUILAR ARRÓLIGA, Identidad 001-230481-4373B", "…, Pasaporte C01234567", "… 0801-1990-12345".
 * The cédula pattern ({@link NumberedLists#ID}) would read "230481" out of the first, and leave
 * "…, Identidad 001" in the name; the whole number is the entry's ID instead, and nothing of it is
 * left in the name. Under {@code id-format: venezuelan} the number found is a field problem ("not
 * a cédula") that the run counts and warns of; under {@code any} it is the person's document number.
 */
final class DocumentIds {

    /** Fewest digits a number taken whole has: a shorter one is an ordinal, a year or a page, not a document. */
    static final int MIN_DIGITS = 6;

    /** A label before a document number: "Identidad", "Cédula de identidad N°", "C.I.", "DNI", "Pasaporte No.", "ID:". */
    private static final String LABEL = "(?:\\bc\\s*\\.?\\s*i\\s*\\.?|\\bc[ée]dula(?:\\s+de\\s+identidad)?|\\b(?:tarjeta\\s+de\\s+)?identidad"
            + "|\\bdocumento(?:\\s+de\\s+identidad)?|\\bdni|\\bpasaporte|\\bpassport|\\bid)\\s*(?:n\\s*[°º]\\s*\\.?|no\\.|nro\\.?)?\\s*:?\\s*";

    /** A number token: letters and digits, with dashes, slashes or dots inside; optionally after a label. */
    private static final Pattern DOCUMENT = Pattern.compile("(?iu)(" + LABEL + ")?(?<![\\p{L}\\d])([a-z]{0,3}\\d[a-z\\d]*(?:[-–/.][a-z\\d]+)*)(?![\\p{L}\\d])");

    /**
     * As {@link #DOCUMENT}, its groups also separated by one space when each has three characters or more
     * and a digit ("001 260303 7039G", "0801 1990 12345"): read so under {@link IdFormat#ANY}, and under
     * Venezuelan only when a cédula would be a slice of it; a cédula followed by a number ("12345678 2024")
     * is not taken for one.
     */
    private static final Pattern SPACED = Pattern.compile("(?iu)(" + LABEL + ")?(?<![\\p{L}\\d])([a-z]{0,3}\\d[a-z\\d]*"
            + "(?:(?:[-–/.]|\\s(?=[a-z]*\\d)(?=[a-z\\d]{3}))[a-z\\d]+)*)(?![\\p{L}\\d])");

    /** A date written with separators: "12/05/1990", "3-4-2024". */
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[-–/.]\\d{1,2}[-–/.]\\d{1,4}");

    private DocumentIds() {
    }

    /**
     * An ID number found in an entry's text.
     *
     * @param start where it starts, its label included
     * @param end where it ends
     * @param value the number as written, without its label
     */
    record Found(int start, int end, String value) {
    }

    /**
     * The first document number of {@code text} to take whole, or {@code null} when there is none or
     * when a cédula ({@code cedula}, found by {@link NumberedLists#findId}) comes before it and is not
     * a slice of it. A number is taken whole when it has {@value #MIN_DIGITS} digits or more, is no date
     * and no cédula by itself, and either follows an ID label, or holds the cédula's digits among other
     * groups (the cédula would be a slice of it: "001-230481-4373B", "001 230481 4373B"), or the source's
     * IDs are {@link IdFormat#ANY}.
     */
    static Found find(String text, Matcher cedula, IdFormat format) {
        if (format == IdFormat.ANY) {
            return find(text, cedula, SPACED, true);
        }
        Found found = find(text, cedula, DOCUMENT, false);
        // "001 230481 4373B" read as Venezuelan: the whole number (a field problem said as such), never the cédula "230481"
        return found != null || cedula == null ? found : sliceOfSpaced(text, cedula);
    }

    private static Found find(String text, Matcher cedula, Pattern pattern, boolean any) {
        int from = firstStart(text);
        if (from < 0) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        for (boolean found = m.find(from); found; found = m.find()) {
            if (cedula != null && m.start(2) >= cedula.end()) {
                return null; // the cédula comes first
            }
            String token = m.group(2);
            if (!number(token)) {
                continue;
            }
            boolean labelled = m.group(1) != null;
            if (labelled || slice(m, cedula) || any) {
                return new Found(m.start(), m.end(), token);
            }
        }
        return null;
    }

    private static Found sliceOfSpaced(String text, Matcher cedula) {
        int from = firstStart(text);
        if (from < 0) {
            return null;
        }
        Matcher m = SPACED.matcher(text);
        for (boolean found = m.find(from); found && m.start(2) < cedula.end(); found = m.find()) {
            if (slice(m, cedula) && number(m.group(2))) {
                return new Found(m.start(), m.end(), m.group(2));
            }
        }
        return null;
    }

    /**
     * Where the first match of {@link #DOCUMENT} or {@link #SPACED} can start at the earliest, or -1 when
     * the text has fewer than {@value #MIN_DIGITS} digits (no number taken whole fits in it). Every match
     * holds a digit, and before its first digit only a label's characters (letters, white space,
     * {@code . ° º :}) and up to three letters; so none starts before the run of those characters that
     * ends at the text's first digit. Searching from there finds the same matches as searching from the
     * start, without trying the labels at every letter of the name before (at 220,000 list entries the
     * search from the start was half of a communiqué's reading).
     */
    static int firstStart(String text) {
        int first = -1;
        int digits = 0;
        for (int i = 0, n = text.length(); i < n && digits < MIN_DIGITS; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                first = digits++ == 0 ? i : first;
            }
        }
        if (digits < MIN_DIGITS) {
            return -1;
        }
        int from = first;
        while (from > 0 && labelCharacter(text.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    /** A character that a label or a number's leading letters may hold: a letter, white space, {@code . ° º :}. */
    private static boolean labelCharacter(char c) {
        return Character.isLetter(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == '°' || c == 'º' || c == ':';
    }

    /** A token of {@value #MIN_DIGITS} digits or more that is no date, no cédula, and no cédula followed by a number. */
    private static boolean number(String token) {
        return digits(token) >= MIN_DIGITS && !DATE.matcher(token).matches() && NationalId.parse(token).isEmpty() && !cedulaThenNumber(token);
    }

    /** True when the cédula's digits lie inside the token found, which is longer: the cédula is a slice of it. */
    private static boolean slice(Matcher token, Matcher cedula) {
        return cedula != null && cedula.start(2) >= token.start(2) && cedula.end(2) <= token.end(2)
                && token.end(2) - token.start(2) > cedula.end(2) - cedula.start(2);
    }

    /** A label or a nationality letter left at the end of a name, once the number after it is taken out: ", C.I. V-". */
    private static final Pattern TRAILING_LABEL = Pattern.compile("(?iu)(?:" + LABEL + ")?[\\s\\-–—]*(?:\\b[ve]\\s*[-–.]?\\s*)?$");

    /** The entry's text before the number found, without a label or a nationality letter left at its end. */
    static String nameBefore(String text, Found found) {
        String before = text.substring(0, found.start());
        Matcher m = TRAILING_LABEL.matcher(before);
        return m.find() ? before.substring(0, m.start()) : before;
    }

    /** True when the token's first group, before a space, is a cédula by itself: "12345678 2024" is a cédula and a year. */
    private static boolean cedulaThenNumber(String token) {
        int space = -1;
        for (int i = 0; i < token.length() && space < 0; i++) {
            space = Character.isWhitespace(token.charAt(i)) ? i : -1;
        }
        return space > 0 && NationalId.parse(token.substring(0, space)).isPresent();
    }

    private static int digits(String token) {
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            n += Character.isDigit(token.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
