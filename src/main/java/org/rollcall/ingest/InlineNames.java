package org.rollcall.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names written inline in a communiqué's prose ("… a los señores: JUAN CARLOS PÉREZ LÓPEZ, MARÍA
 * JOSÉ GUTIÉRREZ DE ROCHA, … y LUIS ALBERTO MEZA."), which rollcall does not read as a list: it
 * reads numbered lists and tables. Found so that such a communiqué is never read as naming nobody
 * in silence (trial 20: a resolution of 222 names in six paragraphs gave listed 0, exit 0).
 *
 * <p>An inline list is three names or more in a row, separated by commas, semicolons or a last
 * "y"/"e", each of two to seven words that are capitalised or particles of a name, most of three
 * words or more (place names such as "Nueva Esparta" or "Delta Amacuro" have one or two), with a
 * colon before the first or five names or more in the run.
 */
final class InlineNames {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]\\s*(?:y\\s+|e\\s+)?|\\s+[ye]\\s+(?=\\p{Lu})");

    private InlineNames() {
    }

    /** The length of the longest run of names written inline in {@code prose} (0 when there is none). */
    static int longestRun(String prose) {
        int best = 0;
        for (String sentence : prose.replaceAll("\\s+", " ").split("(?<=[.!?])\\s+(?=\\p{Lu})|\\n")) {
            int colon = sentence.lastIndexOf(':');
            String[] items = SEPARATOR.split(colon >= 0 ? sentence.substring(colon + 1) : sentence);
            int run = 0;
            int longNames = 0;
            boolean afterColon = colon >= 0;
            for (int i = 0; i < items.length; i++) {
                String item = items[i].replaceAll("[.!?]+$", "").trim();
                int words = nameWords(item);
                if (words >= 2) {
                    run++;
                    longNames += words >= 3 ? 1 : 0;
                } else {
                    run = 0;
                    longNames = 0;
                    afterColon = false;
                }
                if (run >= 3 && longNames * 2 >= run && (afterColon && run == i + 1 || run >= 5)) {
                    best = Math.max(best, run);
                }
            }
        }
        return best;
    }

    /** The words of {@code item} when it reads as a name (two to seven, capitalised or particles, no digit), else 0. */
    private static int nameWords(String item) {
        if (item.isEmpty() || item.matches(".*\\d.*")) {
            return 0;
        }
        String[] words = item.split("\\s+");
        if (words.length < 2 || words.length > 7) {
            return 0;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!SentenceEntries.NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return 0;
            }
        }
        return capitalised >= 2 ? words.length : 0;
    }
}
