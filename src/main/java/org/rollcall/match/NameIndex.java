package org.rollcall.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every record of every list whose whole name agrees with a given record's name, found through
 * an index of the names' words (their sounds and alias forms), not through the blocking
 * candidates: the question "who else in the lists bears this name?" is asked of all of them.
 * Two names agree as in {@link NameBearers}: every word of the shorter meets a word of the longer
 * (equal, a typo, the same sound, an alias or an initial), in any order.
 *
 * <p>A name whose every full word is mistyped beyond its sound is not found; the callers add the
 * blocking candidates, which catch those.
 */
final class NameIndex {

    private static final int[] NONE = {};

    private final Comparison names;
    private final int index;
    private final Object[][] prepared;
    /** Each word's records in ascending order; built on the first lookup (most runs ask none). */
    private Map<String, int[]> byWord;

    /**
     * @param comparisons the job's comparisons; the index applies when one compares whole names
     * @param prepared each record's prepared values, per comparison
     */
    NameIndex(List<Comparison> comparisons, Object[][] prepared) {
        int found = NameBearers.wholeNames(comparisons);
        this.index = found;
        this.names = found < 0 ? null : comparisons.get(found);
        this.prepared = prepared;
    }

    /** The word index, built once: two passes, the first counting each word's records. */
    private Map<String, int[]> byWord() {
        if (byWord != null) {
            return byWord;
        }
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < prepared.length; i++) {
            for (String key : new LinkedHashSet<>(keys(name(i)))) {
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        Map<String, int[]> index = new HashMap<>(counts.size() * 2);
        counts.forEach((key, count) -> {
            index.put(key, new int[count[0]]);
            count[0] = 0; // from here on, where the word's next record goes
        });
        for (int i = 0; i < prepared.length; i++) {
            for (String key : new LinkedHashSet<>(keys(name(i)))) {
                index.get(key)[counts.get(key)[0]++] = i;
            }
        }
        byWord = index;
        return index;
    }

    /** True when the job compares whole names, so that the index means something. */
    boolean applies() {
        return index >= 0;
    }

    /** The records, other than {@code record}, whose names agree with its name, in ascending order. */
    List<Integer> agreeingWith(int record) {
        PersonNameComparison.Prepared name = name(record);
        if (name == null) {
            return List.of();
        }
        Map<String, int[]> index = byWord();
        TreeSet<Integer> near = new TreeSet<>();
        for (String key : keys(name)) {
            for (int other : index.getOrDefault(key, NONE)) {
                near.add(other);
            }
        }
        near.remove(record);
        List<Integer> out = new ArrayList<>();
        for (int other : near) {
            if (agree(record, other)) {
                out.add(other);
            }
        }
        return out;
    }

    /** True when both records have names and they agree (up to {@link PersonNameComparison#OUT_OF_ORDER}). */
    boolean agree(int a, int b) {
        return level(a, b) <= PersonNameComparison.OUT_OF_ORDER;
    }

    /** The names' level, or {@link Integer#MAX_VALUE} when either has no name or the job compares none. */
    int level(int a, int b) {
        Object x = index < 0 ? null : prepared[a][index];
        Object y = index < 0 ? null : prepared[b][index];
        return x == null || y == null ? Integer.MAX_VALUE : names.compare(x, y);
    }

    private PersonNameComparison.Prepared name(int record) {
        return index < 0 ? null : (PersonNameComparison.Prepared) prepared[record][index];
    }

    /** The full words' sounds and alias forms (initials are left out: they meet too many names to index). */
    private static List<String> keys(PersonNameComparison.Prepared name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        for (int t = 0; t < name.tokens().size(); t++) {
            if (name.tokens().get(t).length() > 1) {
                out.add("s:" + name.sounds().get(t));
                out.add("w:" + name.canonical().get(t));
            }
        }
        if (name.maiden() != null) {
            out.addAll(keys(name.maiden()));
        }
        return out;
    }
}
