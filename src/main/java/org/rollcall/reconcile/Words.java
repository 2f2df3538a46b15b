package org.rollcall.reconcile;

import java.util.List;
import org.rollcall.text.TextFold;

/**
 * Whole-word text matching, case, accents and punctuation ignored: a text matches when its words
 * appear next to each other, in order, in the value. "9.2" finds "Art. 9.2" and "art 9-2" but not
 * "19.2"; "art. 9, num. 2" finds "Art 9 num 2" but not "artículo 9, numeral 2" (write each form
 * the source uses). "terrorismo" finds "Financiamiento al TERRORISMO" but not "antiterrorismo".
 */
final class Words {

    private Words() {
    }

    /** The first of the texts found in the value as whole words, or {@code null}. */
    static String firstIn(String value, List<String> texts) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = words(value);
        for (String t : texts) {
            String w = words(t);
            if (!w.isBlank() && v.contains(w)) {
                return t;
            }
        }
        return null;
    }

    /**
     * A text found in a value with one of its words one letter off, as a list misspells an offence
     * ("Homicido calificado" for "homicidio"; a plural, "homicidios", is one letter too): the text
     * and the value's words that met it.
     */
    record Near(String text, String written) {
    }

    /** Fewest letters of a text's word that may be met one letter off: shorter words ("robo", "drogas") are other words when a letter differs. */
    static final int NEAR_MIN_LETTERS = 7;

    /**
     * The first of the texts found in the value as whole words when exactly one of its words of
     * {@value #NEAR_MIN_LETTERS} letters or more is met one letter off (one letter added, left out or
     * changed) and the others are met as written; {@code null} when none is. Ask {@link #firstIn}
     * first: a text found as written is no near one.
     */
    static Near nearIn(String value, List<String> texts) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] v = words(value).trim().split(" ");
        for (String t : texts) {
            String[] w = words(t).trim().split(" ");
            if (w.length == 0 || w[0].isEmpty()) {
                continue;
            }
            for (int i = 0; i + w.length <= v.length; i++) {
                int off = 0;
                for (int j = 0; j < w.length && off <= 1; j++) {
                    if (!v[i + j].equals(w[j])) {
                        off += w[j].length() >= NEAR_MIN_LETTERS && oneLetterOff(v[i + j], w[j]) ? 1 : 2;
                    }
                }
                if (off == 1) {
                    return new Near(t, String.join(" ", java.util.Arrays.copyOfRange(v, i, i + w.length)));
                }
            }
        }
        return null;
    }

    /** True when the two words differ by one letter added, left out or changed. */
    static boolean oneLetterOff(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = a.length() - 1;
        int k = b.length() - 1;
        while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
            j--;
            k--;
        }
        return Math.max(j - i + 1, k - i + 1) == 1 && Math.min(j - i + 1, k - i + 1) <= 1;
    }

    /** " art 9 num 2 ": folded, every run of other characters one space, padded. */
    static String words(String text) {
        return " " + TextFold.fold(text).replaceAll("[^a-z0-9]+", " ").trim() + " ";
    }
}
