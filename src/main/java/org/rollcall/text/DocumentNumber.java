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
        text = withoutPlace(text);
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
        String key = digits == out.length() ? out.toString().replaceFirst("^0+", "") : out.toString();
        if (digits == out.length()) {
            digits = key.length();
        }
        return key.length() >= MIN_LENGTH && key.length() <= MAX_LENGTH && digits >= MIN_DIGITS ? key : null;
    }

    /**
     * The number without the letters written after it that name where it was issued ("4567890 LP",
     * "4567890-L.P.", "4567890 Cbba", "4567890LP"): a Bolivian cédula's department, left out by as
     * many lists as write it, so that "4567890 LP" and "4567890" are one number: {@value
     * #MIN_PLACE_LETTERS} to {@value #MAX_PLACE_LETTERS} letters after the last digit, in words or
     * joined to it, with dots or not. A single letter joined to the last digit is part of the number
     * (a Nicaraguan cédula's check letter, "…-4373B"; a Bolivian duplicate's complement,
     * "4567890-1B"), and the place after it is still a place ("4567890-1B LP" is "4567890-1B"); one
     * letter alone after it is part of the number too ("12.345.678-Z").
     */
    static String withoutPlace(String text) {
        int last = -1;
        for (int i = text.length() - 1; i >= 0 && last < 0; i--) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                last = i;
            }
        }
        if (last < 0) {
            return text;
        }
        int from = last + 1;
        int run = from;
        while (run < text.length() && Character.isLetter(text.charAt(run))) {
            run++;
        }
        if (run - from == 1) {
            from = run; // one letter joined to the digits: part of the number
        }
        int letters = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (" .-–—/".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return text;
            }
        }
        return letters >= MIN_PLACE_LETTERS && letters <= MAX_PLACE_LETTERS ? text.substring(0, from) : text;
    }

    /** Fewest letters after the number read as a place ("LP", "L.P."): one is part of the number. */
    private static final int MIN_PLACE_LETTERS = 2;

    /** Most letters of a place after the number ("CBBA", "L.P."): more is a word, not a place. */
    private static final int MAX_PLACE_LETTERS = 4;

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
