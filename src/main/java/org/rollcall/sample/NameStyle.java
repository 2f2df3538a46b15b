package org.rollcall.sample;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How volunteers and clerks write a name, with the slips they make: "PEREZ GONZALEZ, JOSE
 * GREGORIO", "José Gregorio Pérez González", a dropped maternal surname, an initial, a typo.
 */
final class NameStyle {

    enum Form { SURNAMES_FIRST_CAPS, GIVEN_FIRST_MIXED, GIVEN_FIRST_CAPS, GIVEN_FIRST_CAPS_ACCENTS, SURNAMES_FIRST_MIXED }

    private NameStyle() {
    }

    /**
     * @param dropMaternal leave out the second surname
     * @param initial write the second given name as an initial ("José G.")
     * @param typo misspell one surname or given name by one letter
     */
    static String render(SamplePerson p, Form form, boolean dropMaternal, boolean initial, boolean typo, Random rnd) {
        List<String> given = new ArrayList<>(p.given());
        if (initial && given.size() > 1) {
            given.set(1, given.get(1).charAt(0) + ".");
        }
        List<String> surnames = new ArrayList<>();
        surnames.add(p.paternal());
        if (p.maternal() != null && !dropMaternal) {
            surnames.add(p.maternal());
        }
        if (typo) {
            List<String> target = rnd.nextBoolean() ? surnames : given;
            int i = rnd.nextInt(target.size());
            if (target.get(i).length() >= 5) {
                target.set(i, misspell(target.get(i), rnd));
            }
        }
        String g = String.join(" ", given);
        String s = String.join(" ", surnames);
        return switch (form) {
            case SURNAMES_FIRST_CAPS -> plainCaps(s) + ", " + plainCaps(g);
            case GIVEN_FIRST_MIXED -> g + " " + s;
            case GIVEN_FIRST_CAPS -> plainCaps(g + " " + s);
            case GIVEN_FIRST_CAPS_ACCENTS -> (g + " " + s).toUpperCase(Locale.ROOT);
            case SURNAMES_FIRST_MIXED -> s + ", " + g;
        };
    }

    /** Capitals without accents, as typed on a keyboard without dead keys. */
    static String plainCaps(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }

    /** One slip: two adjacent letters swapped, or one letter dropped, away from the first letter. */
    static String misspell(String w, Random rnd) {
        int i = 1 + rnd.nextInt(w.length() - 2);
        if (rnd.nextBoolean()) {
            return w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
        }
        return w.substring(0, i) + w.substring(i + 1);
    }
}
