package org.rollcall.text;

import java.util.Map;
import java.util.Set;
import java.util.OptionalLong;

/**
 * Reads cardinal numbers written in English words: "three hundred seventy-nine" → 379,
 * "one thousand two hundred" → 1200. Case and hyphens are ignored; "and" is allowed.
 */
public final class EnglishNumber {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final NumberWords WORDS = new NumberWords(UNITS, Set.of("hundred"), Set.of("thousand"), Set.of("million"), Set.of("and"));

    private EnglishNumber() {
    }

    /** True for the words numbers are made of, connectors included. */
    public static boolean isNumberWord(String word) {
        return WORDS.isNumberWord(word);
    }

    /** The value of the words, or empty when any word is not part of a number. */
    public static OptionalLong parse(String words) {
        return WORDS.parse(words);
    }
}
