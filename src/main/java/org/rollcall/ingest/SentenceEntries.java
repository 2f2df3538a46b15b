package org.rollcall.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rollcall.text.TextFold;

/**
 * Communiqué entries without an ID that read as sentences, not names: a page's "Lo más leído" list
 * of headlines, a sentence caught in a numbered list. A name has two capitalised words at least
 * (a given name and a surname), or none (a list written all in lower case); a name with a note
 * after it ("Ana Pérez, excarcelada el 3 de mayo", "José Pérez detenido en El Rodeo I") is a name.
 */
final class SentenceEntries {

    /** Words of a name written in lower case ("de la Cruz", "Pérez vda. de Gil"). */
    static final Set<String> NAME_PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "das", "di",
            "van", "von", "vda", "viuda");

    private SentenceEntries() {
    }

    /**
     * True when an entry without cédula reads as a sentence, not a name: only its first word
     * capitalised, and two words or more in lower case that are no particle of a name ("Precio del
     * dólar oficial cierra la semana estable"). A name has two capitalised words at least (a given
     * name and a surname: "Ana Pérez, excarcelada el 3 de mayo" is a name with a note), or none
     * (a list written all in lower case).
     */
    static boolean prose(String name) {
        Words w = Words.of(name);
        // a name typed in sentence case ("Bravo castro luis enrique") has a handful of words; a headline more
        return w.capitals() == 1 && Character.isUpperCase(name.trim().charAt(0)) && w.lower() >= 2 && w.capitals() + w.lower() >= 6;
    }

    /**
     * The words of an entry's text that start with a letter, counted: capitalised; in lower case and no particle of a name;
     * and whether one of those is a word only a sentence has in lower case ({@link #FUNCTION_WORDS}).
     */
    private record Words(int capitals, int lower, boolean function) {

        static Words of(String text) {
            int capitals = 0;
            int lower = 0;
            boolean function = false;
            for (String w : text.trim().split("[\\s,;]+")) {
                String bare = w.replaceAll("[\\p{P}]+$", "");
                if (bare.isEmpty() || !Character.isLetter(bare.charAt(0))) {
                    continue;
                }
                if (Character.isUpperCase(bare.charAt(0))) {
                    capitals++;
                } else if (FUNCTION_WORDS.contains(bare)) {
                    function = true;
                    lower++;
                } else if (!NAME_PARTICLES.contains(bare.replace(".", "").toLowerCase(Locale.ROOT))) {
                    lower++;
                }
            }
            return new Words(capitals, lower, function);
        }
    }

    /** The title a news page gives its list of headlines. */
    private static final Pattern NEWS_TITLE = Pattern.compile("^(?:lo mas (?:leido|visto)|(?:las )?mas (?:leidas|leidos|vistas|vistos)"
            + "|noticias relacionadas|relacionad[oa]s|te puede interesar|tambien (?:le|te) puede interesar|tendencias|ultimas noticias|otras noticias"
            + "|lee tambien|recomendad[oa]s|most read|most popular|related(?: news| stories| articles)?|trending|read more|you may also like)\\W*$");

    /** Words a note on a person's detention uses ("detenido en El Rodeo I", "recluida en el INOF", "a. el Gocho"). */
    private static final Pattern DETENTION_NOTE = Pattern.compile("\\b(?:detenid|recluid|pres[oa]s?\\b|privad|excarcelad|liberad|trasladad|aprehendid"
            + "|capturad|recapturad|desaparecid|sentenciad|condenad|imputad|acusad|procesad|alias|a\\.|cedula|c\\.i)");

    /** True when the nearest line above the list (within three) is a news page's title for a list of headlines. */
    /**
     * True when a list is a page's list of headlines ("Industriales gana el clásico ante Santiago de Cuba"): two entries or more
     * read as sentences, and the list stands under a news page's title for one ("Lo más leído"), or every entry is a sentence and
     * none a name with a note of its detention ("José Pérez detenido en El Rodeo I").
     *
     * @param sentences how many of the entries (without an ID) read as sentences ({@link #readsAsText})
     */
    static boolean headlines(List<String> lines, int start, List<String> entries, int sentences) {
        return sentences >= 2 && (newsTitleBefore(lines, start) || sentences == entries.size()
                && entries.stream().noneMatch(e -> DETENTION_NOTE.matcher(TextFold.fold(e)).find()));
    }

    private static boolean newsTitleBefore(List<String> lines, int start) {
        for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
            if (!TextFold.isBlank(lines.get(i))) {
                return NEWS_TITLE.matcher(TextFold.fold(lines.get(i)).trim()).find();
            }
        }
        return false;
    }

    /** Words of a sentence that no name holds in lower case ("recibe a", "gana el clásico ante", "entra en vigor"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "al", "el", "en", "con", "por", "para", "ante", "que", "se", "su", "sus",
            "un", "una", "sobre", "tras", "entre", "sin", "desde", "hasta", "contra", "hacia", "the", "of", "in", "on", "at", "to", "for",
            "with", "is", "are", "as");

    /**
     * True when an entry's text (up to its first comma, semicolon or parenthesis: a note may follow a
     * name) holds a word only a sentence has in lower case ("a", "el", "en", "ante") and two lower-case
     * words or more that are no particle of a name: "Díaz Canel Bermúdez recibe a delegación
     * vietnamita", "Llegan donativos de arroz a Holguín". One such entry may be a name with a note;
     * a list of them is a list of headlines.
     */
    static boolean readsAsText(String text) {
        Words w = Words.of(text.trim().split("[,;(]", 2)[0]);
        return w.function() && w.lower() >= 2;
    }
}
