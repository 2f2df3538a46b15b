package org.rollcall.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds free text to a comparison form: lower case, accents removed (á → a, ñ → n), every run of
 * characters that is not a letter or digit turned into one space, trimmed.
 *
 * <p>Folding is lossy on purpose: volunteers type "MUÑOZ" as "MUNOZ", so both must fold alike.
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFold() {
    }

    /** The folded form of {@code text}; {@code ""} for null or blank input. */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(plain).replaceAll(" ").trim();
    }

    /** True when the text is null or holds no letter or digit. */
    public static boolean isBlank(String text) {
        return fold(text).isEmpty();
    }
}
