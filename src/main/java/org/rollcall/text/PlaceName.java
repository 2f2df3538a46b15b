package org.rollcall.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparable form of a place's name, a detention centre's above all, with the usual ways of
 * writing one centre made alike: accents and case ignored ({@link TextFold}); a state in
 * parentheses or after a comma left out ("Rodeo I (Miranda)", "Rodeo I, Miranda"); Roman numerals
 * read as numbers ("Rodeo I" = "Rodeo 1"); the generic words that open a centre's name left out
 * ("Centro Penitenciario", "Internado Judicial", "CP", "Cárcel", "Sede"); and articles and "de"
 * dropped ("El Helicoide" = "Helicoide"). What no rule can know ("La Tumba" is a SEBIN building)
 * is the job file's {@code variants}.
 */
public final class PlaceName {

    /** Words that say what kind of place it is rather than which one; left out wherever they stand. */
    private static final Set<String> GENERIC = Set.of("centro", "penitenciario", "penitenciaria", "internado", "judicial", "cp",
            "carcel", "reten", "sede", "comunidad", "establecimiento", "reclusion", "detencion", "procesados", "nacional");

    /** Articles and linking words. */
    private static final Set<String> LINKING = Set.of("el", "la", "los", "las", "de", "del", "y");

    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
        "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};

    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)?");

    private PlaceName() {
    }

    /** The comparable form: "centro penitenciario rodeo i (miranda)" → "rodeo 1"; {@code ""} for a blank name. */
    public static String key(String written) {
        if (written == null) {
            return "";
        }
        String s = PARENTHESES.matcher(written).replaceAll(" ");
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma);
        }
        String folded = TextFold.fold(s.replace(".", ""));
        if (folded.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String t : folded.split(" ")) {
            if (!GENERIC.contains(t) && !LINKING.contains(t)) {
                kept.add(arabic(t));
            }
        }
        // a name made only of generic words ("Centro Penitenciario") is compared as written
        return kept.isEmpty() ? folded : String.join(" ", kept);
    }

    /**
     * The comparable forms of the parts in parentheses: another name of the place ("Centro
     * Penitenciario de Aragua (Tocorón)") or its state ("Rodeo I (Miranda)"); empty when none.
     */
    public static List<String> alternatives(String written) {
        List<String> out = new ArrayList<>();
        Matcher m = PARENTHESES.matcher(written == null ? "" : written);
        while (m.find()) {
            String k = key(m.group(1));
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** The number a Roman numeral from I to XX stands for, else the token as it is. */
    static String arabic(String token) {
        int i = Arrays.asList(ROMAN).indexOf(token);
        return i < 0 ? token : String.valueOf(i + 1);
    }

    /** The numbers of a key ("rodeo 1" → ["1"]): two centres that differ only by them are different centres. */
    public static List<String> numbers(String key) {
        return Arrays.stream(key.split(" ")).filter(t -> !t.isEmpty() && t.chars().allMatch(Character::isDigit)).toList();
    }
}
