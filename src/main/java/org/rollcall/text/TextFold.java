package org.rollcall.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds free text to a comparison form: lower case, accents removed (á → a, ñ → n), every run of
 * characters that is not a letter or digit turned into one space, trimmed.
 *
 * <p>Folding is lossy on purpose: volunteers type "MUÑOZ" as "MUNOZ", so both must fold alike.
 * It runs for every name of every record, so it is a single pass over the characters; only
 * characters outside ASCII go through Unicode decomposition, once each, from a table.
 */
public final class TextFold {

    /** Folded form of each char below U+0250 (Latin letters with their accents); {@code null} = separator. */
    private static final String[] TABLE = new String[0x250];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = foldSlow(c);
        }
    }

    private TextFold() {
    }

    /** The folded form of {@code text}; {@code ""} for null or blank input. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String f = c < TABLE.length ? TABLE[c] : foldSlow(c);
            if (f == null || f.isEmpty()) {
                if (f == null) {
                    space = out.length() > 0;
                }
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(f);
        }
        return out.toString();
    }

    /** True when the text is null or holds no letter or digit. */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String f = c < TABLE.length ? TABLE[c] : foldSlow(c);
            if (f != null && !f.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** One character: its folded letters, {@code ""} for a combining mark, {@code null} for a separator. */
    private static String foldSlow(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
            return "";
        }
        if (!Character.isLetterOrDigit(c)) {
            return null;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.isLetterOrDigit(d)) {
                sb.append(Character.toLowerCase(d));
            }
        }
        return sb.toString();
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9?]+");

    /**
     * True when a cell says a value is missing in one of a list's ways ({@code none}: "s/c", "sin fecha",
     * "N/A", read folded with punctuation as spaces), or holds nothing but punctuation ("—").
     */
    public static boolean saysMissing(String text, Pattern none) {
        String folded = NOT_WORD.matcher(fold(text)).replaceAll(" ").trim();
        return folded.isEmpty() || none.matcher(folded).matches();
    }
}
