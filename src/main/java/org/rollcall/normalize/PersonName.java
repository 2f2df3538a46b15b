package org.rollcall.normalize;

import org.rollcall.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A person's name in comparison form: folded tokens, split into given names and surnames, given
 * names first. The split is what the source says (a "SURNAMES, GIVEN NAMES" comma, or separate
 * columns) or, for a name written in one cell without a comma, what {@link NameParser} infers.
 *
 * <p>Particles ("de", "del", "la", "los", "y") are dropped from the tokens: they are written
 * inconsistently ("De La Cruz", "DELACRUZ" aside) and carry little identity. Single letters are
 * kept as initials ("J. Gregorio" → {@code j}, {@code gregorio}).
 *
 * @param display the name as the source wrote it, trimmed, for reports
 * @param given folded given-name tokens; empty when none could be told apart
 * @param surnames folded surname tokens (paternal, maternal, married), in that order
 * @param tokens every folded token, given names first
 * @param orderKnown true when the source said which part is which, false when it was inferred
 * @param married folded tokens of a surname taken by marriage ("peña" in "Castillo de Peña"), the
 *     last of {@code surnames}; empty when the name has none
 */
public record PersonName(String display, List<String> given, List<String> surnames, List<String> tokens, boolean orderKnown,
        List<String> married) {

    static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "da", "di", "van", "von");

    /** Conjunctions that are initials when they begin a name. */
    private static final Set<String> INITIAL_NOT_CONJUNCTION = Set.of("y", "e");

    public PersonName {
        given = List.copyOf(given);
        surnames = List.copyOf(surnames);
        tokens = List.copyOf(tokens);
        married = List.copyOf(married);
    }

    /**
     * The name without its married surname, as the woman's own name is written on other lists
     * ("Graciela Castillo" for "Graciela Castillo de Silva"; her maternal surname is the one a
     * married name leaves out), or null when the name has no married surname.
     */
    public List<String> withoutMarried() {
        if (married.isEmpty()) {
            return null;
        }
        return concat(given, surnames.subList(0, surnames.size() - married.size()));
    }

    /** True when the name has no token at all. */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /**
     * Parses a name written in one cell: "PEREZ GONZALEZ, JOSE GREGORIO" (surnames first, by its
     * comma), "José Gregorio Pérez González" or "PEREZ GONZALEZ JOSE GREGORIO" (the given names
     * recognised by {@link NameParser}).
     */
    public static PersonName parse(String full) {
        return parse(full, NameParser.standard());
    }

    /** As {@link #parse(String)}, with a parser that knows a job's own given names. */
    public static PersonName parse(String full, NameParser parser) {
        String display = full == null ? "" : full.trim().replaceAll("\\s+", " ");
        NameParser.Parts parts = parser.parse(display);
        List<String> given = tokensOf(parts.given());
        List<String> surnames = tokensOf(parts.paternal() + " " + parts.maternal() + " " + parts.married());
        if (given.isEmpty() || surnames.isEmpty()) {
            return new PersonName(display, List.of(), List.of(), tokensOf(display), false, List.of());
        }
        List<String> married = tokensOf(parts.married());
        return new PersonName(display, given, surnames, concat(given, surnames), parts.orderKnown(),
                married.size() < surnames.size() ? married : List.of());
    }

    /** Builds a name from separate given-name and surname cells; either may be blank. */
    public static PersonName of(String givenNames, String surnameText) {
        List<String> given = tokensOf(givenNames);
        List<String> surnames = tokensOf(surnameText);
        String display = (blankToEmpty(givenNames) + " " + blankToEmpty(surnameText)).trim().replaceAll("\\s+", " ");
        if (given.isEmpty() || surnames.isEmpty()) {
            return new PersonName(display, List.of(), List.of(), concat(given, surnames), false, List.of());
        }
        return new PersonName(display, given, surnames, concat(given, surnames), true, marriedOf(surnameText, surnames));
    }

    /**
     * The married surname of a surnames cell: a last word after "de" ("Castillo de Peña"), when a
     * surname comes before it; "de la", "de los" and "de las" begin compound surnames ("Hurtado de
     * la Rosa") and a "de" that begins the cell begins the first surname ("De Armas Vega"), as
     * {@link NameParser} reads a name written in one cell.
     */
    private static List<String> marriedOf(String surnameText, List<String> surnames) {
        String[] words = TextFold.fold(surnameText).split(" ");
        int n = words.length;
        if (n < 3 || !words[n - 2].equals("de") || PARTICLES.contains(words[n - 1]) || surnames.size() < 2) {
            return List.of();
        }
        return List.of(surnames.get(surnames.size() - 1));
    }

    /**
     * Folded tokens of {@code text} without particles. A name does not begin with a conjunction,
     * so a first "Y" or "E" ("Y. Alberto Márquez") is an initial and kept.
     */
    public static List<String> tokensOf(String text) {
        String folded = TextFold.fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String t : folded.split(" ")) {
            if (out.isEmpty() && INITIAL_NOT_CONJUNCTION.contains(t)) {
                out.add(t);
            } else if (!PARTICLES.contains(t) && !t.chars().allMatch(Character::isDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
