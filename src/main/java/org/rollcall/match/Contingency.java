package org.rollcall.match;

import java.util.HashMap;
import java.util.Map;

/**
 * The contingency of a predicted and a true clustering of the same records: the size of each true
 * entity, of each predicted entity, and of each (predicted, true) overlap. Pairwise and B-cubed
 * scores are both counted from it, without listing pairs.
 *
 * @param trueSizes true entity → records
 * @param predictedSizes predicted entity → records
 * @param overlaps {@link #key(String, String)} of a predicted and a true entity → records in both
 */
record Contingency(Map<String, Long> trueSizes, Map<String, Long> predictedSizes, Map<String, Long> overlaps) {

    /**
     * @param predicted record → predicted entity
     * @param truth record → true entity; records absent from it are not counted
     * @throws IllegalArgumentException naming a record of the truth the linkage lacks
     */
    static Contingency of(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> overlaps = new HashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("record '" + e.getKey() + "' of the truth is not in the linkage");
            }
            trueSizes.merge(e.getValue(), 1L, Long::sum);
            predictedSizes.merge(p, 1L, Long::sum);
            overlaps.merge(key(p, e.getValue()), 1L, Long::sum);
        }
        return new Contingency(trueSizes, predictedSizes, overlaps);
    }

    static String key(String predicted, String truth) {
        return predicted + "\u0000" + truth;
    }
}
