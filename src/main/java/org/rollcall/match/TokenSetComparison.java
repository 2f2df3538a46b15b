package org.rollcall.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.TextFold;

/**
 * Compares a field holding several terms (the offences charged: "Terrorismo, asociación para
 * delinquir") as sets of folded words of four letters or more, short connecting words left out,
 * in any order. Levels: the same words; the words of one within the other's; some words shared;
 * none shared. With term frequencies, sharing a rare word ("traición") says more than a common one.
 */
public final class TokenSetComparison extends LeveledComparison {

    static final int SAME = 0;
    static final int CONTAINED = 1;
    static final int OVERLAP = 2;
    static final int DISJOINT = 3;

    private static final List<Level> LEVELS = plain("same words", "the words of one within the other's", "some words shared",
            "no word shared");

    /** Connecting words of four letters or more that say nothing about an offence. */
    private static final Set<String> STOP = Set.of("para", "contra", "entre", "sobre", "desde", "como", "delito", "delitos");

    private final RecordValue value;
    private final boolean termFrequency;

    /**
     * @param field the field compared
     * @param termFrequency weigh shared rare words more and shared common ones less
     */
    public TokenSetComparison(String name, Field field, boolean termFrequency) {
        this(name, RecordValue.of(field), termFrequency);
    }

    /** A field or an attribute column compared as a set of words. */
    public TokenSetComparison(String name, RecordValue value, boolean termFrequency) {
        super(name, LEVELS, Set.of(value.key()));
        this.value = value;
        this.termFrequency = termFrequency;
    }

    @Override
    public Object prepare(PersonRecord r) {
        TreeSet<String> words = new TreeSet<>();
        for (String w : TextFold.fold(value.text(r)).split("[^a-z0-9]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words.isEmpty() ? null : List.copyOf(words);
    }

    @Override
    @SuppressWarnings("unchecked")
    public int compare(Object x, Object y) {
        List<String> a = (List<String>) x;
        List<String> b = (List<String>) y;
        int shared = shared(a, b).size();
        if (shared == 0) {
            return DISJOINT;
        }
        if (shared == a.size() && shared == b.size()) {
            return SAME;
        }
        return shared == Math.min(a.size(), b.size()) ? CONTAINED : OVERLAP;
    }

    private static List<String> shared(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (String w : a) {
            if (b.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> values(Object prepared) {
        return termFrequency ? (List<String>) prepared : List.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> frequencyValues(Object x, Object y, int level) {
        return termFrequency && level != DISJOINT ? shared((List<String>) x, (List<String>) y) : List.of();
    }

    @Override
    public double[] initialM() {
        return new double[] {0.70, 0.12, 0.08, 0.10};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.05, 0.05, 0.10, 0.80};
    }
}
