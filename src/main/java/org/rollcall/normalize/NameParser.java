package org.rollcall.normalize;

import org.rollcall.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a Hispanic name written in one cell into given names, paternal surname, maternal
 * surname and married surname, whatever the order it was written in:
 * "PEREZ GONZALEZ, JOSE GREGORIO" (a comma: surnames first), "José Gregorio Pérez González",
 * "PEREZ GONZALEZ JOSE GREGORIO" (surnames first without a comma: the known given names are at
 * the end), "María de los Ángeles Rodríguez", "María Rodríguez de Pérez" (a married name), "José de
 * la Cruz Martínez" (particles stay with the name they introduce).
 *
 * <p>Given names are recognised from {@link GivenNames} (a broad lexicon plus what the job's data
 * taught); when
 * neither end of a name is a known given name, the written order is assumed to be given names
 * first and one or two surnames last.
 */
public final class NameParser {

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "da", "di", "van", "von");

    private static final NameParser DEFAULT = new NameParser(GivenNames.standard());

    private final GivenNames given;

    /** A parser that knows exactly these folded given names. */
    public NameParser(Set<String> givenNames) {
        this(GivenNames.of(givenNames, Set.of()));
    }

    /** A parser that knows the built-in lexicon and what a job's data taught ({@link GivenNames}). */
    public NameParser(GivenNames givenNames) {
        this.given = givenNames;
    }

    /** The parser with the built-in lexicon only. */
    public static NameParser standard() {
        return DEFAULT;
    }

    /**
     * The parts of a name.
     *
     * @param given given names, folded, particles inside them kept ("maria de los angeles")
     * @param paternal first surname, folded, with its particles ("de la cruz"), or ""
     * @param maternal second surname, or ""
     * @param married surname taken by marriage ("perez" in "rodriguez de perez"), or ""
     * @param orderKnown true when the written form said which part is which (a comma), false when inferred
     */
    public record Parts(String given, String paternal, String maternal, String married, boolean orderKnown) {

        /** "PÉREZ GONZÁLEZ, José Gregorio"-style display built from the folded parts. */
        public String display() {
            String surnames = String.join(" ", List.of(paternal, maternal, married.isEmpty() ? "" : "de " + married).stream()
                    .filter(s -> !s.isEmpty()).toList());
            return (surnames.toUpperCase(Locale.ROOT) + ", " + given).trim();
        }
    }

    public Parts parse(String full) {
        String text = full == null ? "" : full.trim();
        int comma = text.indexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            List<String> surnames = units(words(text.substring(0, comma)));
            String givenPart = String.join(" ", words(text.substring(comma + 1)));
            return surnames(givenPart, surnames, true);
        }
        List<String> w = words(text);
        if (w.isEmpty()) {
            return new Parts("", "", "", "", false);
        }
        List<String> units = units(w);
        int size = units.size();
        if (size == 1) {
            return new Parts(units.get(0), "", "", "", false);
        }
        int leading = 0;
        while (leading < size && isGiven(units.get(leading)) && (leading > 0 || !units.get(0).contains(" "))) {
            leading++;
        }
        int trailing = 0;
        while (trailing < size && trailingGiven(units, size - 1 - trailing)) {
            trailing++;
        }
        if (leading == size && size > 2) {
            return everyWordAGivenName(units);
        }
        // two surnames are the rule: with four units or more, at most all but two are given names
        int most = size >= 4 ? size - 2 : size - 1;
        boolean surnamesFirst = trailing > 0 && (leading == 0 || trailing > leading
                || trailing == leading && rank(units.get(size - 1)) < rank(units.get(0)));
        if (surnamesFirst) {
            int givenCount = Math.min(trailing, most);
            return surnames(String.join(" ", units.subList(size - givenCount, size)), units.subList(0, size - givenCount), false);
        }
        int givenCount = leading > 0 ? Math.min(leading, most) : Math.max(1, size - 2);
        return surnames(String.join(" ", units.subList(0, givenCount)), units.subList(givenCount, size), false);
    }

    /** At the end of a name: a known given name, or "de los ángeles" right after one. */
    private boolean trailingGiven(List<String> units, int i) {
        String unit = units.get(i);
        if (!unit.contains(" ")) {
            return isGiven(unit);
        }
        return isGiven(unit) && i > 0 && !units.get(i - 1).contains(" ") && isGiven(units.get(i - 1));
    }

    /**
     * "JESUS FLORES VALLE" or "FLORES VALLE JESUS": every word is also a given name (many
     * surnames are). The end with the more common given name holds the given names, and the
     * other end two surnames, as in a name with no known given name.
     */
    private Parts everyWordAGivenName(List<String> units) {
        int surnameCount = 2;
        int givenCount = units.size() - surnameCount;
        if (rank(units.get(units.size() - 1)) < rank(units.get(0))) {
            return surnames(String.join(" ", units.subList(surnameCount, units.size())), units.subList(0, surnameCount), false);
        }
        return surnames(String.join(" ", units.subList(0, givenCount)), units.subList(givenCount, units.size()), false);
    }

    private int rank(String unit) {
        String[] words = unit.split(" ");
        return unit.length() == 1 ? Integer.MAX_VALUE : given.rank(words[words.length - 1]);
    }

    private static Parts surnames(String givenPart, List<String> surnames, boolean orderKnown) {
        List<String> s = new ArrayList<>(surnames);
        String married = "";
        if (s.size() >= 2 && s.get(s.size() - 1).startsWith("de ") && !s.get(s.size() - 1).startsWith("de la ")
                && !s.get(s.size() - 1).startsWith("de los ") && !s.get(s.size() - 1).startsWith("de las ")) {
            married = s.remove(s.size() - 1).substring(3);
        }
        String paternal = s.isEmpty() ? "" : s.get(0);
        String maternal = s.size() < 2 ? "" : String.join(" ", s.subList(1, s.size()));
        return new Parts(givenPart, paternal, maternal, married, orderKnown);
    }

    /** A known given name, an initial, or "de los ángeles" after a given name. */
    private boolean isGiven(String unit) {
        if (unit.length() == 1) {
            return true;
        }
        String[] words = unit.split(" ");
        return given.contains(words[words.length - 1]) && (words.length == 1 || PARTICLES.contains(words[0]));
    }

    /** Folded words, initials without their dot. */
    private static List<String> words(String text) {
        String folded = TextFold.fold(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /**
     * Words grouped into name units: particles join the word they introduce ("de la cruz"), and
     * a given name followed by "de los ángeles" keeps it.
     */
    private static List<String> units(List<String> words) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String w : words) {
            if (PARTICLES.contains(w) && !w.equals("y")) {
                pending.append(w).append(' ');
                continue;
            }
            out.add(pending + w);
            pending.setLength(0);
        }
        if (pending.length() > 0 && !out.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1) + " " + pending.toString().trim());
        }
        return out;
    }
}
