package org.rollcall.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.domain.IdFormat;

/**
 * A Venezuelan identity-card number (cédula): a nationality letter, {@code V} (national) or
 * {@code E} (foreign resident), when it was written, and 6 to 8 digits. Under a source's {@code
 * id-format: any}, also another identity document's number (a Nicaraguan cédula, a Honduran
 * identidad, a passport: see {@link DocumentNumber}), compared by its key.
 *
 * @param letter {@code 'V'}, {@code 'E'}, or {@code null} when the source did not say (always for a document number)
 * @param digits what identifies the number, compared for equality: a cédula's digits without separators or leading
 *     zeros, 6 to 8 of them; a document number's key (upper-case letters and digits, "0012304814373B")
 * @param written {@code null} for a cédula; a document number as the source wrote it, without its label
 *     ("001-230481-4373B"), which is how reports show it
 */
public record NationalId(Character letter, String digits, String written) {

    /**
     * Accepts "V-12.345.678", "v12345678", "12 345 678", "C.I. E-1234567", "12345678.0", and the letter
     * written twice ("V V-12.345.678": a nationality column joined to a cédula column that repeats it).
     */
    private static final Pattern FORM = Pattern.compile(
            "^(?:c\\s*\\.?\\s*i\\s*\\.?\\s*(?:n\\s*[oº°]\\s*\\.?)?\\s*:?\\s*)?([ve])?\\s*[-.:]?\\s*(?:\\1\\s*[-.:]?\\s*)?([0-9][0-9., ]*[0-9])$");

    /**
     * A number cell read as a decimal: "12345678.0", also after a nationality column joined to it
     * ("V 12345678.0"); never the last group of a dotted number ("1.234.000").
     */
    private static final Pattern DECIMAL_CELL = Pattern.compile("(?<![0-9.,])([0-9]+)\\.0+$");

    public NationalId {
        if (written != null) {
            if (letter != null || digits == null || !digits.equals(DocumentNumber.key(digits))) {
                throw new IllegalArgumentException("a document number is " + DocumentNumber.MIN_LENGTH + " characters or more without separators, "
                        + DocumentNumber.MIN_DIGITS + " digits at least, got '" + digits + "'");
            }
        } else if (!wellFormed(digits)) {
            throw new IllegalArgumentException("a cédula has 6 to 8 digits, got '" + digits + "'");
        }
        if (letter != null && letter != 'V' && letter != 'E') {
            throw new IllegalArgumentException("a cédula letter is V or E, got '" + letter + "'");
        }
    }

    /** A cédula. */
    public NationalId(Character letter, String digits) {
        this(letter, digits, null);
    }

    /** True for a document number read under {@code id-format: any}, false for a cédula. */
    public boolean isDocument() {
        return written != null;
    }

    /** 6 to 8 digits, the first not 0 (what {@code [1-9][0-9]{5,7}} matches; read once per record, so without a regex). */
    private static boolean wellFormed(String digits) {
        if (digits == null || digits.length() < 6 || digits.length() > 8 || digits.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The digits of a written number without its separators (dots, commas, spaces) and leading zeros. */
    private static String digitsOf(String written) {
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != '.' && c != ',' && c != ' ' && !(c == '0' && out.isEmpty())) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What separates two cédulas written in one cell. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:y|e|and)\\s+|[/;,\\n]|\\s{2,}", Pattern.CASE_INSENSITIVE);

    /**
     * Reads a cédula in any of its written forms.
     *
     * @return the number, or empty when the text holds no well-formed cédula (blank, "S/C",
     *     "no posee", too few or too many digits); use {@link #problem(String)} to say why
     */
    public static Optional<NationalId> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = DECIMAL_CELL.matcher(raw.trim().toLowerCase(Locale.ROOT)).replaceFirst("$1");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = digitsOf(m.group(2));
        if (!wellFormed(digits)) {
            return Optional.empty();
        }
        Character letter = m.group(1) == null ? null : Character.toUpperCase(m.group(1).charAt(0));
        return Optional.of(new NationalId(letter, digits));
    }

    /**
     * Reads an ID number as a source of that format writes it: a cédula exactly as {@link #parse(String)};
     * under {@link IdFormat#ANY}, any other text that holds a document number ({@link DocumentNumber}) too.
     *
     * @return the number, or empty when the text holds none (blank, "S/C", "no posee", too short, words)
     */
    public static Optional<NationalId> parse(String raw, IdFormat format) {
        Optional<NationalId> cedula = parse(raw);
        if (cedula.isPresent() || format != IdFormat.ANY || raw == null || saysNone(raw)) {
            return cedula;
        }
        String key = DocumentNumber.key(raw);
        // a key that read again is not itself would stop the run when the record is read back: no number (a field problem), never a crash
        return key == null || !key.equals(DocumentNumber.key(key)) ? Optional.empty()
                : Optional.of(new NationalId(null, key, DocumentNumber.withoutLabel(raw)));
    }

