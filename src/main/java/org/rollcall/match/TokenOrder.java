package org.rollcall.match;

import java.util.List;

/** The order of name tokens: names compared in a fixed order, and agreeing tokens in order. */
final class TokenOrder {

    private TokenOrder() {
    }

    /**
     * {@code String.join(" ", a).compareTo(String.join(" ", b))} without building the strings:
     * this runs for every random pair the model is fitted on.
     */
    static int compareJoined(List<String> a, List<String> b) {
        int ta = 0;
        int tb = 0;
        int ia = 0;
        int ib = 0;
        while (true) {
            int ca = charAt(a, ta, ia);
            int cb = charAt(b, tb, ib);
            if (ca < 0 || cb < 0 || ca != cb) {
                return ca < 0 && cb < 0 ? 0 : ca < 0 ? -1 : cb < 0 ? 1 : ca - cb;
            }
            if (ia < a.get(ta).length()) {
                ia++;
            } else {
                ta++;
                ia = 0;
            }
            if (ib < b.get(tb).length()) {
                ib++;
            } else {
                tb++;
                ib = 0;
            }
        }
    }

    /** The character at position {@code i} of token {@code t} of the joined string, a space after each token but the last, -1 at the end. */
    private static int charAt(List<String> tokens, int t, int i) {
        if (t >= tokens.size()) {
            return -1;
        }
        String token = tokens.get(t);
        if (i < token.length()) {
            return token.charAt(i);
        }
        return t + 1 < tokens.size() ? ' ' : -1;
    }

    /**
     * True when the agreeing tokens come in the same order in both names, or in the same order
     * once one name is read from a point on and round to its start: the same name written
     * surnames first without a comma ("ALFARO HERNÁNDEZ KEIBER MARTÍN" for "Keiber Martín Alfaro
     * Hernández") when the parser could not tell which end holds the given names. Swapped
     * surnames ("Pérez González" / "González Pérez" after the same given name) stay out of order.
     */
    static boolean inOrderOrRotated(int[] partner) {
        int descents = 0;
        int first = -1;
        int last = -1;
        for (int j : partner) {
            if (j < 0) {
                continue;
            }
            if (first < 0) {
                first = j;
            } else if (j < last) {
                descents++;
            }
            last = j;
        }
        return descents == 0 || descents == 1 && last < first;
    }
}
