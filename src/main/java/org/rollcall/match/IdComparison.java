package org.rollcall.match;

import org.rollcall.domain.Field;
import java.util.List;
import java.util.Set;
import org.rollcall.text.NationalId;
import org.rollcall.normalize.PersonRecord;

/**
 * Compares national ID numbers (cédulas) by their digits. Levels: equal; one typo (a digit off,
 * or two adjacent digits swapped); different.
 */
public final class IdComparison extends LeveledComparison {

    static final int EQUAL = 0;
    static final int ONE_TYPO = 1;
    static final int DIFFERENT = 2;

    private static final List<Level> LEVELS = List.of(Level.of("equal"), Level.atRiskOf("one typo"), Level.of("different"));


    public IdComparison(String name) {
        super(name, LEVELS, Set.of(Field.ID_NUMBER.key()));
    }




    @Override
    public Object prepare(PersonRecord r) {
        return r.id();
    }

    @Override
    public int compare(Object x, Object y) {
        NationalId a = (NationalId) x;
        NationalId b = (NationalId) y;
        return a.digits().equals(b.digits()) ? EQUAL : a.nearlyEquals(b) ? ONE_TYPO : DIFFERENT;
    }

    @Override
    public double[] initialM() {
        return new double[] {0.95, 0.03, 0.02};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.0001, 0.0005, 0.9994};
    }
}
