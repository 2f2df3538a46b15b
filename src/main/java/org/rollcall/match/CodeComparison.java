package org.rollcall.match;

import java.util.List;
import java.util.Set;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.TextFold;

/**
 * Compares a short code (a postcode, a street number, a region) character by character. Levels:
 * equal; one edit (a digit off, added, dropped, or two adjacent swapped); two edits; different.
 */
public final class CodeComparison extends LeveledComparison {

    private static final List<Level> LEVELS = plain("equal", "one edit", "two edits", "different");

    private final RecordValue value;

    public CodeComparison(String name, Field field) {
        this(name, RecordValue.of(field));
    }

    /** A field or an attribute column compared as a code. */
    public CodeComparison(String name, RecordValue value) {
        super(name, LEVELS, Set.of(value.key()));
        this.value = value;
    }

    @Override
    public Object prepare(PersonRecord r) {
        String v = TextFold.fold(value.text(r)).replace(" ", "");
        return v.isEmpty() ? null : v;
    }

    @Override
    public int compare(Object x, Object y) {
        if (x.equals(y)) {
            return 0;
        }
        int d = Similarity.editDistance((String) x, (String) y, 2);
        return d <= 1 ? 1 : d == 2 ? 2 : 3;
    }

    @Override
    public double[] initialM() {
        return new double[] {0.85, 0.08, 0.02, 0.05};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.01, 0.03, 0.06, 0.90};
    }
}
