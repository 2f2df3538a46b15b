package org.rollcall.match;

import java.util.List;
import java.util.Set;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.TextFold;

/**
 * Compares a free-text field (an address, a locality) after folding. Levels: equal; a typo
 * (Jaro–Winkler ≥ the typo threshold, default 0.92); similar (≥ the similar threshold, default
 * 0.80); different.
 */
public final class TextComparison extends LeveledComparison {

    private final RecordValue value;
    private final boolean termFrequency;

    private final Thresholds thresholds;

    public TextComparison(String name, Field field, boolean termFrequency) {
        this(name, field, termFrequency, Thresholds.DEFAULT);
    }

    public TextComparison(String name, Field field, boolean termFrequency, Thresholds thresholds) {
        this(name, RecordValue.of(field), termFrequency, thresholds);
    }

    /** A field or an attribute column compared as free text. */
    public TextComparison(String name, RecordValue value, boolean termFrequency, Thresholds thresholds) {
        super(name, plain("equal", thresholds.typoLabel("typo"), thresholds.similarLabel(), "different"), Set.of(value.key()));
        this.thresholds = thresholds;
        this.value = value;
        this.termFrequency = termFrequency;
    }

    @Override
    public Object prepare(PersonRecord r) {
        String v = TextFold.fold(value.text(r));
        return v.isEmpty() ? null : v;
    }

    @Override
    public int compare(Object x, Object y) {
        if (x.equals(y)) {
            return 0;
        }
        double jw = Similarity.jaroWinklerAtLeast((String) x, (String) y, Math.min(thresholds.typo(), thresholds.similar()));
        return jw >= thresholds.typo() ? 1 : jw >= thresholds.similar() ? 2 : 3;
    }

    @Override
    public List<String> values(Object prepared) {
        return termFrequency ? List.of((String) prepared) : List.of();
    }

    @Override
    public List<String> frequencyValues(Object x, Object y, int level) {
        return termFrequency && level == 0 ? List.of((String) x) : List.of();
    }

    @Override
    public double[] initialM() {
        return new double[] {0.75, 0.10, 0.05, 0.10};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.01, 0.01, 0.05, 0.93};
    }
}
