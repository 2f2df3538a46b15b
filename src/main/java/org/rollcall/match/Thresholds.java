package org.rollcall.match;

import org.rollcall.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Jaro–Winkler similarities at which two strings count as one typo apart and as similar, for
 * the comparisons of names and free text. Defaults 0.92 and 0.80; a job file may set either in a
 * comparison's {@code thresholds: {typo: 0.94, similar: 0.85}}.
 *
 * @param typo similarity from which two different strings are read as the same word with a typo, 0 to 1
 * @param similar similarity from which they are similar, at most {@code typo}
 */
public record Thresholds(double typo, double similar) {

    public static final Thresholds DEFAULT = new Thresholds(0.92, 0.80);

    /**
     * The thresholds a job file's map sets over the defaults, or the problems with it (each naming
     * the key and the fix).
     *
     * @param key where the map is, for messages: {@code matching.comparisons.name}
     */
    static Thresholds from(String key, Map<String, Double> given, List<Problem> problems) {
        if (given == null || given.isEmpty()) {
            return DEFAULT;
        }
        List<Problem> out = new ArrayList<>();
        given.keySet().stream().filter(k -> !k.equals("typo") && !k.equals("similar"))
                .forEach(k -> out.add(Problem.jobFile(key + ".thresholds." + k, "not a threshold", "use typo and similar")));
        double typo = given.getOrDefault("typo", DEFAULT.typo());
        double similar = given.getOrDefault("similar", Math.min(DEFAULT.similar(), typo));
        if (!(typo > 0 && typo <= 1) || !(similar > 0 && similar <= 1)) {
            out.add(Problem.jobFile(key + ".thresholds", given + " must be similarities above 0 and at most 1", ""));
        } else if (similar > typo) {
            out.add(Problem.jobFile(key + ".thresholds", "similar " + similar + " is above typo " + typo, "similar must be at most typo"));
        }
        problems.addAll(out);
        return out.isEmpty() ? new Thresholds(typo, similar) : DEFAULT;
    }

    /** "typo (Jaro-Winkler >= 0.92)". */
    String typoLabel(String what) {
        return String.format(Locale.ROOT, "%s (Jaro-Winkler >= %.2f)", what, typo);
    }

    /** "similar (Jaro-Winkler >= 0.80)". */
    String similarLabel() {
        return String.format(Locale.ROOT, "similar (Jaro-Winkler >= %.2f)", similar);
    }
}
