package org.rollcall.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A person's name in comparison form: folded tokens, split into given names and surnames where
 * the source says which is which (a "SURNAMES, GIVEN NAMES" comma, or separate columns).
 *
 * <p>Particles ("de", "del", "la", "los", "y") are dropped from the tokens: they are written
 * inconsistently ("De La Cruz", "DELACRUZ" aside) and carry little identity. Single letters are
 * kept as initials ("J. Gregorio" → {@code j}, {@code gregorio}).
 *
 * @param display the name as the source wrote it, trimmed, for reports
 * @param given folded given-name tokens; empty when the order is unknown
 * @param surnames folded surname tokens; empty when the order is unknown
 * @param tokens every folded token in the order written
 */
public record PersonName(String display, List<String> given, List<String> surnames, List<String> tokens) {

    static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "da", "di", "van", "von");

    public PersonName {
        given = List.copyOf(given);
        surnames = List.copyOf(surnames);
        tokens = List.copyOf(tokens);
    }

    /** True when the name has no token at all. */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** True when the source said which tokens are surnames. */
    public boolean orderKnown() {
        return !surnames.isEmpty();
    }

    /**
     * Parses a name written in one cell: "PEREZ GONZALEZ, JOSE GREGORIO" (surnames first, by its
     * comma) or "José Gregorio Pérez González" (order unknown without a name lexicon).
     */
    public static PersonName parse(String full) {
        String display = full == null ? "" : full.trim().replaceAll("\\s+", " ");
        int comma = display.indexOf(',');
        if (comma > 0 && comma < display.length() - 1) {
            List<String> surnames = tokensOf(display.substring(0, comma));
            List<String> given = tokensOf(display.substring(comma + 1));
            if (!surnames.isEmpty() && !given.isEmpty()) {
                return new PersonName(display, given, surnames, concat(given, surnames));
            }
        }
        return new PersonName(display, List.of(), List.of(), tokensOf(display));
    }

    /** Builds a name from separate given-name and surname cells; either may be blank. */
    public static PersonName of(String givenNames, String surnameText) {
        List<String> given = tokensOf(givenNames);
        List<String> surnames = tokensOf(surnameText);
        String display = (blankToEmpty(givenNames) + " " + blankToEmpty(surnameText)).trim().replaceAll("\\s+", " ");
        if (given.isEmpty() || surnames.isEmpty()) {
            return new PersonName(display, List.of(), List.of(), concat(given, surnames));
        }
        return new PersonName(display, given, surnames, concat(given, surnames));
    }

    /** Folded tokens of {@code text} without particles. */
    public static List<String> tokensOf(String text) {
        String folded = TextFold.fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String t : folded.split(" ")) {
            if (!PARTICLES.contains(t) && !t.chars().allMatch(Character::isDigit)) {
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
