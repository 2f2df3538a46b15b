package org.rollcall.match;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.TextFold;

/**
 * Compares the sex a list writes, read from its usual spellings (M, F, Masculino, Femenino, H,
 * Hombre, Mujer, Varón, Masc., Fem., Male, Female; case and accents ignored); any other value is
 * missing, not a disagreement. Levels: same; different.
 *
 * <p>A disagreement is strong evidence of two people (a brother and a sister with one name and
 * consecutive cédulas), but volunteers mistype the column too: so it is no constraint, and the
 * fit never rates it rarer in one person's records than {@link #MIN_DIFFERENT_M} (one record in a
 * hundred), so that a mistyped sex costs at most about six bits and cannot on its own undo a link
 * that an equal cédula and name make.
 */
public final class SexComparison extends LeveledComparison {

    static final int SAME = 0;
    static final int DIFFERENT = 1;

    /** The least m of "different": the rate at which a list's volunteers mistype a person's sex. */
    static final double MIN_DIFFERENT_M = 0.01;

    private static final List<Level> LEVELS = plain("same", "different");

    private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("m", "M"), Map.entry("masculino", "M"),
            Map.entry("masc", "M"), Map.entry("h", "M"), Map.entry("hombre", "M"), Map.entry("varon", "M"), Map.entry("male", "M"),
            Map.entry("man", "M"), Map.entry("f", "F"), Map.entry("femenino", "F"), Map.entry("fem", "F"), Map.entry("mujer", "F"),
            Map.entry("female", "F"), Map.entry("woman", "F"));

    private final RecordValue value;

    public SexComparison(String name, RecordValue value) {
        super(name, LEVELS, Set.of(value.key()));
        this.value = value;
    }

    /** Attribute names read as a sex column (folded, hyphens as spaces). */
    static final Set<String> NAMES = Set.of("sex", "sexo", "genero", "gender");

    /** "M" or "F" for a sex as written, {@code null} for anything else. */
    static String read(String written) {
        return SPELLINGS.get(TextFold.fold(written).replace(" ", ""));
    }

    /**
     * "M" or "F" from a record's attributes: the first attribute named as a sex column ("sex",
     * "Sexo", "género", …) whose value reads as one; {@code null} when none does.
     */
    public static String of(Map<String, String> attributes) {
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            if (a.getValue() != null && NAMES.contains(TextFold.fold(a.getKey().replace('-', ' ')))) {
                String sex = read(a.getValue());
                if (sex != null) {
                    return sex;
                }
            }
        }
        return null;
    }

    @Override
    public Object prepare(PersonRecord r) {
        return read(value.text(r));
    }

    @Override
    public int compare(Object x, Object y) {
        return x.equals(y) ? SAME : DIFFERENT;
    }

    @Override
    public double[] initialM() {
        return new double[] {0.98, 0.02};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.5, 0.5};
    }

    @Override
    public double[] minimumM() {
        return new double[] {0, MIN_DIFFERENT_M};
    }
}