    /**
     * The distinct cédulas of a cell that holds more than one ("V-22.100.200 y V-22.300.400",
     * "V-1234567 / V-7654321"): a row naming several people. Empty when the cell holds one or none.
     */
    public static List<NationalId> several(String raw) {
        if (raw == null) {
            return List.of();
        }
        List<NationalId> out = new ArrayList<>();
        for (String part : SEPARATORS.split(raw)) {
            parse(part).filter(id -> !out.contains(id)).ifPresent(out::add);
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * The distinct cédulas of a cell that holds more than one, each as written there ("V-15.432.101"),
     * in the order of the cell; empty when the cell holds one or none (as {@link #several}).
     */
    public static List<String> severalAsWritten(String raw) {
        if (several(raw).isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<NationalId> seen = new ArrayList<>();
        for (String part : SEPARATORS.split(raw)) {
            Optional<NationalId> id = parse(part);
            if (id.isPresent() && !seen.contains(id.get())) {
                seen.add(id.get());
                out.add(part.trim());
            }
        }
        return out;
    }

    /**
     * Why {@code raw} is not a usable cédula, for the report; {@code null} when it is one or when
     * the cell is simply empty.
     */
    public static String problem(String raw) {
        return problem(raw, Messages.of("en"));
    }

    /** {@link #problem(String)} in a report's language. */
    public static String problem(String raw, Messages m) {
        return problem(raw, IdFormat.VENEZUELAN, m);
    }

    /** Why {@code raw} is not an ID number a source of that format holds, in a report's language; as {@link #problem(String)}. */
    public static String problem(String raw, IdFormat format, Messages m) {
        if (raw == null || raw.isBlank() || parse(raw, format).isPresent() || saysNone(raw)) {
            return null;
        }
        return format == IdFormat.ANY ? m.format("problem.id-not-document", raw.trim()) : m.format("problem.id-not-cedula", raw.trim());
    }

    /** The ways a list writes that a person has no cédula, or that it is not known (folded, punctuation as spaces). */
    private static final Pattern NONE = Pattern.compile(
            "s ?[cnd]|sin (?:c ?i|cedula|documento|datos?|informacion|numero)|no (?:posee|tiene|indicad[ao]|indica|disponible|aplica|registrad[ao]|"
            + "consta|hay|sabe)|n ?[ad]|na|nd|ninguna?|desconocid[ao]|indocumentad[ao]|pendiente|por confirmar|none|unknown|not given|x+|0+|\\?+");

    /**
     * True when the text says there is no cédula ("S/C", "sin cédula", "no posee", "N/A", "—", "?"), also after a lone
     * nationality letter ("V", "V no posee"):
     * a missing value as the list writes it, not a cédula written wrong.
     */
    public static boolean saysNone(String raw) {
        if (raw == null) {
            return true;
        }
        Matcher lone = LONE_LETTER.matcher(raw);
        return TextFold.saysMissing(lone.matches() ? lone.group(1) : raw, NONE);
    }

    /**
     * A nationality letter with no number after it, or with a text after it ("V", "V-", "V no posee"): a
     * nationality column joined to an empty or "no posee" number column; group 1 is what follows the letter.
     */
    private static final Pattern LONE_LETTER = Pattern.compile("(?i)^\\s*[ve]\\s*[-.:]?(?:\\s+(.*)|())$");

    /**
     * True when the numbers are one apart (12345678 / 12345679), with the same letter or one unwritten: how
     * twins and siblings registered together are numbered.
     */
    public boolean consecutiveTo(NationalId other) {
        if (isDocument() || other.isDocument()) {
            return DocumentNumber.consecutive(digits, other.digits);
        }
        return (letter == null || other.letter == null || letter.equals(other.letter)) && Math.abs(Long.parseLong(digits) - Long.parseLong(other.digits)) == 1;
    }

    /**
     * True when the digits differ only by two neighbouring digits swapped (12345687 / 12345678): a
     * typing slip, in either order. A slip on the first two digits of a number whose second digit is
     * 0 writes it with a leading zero ("02550322" for 20550322), which is dropped when the number is
     * read (a spreadsheet's number cell, or {@link #parse(String)}): such a number, one digit
     * shorter, is the other with its first two digits swapped.
     */
    public boolean transposedFrom(NationalId other) {
        if (isDocument() || other.isDocument()) {
            return DocumentNumber.transposed(digits, other.digits);
        }
        int length = Math.max(digits.length(), other.digits.length());
        int shift = length - digits.length();
        int otherShift = length - other.digits.length();
        if (shift + otherShift > 1) {
            return false;
        }
        int i = 0;
        while (i < length && digit(shift, i) == other.digit(otherShift, i)) {
            i++;
        }
        if (i + 1 >= length || digit(shift, i) != other.digit(otherShift, i + 1) || digit(shift, i + 1) != other.digit(otherShift, i)) {
            return false;
        }
        for (int j = i + 2; j < length; j++) {
            if (digit(shift, j) != other.digit(otherShift, j)) {
                return false;
            }
        }
        return true;
    }

    /** Digit {@code i} of the number written with {@code zeros} leading zeros. */
    private char digit(int zeros, int i) {
        return i < zeros ? '0' : digits.charAt(i - zeros);
    }

    /** True when the two numbers differ by one swapped pair of adjacent digits or one digit. */
    public boolean nearlyEquals(NationalId other) {
        return oneDigitOff(other) || transposedFrom(other);
    }

    private boolean oneDigitOff(NationalId other) {
        if (digits.length() != other.digits.length()) {
            return false;
        }
        int diffs = 0;
        for (int i = 0; i < digits.length() && diffs < 2; i++) {
            diffs += digits.charAt(i) != other.digits.charAt(i) ? 1 : 0;
        }
        return diffs == 1;
    }

    /** The canonical written form: "V-12345678", or the bare digits when no letter was given; a document number as written. */
    @Override
    public String toString() {
        return written != null ? written : letter == null ? digits : letter + "-" + digits;
    }
}
