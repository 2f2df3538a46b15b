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

    /** " art 9 num 2 ": folded, every run of other characters one space, padded. */
    static String words(String text) {
        return " " + TextFold.fold(text).replaceAll("[^a-z0-9]+", " ").trim() + " ";
    }
}
