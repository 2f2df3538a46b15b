package org.rollcall.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.PlaceName;

/**
 * Compares a place's name (a detention centre, a state) in its comparable form ({@link PlaceName}:
 * "Centro Penitenciario Rodeo I (Miranda)" is "Rodeo 1"), then through the job file's
 * {@code variants} (spellings that are one place). Levels: equal (after folding and variants);
 * similar (one's name is the other's in parentheses — two parts in parentheses that agree, such as one state, do not count; or Jaro–Winkler ≥ 0.90, or every word of one
 * within the other's, and no differing number: "Rodeo I" and "Rodeo II" are different centres);
 * different. With term frequencies,
 * agreeing on a centre few people are held in says more than on the largest one.
 */
public final class PlaceComparison extends LeveledComparison {

    static final int EQUAL = 0;
    static final int SIMILAR = 1;
    static final int DIFFERENT = 2;

    /** Jaro–Winkler similarity of two comparable forms from which they are similar. */
    static final double SIMILAR_FROM = 0.90;

    private static final List<Level> LEVELS = plain("equal", "similar", "different");

    private final RecordValue value;
    private final boolean termFrequency;
    private final Map<String, String> variants;

    /**
     * @param value the field or attribute compared
     * @param termFrequency weigh agreement on a rare place more
     * @param variants comparable form → the comparable form of its group's first spelling (see {@link #variants})
     */
    public PlaceComparison(String name, RecordValue value, boolean termFrequency, Map<String, String> variants) {
        super(name, LEVELS, Set.of(value.key()));
        this.value = value;
        this.termFrequency = termFrequency;
        this.variants = Map.copyOf(variants);
    }

    /** Groups of spellings of one place, as the job file writes them → comparable form → the group's first. */
    public static Map<String, String> variants(List<List<String>> groups) {
        Map<String, String> out = new HashMap<>();
        for (List<String> g : groups) {
            List<String> keys = g.stream().map(PlaceName::key).filter(k -> !k.isEmpty()).toList();
            keys.forEach(k -> out.put(k, keys.get(0)));
        }
        return out;
    }

    /** A place ready to compare: its comparable form, its numbers, its words, and every name it goes by. */
    private record Prepared(String key, List<String> numbers, List<String> words, List<String> names) {

        static Prepared of(String key, List<String> alternatives) {
            List<String> names = new ArrayList<>();
            names.add(key);
            names.addAll(alternatives);
            return new Prepared(key, PlaceName.numbers(key).stream().distinct().sorted().toList(), List.of(key.split(" ")), names);
        }
    }

    @Override
    public Object prepare(PersonRecord r) {
        String written = value.text(r);
        String key = PlaceName.key(written);
        if (key.isEmpty()) {
            return null;
        }
        List<String> alternatives = PlaceName.alternatives(written).stream().map(k -> variants.getOrDefault(k, k)).toList();
        return Prepared.of(variants.getOrDefault(key, key), alternatives);
    }

    @Override
    public int compare(Object x, Object y) {
        Prepared a = (Prepared) x;
        Prepared b = (Prepared) y;
        if (a.key().equals(b.key())) {
            return EQUAL;
        }
        if (b.names().contains(a.key()) || a.names().contains(b.key())) {
            return SIMILAR; // one goes by the other's name in parentheses: "Centro Penitenciario de Aragua (Tocorón)", "Tocorón"
        }
        if (!a.numbers().equals(b.numbers())) {
            return DIFFERENT;
        }
        return b.words().containsAll(a.words()) || a.words().containsAll(b.words()) || Similarity.jaroWinklerAtLeast(a.key(), b.key(), SIMILAR_FROM) >= SIMILAR_FROM
                ? SIMILAR : DIFFERENT;
    }

    @Override
    public List<String> values(Object prepared) {
        return termFrequency ? List.of(((Prepared) prepared).key()) : List.of();
    }

    @Override
    public List<String> frequencyValues(Object x, Object y, int level) {
        return termFrequency && level == EQUAL ? List.of(((Prepared) x).key()) : List.of();
    }

    @Override
    public double[] initialM() {
        return new double[] {0.80, 0.08, 0.12};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.05, 0.02, 0.93};
    }
}
