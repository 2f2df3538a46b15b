package org.rollcall.text;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads cardinal numbers written in words, given a language's vocabulary: units that add
 * ("trescientos", "seventy", "nine"), an optional word that multiplies by a hundred ("hundred"),
 * words for thousands and millions, and connectors that are skipped ("y", "and").
 */
final class NumberWords {

    private final Map<String, Integer> units;
    private final Set<String> hundred;
    private final Set<String> thousand;
    private final Set<String> million;
    private final Set<String> connectors;

    NumberWords(Map<String, Integer> units, Set<String> hundred, Set<String> thousand, Set<String> million, Set<String> connectors) {
        this.units = units;
        this.hundred = hundred;
        this.thousand = thousand;
        this.million = million;
        this.connectors = connectors;
    }

    boolean isNumberWord(String word) {
        String w = TextFold.fold(word);
        return units.containsKey(w) || hundred.contains(w) || thousand.contains(w) || million.contains(w) || connectors.contains(w);
    }

    OptionalLong parse(String words) {
        String folded = TextFold.fold(words);
        if (folded.isEmpty()) {
            return OptionalLong.empty();
        }
        long total = 0;
        long group = 0;
        boolean any = false;
        for (String w : folded.split(" ")) {
            Integer unit = units.get(w);
            if (connectors.contains(w)) {
                continue;
            } else if (unit != null) {
                group += unit;
            } else if (hundred.contains(w)) {
                group = (group == 0 ? 1 : group) * 100;
            } else if (thousand.contains(w)) {
                total += (group == 0 ? 1 : group) * 1_000L;
                group = 0;
            } else if (million.contains(w)) {
                total += (group == 0 ? 1 : group) * 1_000_000L;
                group = 0;
            } else {
                return OptionalLong.empty();
            }
            any = true;
        }
        return any ? OptionalLong.of(total + group) : OptionalLong.empty();
    }
}
