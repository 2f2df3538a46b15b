package org.rollcall.sample.other;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.rollcall.sample.other.World.Look;

/** Writes a person's name and cédula the way one record does, slips included. */
final class Spelling {

    private static final String LETTERS = "aeiounrslmtbcd";

    private Spelling() {
    }

    /** The given names as the record writes them: typo, initial, alias or the first name only. */
    static String given(Detainee d, Look l) {
        String[] parts = d.given().split(" ", 2);
        String first = parts[0];
        String rest = parts.length > 1 ? parts[1] : "";
        if (l.alias()) {
            List<String> aliases = Names.aliasesOf(first);
            first = aliases.get(1 + Math.floorMod(l.pick(), aliases.size() - 1));
        }
        if (l.typo()) {
            first = typo(first, l.pick());
        }
        if (l.initial() && !rest.isEmpty()) {
            first = first.charAt(0) + ".";
        }
        if (l.shortName()) {
            return first;
        }
        return rest.isEmpty() ? first : first + " " + rest;
    }

    /** The surnames as the record writes them: married form, without the second, or the first only. */
    static String surnames(Detainee d, Look l) {
        if (l.married() && d.husband() != null) {
            return d.paternal() + (d.husband().startsWith("de") ? " " : " de ") + d.husband();
        }
        if (l.shortName() || l.noMaternal() || d.maternal() == null) {
            return d.paternal();
        }
        return d.paternal() + " " + d.maternal();
    }

    /** One letter (not the first) replaced by another. */
    static String typo(String name, int pick) {
        if (name.length() < 3) {
            return name;
        }
        int at = 1 + Math.floorMod(pick, name.length() - 1);
        char was = Character.toLowerCase(name.charAt(at));
        char now = LETTERS.charAt(Math.floorMod(pick / 7, LETTERS.length()));
        if (now == was) {
            now = now == 'a' ? 'e' : 'a';
        }
        return name.substring(0, at) + now + name.substring(at + 1);
    }

    /** The cédula's digits as this record has them (two adjacent digits swapped on a slip), or null. */
    static String digits(Detainee d, Look l) {
        if (l.noCedula()) {
            return null;
        }
        String c = d.cedula();
        if (l.cedulaSlip()) {
            for (int k = 0; k < c.length() - 1; k++) {
                int i = Math.floorMod(l.pick() + k, c.length() - 1);
                if (c.charAt(i) != c.charAt(i + 1)) {
                    return c.substring(0, i) + c.charAt(i + 1) + c.charAt(i) + c.substring(i + 2);
                }
            }
        }
        return c;
    }

    /** "12.345.678" for digits "12345678", "619.036" for "619036". */
    static String dotted(String digits) {
        StringBuilder b = new StringBuilder(digits);
        for (int i = b.length() - 3; i > 0; i -= 3) {
            b.insert(i, '.');
        }
        return b.toString();
    }

    static String prefix(Detainee d) {
        return d.foreign() ? "E-" : "V-";
    }

    static String caps(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
