package org.rollcall.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An identity document number that is not a Venezuelan cédula, as a source with {@code id-format:
 * any} keeps it: a Nicaraguan cédula ("001-230481-4373B", also written "0012304814373B"), a
 * Honduran identidad ("0801-1990-12345"), a passport ("Pasaporte C01234567"). Its key is the
 * number folded: a leading label ("C.I.", "Cédula", "Identidad", "No.", "DNI", "Pasaporte", "ID")
 * taken out, then spaces, dots, dashes and slashes, and upper case; an all-digit number also loses
 * its leading zeros, as a spreadsheet's number cell writes it. A key has at least
 * {@value #MIN_LENGTH} characters of which {@value #MIN_DIGITS} or more are digits.
 *
 * <p>Plain functions used by {@link NationalId}, which holds the number read.
 */
final class DocumentNumber {

    /** Fewest characters of a key: fewer is an ordinal, a year or a typo, not a document. */
    static final int MIN_LENGTH = 5;

    /** Fewest digits of a key: a document number is mostly digits ("C01234567", "0012304814373B"). */
    static final int MIN_DIGITS = 4;

    /** Longest key: a longer text is a sentence or a pasted cell, not a number. */
    static final int MAX_LENGTH = 24;

    /** Letters a word of the number without digits may have: "C 01234567", "AB 123456"; not "SIN DOC 12345", "Exp. 1234". */
    private static final int MAX_LETTERS_OF_WORD = 2;

    /** One label before the number, with what separates it from the next: "C.I. ", "Cédula de identidad N° ", "Pasaporte: ". */
    private static final Pattern LABEL = Pattern.compile("^(?:c\\s*\\.?\\s*i\\s*\\.?|c[ée]dula(?:\\s+de\\s+identidad)?|(?:tarjeta\\s+de\\s+)?identidad"
            + "|documento(?:\\s+de\\s+identidad)?|dni|pasaporte|passport|id|no\\.?|nro\\.?|n[úu]m(?:ero)?\\.?|n\\s*[°º]\\.?|#)(?![a-zñ])[\\s:.#°º\\-–—]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A date, not a number: "12/05/1990", "3-4-88". */
    private static final Pattern DATE = Pattern.compile("^\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}$");

    /** A number cell read as a decimal: "801199012345.0". */
    private static final Pattern DECIMAL_CELL = Pattern.compile("^([0-9]+)\\.0+$");

    private DocumentNumber() {
    }

    /** The text without its leading labels, trimmed: the number as written ("001-230481-4373B"). */
    static String withoutLabel(String raw) {
        String text = raw.trim();
        for (int i = 0; i < 4; i++) {
            Matcher m = LABEL.matcher(text);
            if (!m.find() || m.end() == 0 || m.end() == text.length()) {
                break;
            }
            text = text.substring(m.end()).trim();
        }
        return text;
    }

    /**
     * The key of the document number written in {@code raw}, or {@code null} when it holds none: blank,
     * fewer than {@value #MIN_LENGTH} characters or {@value #MIN_DIGITS} digits, a date, words, or
     * characters other than letters, digits and the separators.
     */
    static String key(String raw) {
        if (raw == null) {
            return null;
        }
        String text = DECIMAL_CELL.matcher(withoutLabel(raw)).replaceFirst("$1");
        if (text.isEmpty() || DATE.matcher(text).matches()) {
            return null;
        }
        for (String word : text.split("[\\s.\\-–—/]+")) {
            if (!word.isEmpty() && word.chars().noneMatch(Character::isDigit) && word.length() > MAX_LETTERS_OF_WORD) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                out.append(c);
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                out.append(Character.toUpperCase(c));
            } else if (" .-–—/".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return null;
            }
        }
        // the department goes from the folded number, so that the key read again is itself ("001-230481-4373B N" and
        // "…4373BN" fold alike); only letters go: the digits counted stay
        String folded = withoutPlace(out.toString());
        out.setLength(0);
        out.append(folded);
        String key = digits == out.length() ? out.toString().replaceFirst("^0+", "") : out.toString();
        if (digits == out.length()) {
            digits = key.length();
        }
        return key.length() >= MIN_LENGTH && key.length() <= MAX_LENGTH && digits >= MIN_DIGITS ? key : null;
    }

    /**
     * A folded number (letters and digits only) without the two letters after its last digit that
     * name where it was issued, however the list spaced or dotted them: a Bolivian
     * cédula's department ("4567890 LP", "4567890-L.P.", "4567890LP"), left out by as many lists as
     * write it, so that "4567890 LP" and "4567890" are one number. A single letter joined to the last
     * digit is part of the number (a Nicaraguan cédula's check letter, "…-4373B"; a Bolivian
     * duplicate's complement, "4567890-1B"), and the department after it is still a department
     * ("4567890-1B LP" and "4567890-1BLP" are "4567890-1B"); one letter alone after the number is part
     * of it too ("12.345.678-Z"). Longer words are not read away ("7788990 bis", "123456 COL",
     * "4567890 Cbba": the value is then no number, a field problem, as before).
     */
    static String withoutPlace(String folded) {
        int last = folded.length() - 1;
        while (last >= 0 && !Character.isDigit(folded.charAt(last))) {
            last--;
        }
        int letters = folded.length() - 1 - last;
        if (last < 0 || letters < PLACE_LETTERS || letters > PLACE_LETTERS + 1) {
            return folded;
        }
        // two letters are the department; three, a complement's letter and the department ("…1BLP")
        return folded.substring(0, folded.length() - PLACE_LETTERS);
    }

    /** Letters of a department after the number ("LP", "L.P."): one is part of the number, three or more a word. */
    private static final int PLACE_LETTERS = 2;

    /** True when the two keys have one length and differ by two neighbouring characters swapped. */
    static boolean transposed(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** True when the two keys have one length and differ by one digit, one apart (…2375 / …2376): twins registered together. */
    static boolean consecutive(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at >= 0 && Character.isDigit(a.charAt(at)) && Character.isDigit(b.charAt(at)) && Math.abs(a.charAt(at) - b.charAt(at)) == 1;
    }
}
