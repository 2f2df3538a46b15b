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
     * {@value #NEAR_MIN_LETTERS} letters or more is met one letter off (one letter added or left out,
     * {@link #oneLetterOff}) and the others are met as written; {@code null} when none is. Ask {@link #firstIn}
     * first: a text found as written is no near one.
     */
    static Near nearIn(String value, List<String> texts) {
        return nearIn(value, texts, Words::oneLetterOff);
    }

    /**
     * As {@link #nearIn(String, List)}, with a word met when it is one letter off in any way, a letter
     * changed included ("feticidio" for "femicidio"): not read as the offence, but said, so that a
     * misspelling the rule does not take is seen ({@link RuleValues}).
     */
    static Near changedIn(String value, List<String> texts) {
        return nearIn(value, texts, (a, b) -> oneLetterOff(a, b) || oneLetterChanged(a, b));
    }

    private static Near nearIn(String value, List<String> texts, java.util.function.BiPredicate<String, String> off1) {
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
                        off += w[j].length() >= NEAR_MIN_LETTERS && off1.test(v[i + j], w[j]) ? 1 : 2;
                    }
                }
                if (off == 1) {
                    return new Near(t, String.join(" ", java.util.Arrays.copyOfRange(v, i, i + w.length)));
                }
            }
        }
        return null;
    }

    /**
     * True when one word is the other with one letter added (a plural, a doubled key) or left out
     * ("homicido"), or one letter changed for one that sounds alike ("homisidio", "tráfigo" no:
     * g and c do not): never another letter changed, which as often makes another offence
     * ("feticidio" / "femicidio", "colisión" / "colusión", "traición" / "tracción").
     */
    static boolean oneLetterOff(String a, String b) {
        if (a.length() == b.length()) {
            int at = changedAt(a, b);
            return at >= 0 && SOUND_ALIKE.contains("" + a.charAt(at) + b.charAt(at));
        }
        if (Math.abs(a.length() - b.length()) != 1) {
            return false;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /** Letters Spanish spelling swaps because they sound alike (seseo, b/v, g/j, i/y): "homisidio" is "homicidio". */
    private static final java.util.Set<String> SOUND_ALIKE = java.util.Set.of("cs", "sc", "cz", "zc", "sz", "zs", "bv", "vb", "gj", "jg", "iy", "yi");

    /** True when the two words have one length and differ by exactly one letter. */
    static boolean oneLetterChanged(String a, String b) {
        return a.length() == b.length() && changedAt(a, b) >= 0;
    }

    /** Where two words of one length differ, when they differ in exactly one place; else -1. */
    private static int changedAt(String a, String b) {
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }

    /** " art 9 num 2 ": folded, every run of other characters one space, padded. */
    static String words(String text) {
        return " " + TextFold.fold(text).replaceAll("[^a-z0-9]+", " ").trim() + " ";
    }
}
