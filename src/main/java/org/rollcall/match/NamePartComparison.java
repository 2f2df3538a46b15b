package org.rollcall.match;

import java.util.List;
import java.util.Map;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.SpanishPhonetic;

/**
 * Compares one part of a name kept in its own column (given names, or surnames) when the source
 * says which is which. Levels: equal; a typo, the same sound or an alias; similar; an initial;
 * crossed (the two parts were typed in each other's columns); different.
 */
public final class NamePartComparison extends LeveledComparison {

    /** Which part of the name is compared. */
    public enum Part { GIVEN, SURNAME }


    private final Part part;
    private final Map<String, String> aliases;

    private final Thresholds thresholds;

    public NamePartComparison(String name, Part part, Map<String, String> aliases) {
        this(name, part, aliases, Thresholds.DEFAULT);
    }

    /** @param thresholds Jaro–Winkler similarities for "typo" and "similar" */
    public NamePartComparison(String name, Part part, Map<String, String> aliases, Thresholds thresholds) {
        super(name, plain("equal", "typo, sound or alias", thresholds.similarLabel(), "initial", "crossed with the other part", "different"),
                BlockingRule.NAME_FIELDS);
        this.thresholds = thresholds;
        this.part = part;
        this.aliases = Map.copyOf(aliases);
    }

    record Prepared(String value, String canonical, String sound, String other) {
    }




    @Override
    public Object prepare(PersonRecord r) {
        List<String> mine = part == Part.GIVEN ? r.name().given() : r.name().surnames();
        List<String> other = part == Part.GIVEN ? r.name().surnames() : r.name().given();
        if (mine.isEmpty()) {
            return null;
        }
        String value = String.join(" ", mine);
        return new Prepared(value, aliases.getOrDefault(value, value), SpanishPhonetic.key(value), String.join(" ", other));
    }

    @Override
    public int compare(Object x, Object y) {
        Prepared a = (Prepared) x;
        Prepared b = (Prepared) y;
        if (a.value().equals(b.value())) {
            return 0;
        }
        double jw = Similarity.jaroWinklerAtLeast(a.value(), b.value(), Math.min(thresholds.typo(), thresholds.similar()));
        if (jw >= thresholds.typo() || a.canonical().equals(b.canonical()) || (a.sound().length() > 1 && a.sound().equals(b.sound()))) {
            return 1;
        }
        if (!a.other().isEmpty() && !b.other().isEmpty() && close(a.value(), b.other()) && close(a.other(), b.value())) {
            return 4;
        }
        if (jw >= thresholds.similar()) {
            return 2;
        }
        if ((a.value().length() == 1 || b.value().length() == 1) && a.value().charAt(0) == b.value().charAt(0)) {
            return 3;
        }
        return 5;
    }

    private boolean close(String a, String b) {
        return a.equals(b) || Similarity.jaroWinklerAtLeast(a, b, thresholds.typo()) >= thresholds.typo();
    }

    @Override
    public List<String> values(Object prepared) {
        return List.of(((Prepared) prepared).value());
    }

    @Override
    public List<String> frequencyValues(Object x, Object y, int level) {
        return level == 0 ? List.of(((Prepared) x).value()) : List.of();
    }

    @Override
    public double[] initialM() {
        return new double[] {0.75, 0.10, 0.05, 0.02, 0.03, 0.05};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.005, 0.005, 0.03, 0.002, 0.0001, 0.9579};
    }
}
