package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.rollcall.domain.Problem;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;
import org.rollcall.text.TextFold;

/**
 * The values a job file's coverage rules test that the data never holds, when they look like a
 * slip: a rule written "military is Militr" while the records say "Militar", or an offence
 * "xresistencia a la autoridad" while they say "resistencia a la autoridad", holds for nobody and
 * moves people to another reason in silence. Said as problems (listed in field-problems, and as
 * WARN lines) naming the rule, the value and what the data holds; a value that simply matches
 * nobody (a law's offence no one is charged with) is no problem.
 *
 * <ul>
 *   <li>{@code is:} an attribute value no record holds when one they hold is a typo away (a value
 *       none holds tonight but none is near, "Reservista", may be a rule written ahead of the data:
 *       said every night, such warnings would teach people to skip them);</li>
 *   <li>{@code contains:}, an offence: a text found in no record, when a part of a record's value
 *       is a typo away from it.</li>
 * </ul>
 */
public final class RuleValues {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private RuleValues() {
    }

    /** The problems of the rules' values against the records, in the report's language. */
    public static List<Problem> problems(CoverageRules rules, List<PersonRecord> records, Messages m) {
        Map<String, Set<String>> attributeValues = new TreeMap<>();
        Set<String> offenceParts = new LinkedHashSet<>();
        Set<String> offences = new LinkedHashSet<>();
        Map<String, Integer> offenceCounts = new LinkedHashMap<>();
        for (PersonRecord r : records) {
            r.attributes().forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    attributeValues.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(value.strip());
                }
            });
            if (r.offence() != null && !r.offence().isBlank()) {
                offences.add(r.offence());
                offenceCounts.merge(r.offence(), 1, Integer::sum);
                for (String part : r.offence().split("[/,;]|\\s+y\\s+")) {
                    if (!part.isBlank()) {
                        offenceParts.add(part.strip());
                    }
                }
            }
        }
        Map<String, Condition> tested = new LinkedHashMap<>();
        tested.put("reconcile.amnestied", rules.amnestiedWhen());
        rules.reasons().forEach(rule -> tested.put("reconcile.reasons (" + rule.id() + ")", rule.when()));
        List<Problem> out = new ArrayList<>();
        tested.forEach((where, when) -> visit(when, where, attributeValues, offences, offenceParts, m, out));
        tested.forEach((where, when) -> nearOffences(when, where, offenceCounts, m, out));
        // a condition shared by several rules (a YAML anchor) is said once, at the first rule
        Set<String> said = new LinkedHashSet<>();
        return out.stream().filter(p -> said.add(p.message())).toList();
    }

    private static void visit(Condition c, String where, Map<String, Set<String>> attributeValues, Set<String> offences, Set<String> parts,
            Messages m, List<Problem> out) {
        if (c instanceof Condition.AllOf all) {
            all.parts().forEach(x -> visit(x, where, attributeValues, offences, parts, m, out));
        } else if (c instanceof Condition.AnyOf any) {
            any.parts().forEach(x -> visit(x, where, attributeValues, offences, parts, m, out));
        } else if (c instanceof Condition.Not not) {
            visit(not.inner(), where, attributeValues, offences, parts, m, out);
        } else if (c instanceof Condition.Attribute a) {
            Set<String> values = attributeValues.getOrDefault(a.name(), Set.of());
            for (String v : a.is()) {
                boolean held = values.stream().anyMatch(x -> TextFold.fold(x).equals(TextFold.fold(v)));
                String near = nearest(v, values);
                if (!held && near != null) {
                    out.add(problem(where, m.format("rule.value-not-held", a.name(), v, near), m));
                }
            }
            for (String v : a.contains()) {
                String near = values.stream().noneMatch(x -> Words.firstIn(x, List.of(v)) != null) ? nearest(v, values) : null;
                if (near != null) {
                    out.add(problem(where, m.format("rule.text-not-found", a.name(), v, near), m));
                }
            }
        } else if (c instanceof Condition.Offence o) {
            offences(o.texts(), where, offences, parts, m, out);
        } else if (c instanceof Condition.Rulings r) {
            offences(r.offences(), where, offences, parts, m, out);
        }
    }

    private static void offences(List<String> texts, String where, Set<String> offences, Set<String> parts, Messages m, List<Problem> out) {
        for (String t : texts) {
            // met one letter off, the rule holds for them: said by nearOffences, not as a rule holding for nobody
            if (offences.stream().noneMatch(x -> Words.firstIn(x, List.of(t)) != null || Words.nearIn(x, List.of(t)) != null)) {
                String near = nearest(t, parts);
                if (near != null) {
                    out.add(problem(where, m.format("rule.text-not-found", m.get("rule.offence"), t, near), m));
                }
            }
        }
    }

    /**
     * An offence a rule tests that records hold one letter off ("Homicido calificado" for
     * "homicidio"): the rule holds for them ({@link Words#nearIn}), said once per text and spelling,
     * with how many records and one of their values, so that a misspelling that is really another
     * offence is seen.
     */
    private static void nearOffences(Condition c, String where, Map<String, Integer> offenceCounts, Messages m, List<Problem> out) {
        if (c instanceof Condition.AllOf all) {
            all.parts().forEach(x -> nearOffences(x, where, offenceCounts, m, out));
        } else if (c instanceof Condition.AnyOf any) {
            any.parts().forEach(x -> nearOffences(x, where, offenceCounts, m, out));
        } else if (c instanceof Condition.Not not) {
            nearOffences(not.inner(), where, offenceCounts, m, out);
        } else if (c instanceof Condition.Offence o) {
            nearOffences(o.texts(), where, offenceCounts, m, out);
        } else if (c instanceof Condition.Rulings r) {
            nearOffences(r.offences(), where, offenceCounts, m, out);
        }
    }

    private static void nearOffences(List<String> texts, String where, Map<String, Integer> offenceCounts, Messages m, List<Problem> out) {
        for (String t : texts) {
            Map<String, int[]> bySpelling = new TreeMap<>();
            Map<String, String> example = new TreeMap<>();
            Map<String, int[]> missed = new TreeMap<>();
            offenceCounts.forEach((value, n) -> {
                if (Words.firstIn(value, List.of(t)) != null) {
                    return;
                }
                Words.Near near = Words.nearIn(value, List.of(t));
                Words.Near changed = near == null ? Words.changedIn(value, List.of(t)) : null;
                if (near != null) {
                    bySpelling.computeIfAbsent(near.written(), k -> new int[1])[0] += n;
                    example.putIfAbsent(near.written(), value);
                } else if (changed != null) {
                    missed.computeIfAbsent(changed.written(), k -> new int[1])[0] += n;
                    example.putIfAbsent(changed.written(), value);
                }
            });
            bySpelling.forEach((written, n) -> out.add(problem(where,
                    m.format("rule.offence-near", written, t, String.valueOf(n[0]), example.get(written)), m)));
            // one letter changed is another offence as often as a slip ("feticidio" / "femicidio"): not read as it, but said
            missed.forEach((written, n) -> out.add(problem(where,
                    m.format("rule.offence-near-miss", written, t, String.valueOf(n[0]), example.get(written)), m)));
        }
    }

    /** The data's value a typo away from {@code v} (folded: an edit for every five characters, one to three), or {@code null}. */
    static String nearest(String v, Set<String> values) {
        String f = TextFold.fold(v).strip();
        if (!f.matches(".*\\p{L}.*")) {
            return null; // a number ("73" of an age list) one digit from another is another value, not a typo
        }
        int allowed = Math.min(3, Math.max(1, f.length() / 5));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String x : values) {
            String g = TextFold.fold(x).strip();
            if (Math.abs(g.length() - f.length()) > allowed || g.equals(f)) {
                continue;
            }
            int d = DISTANCE.apply(f, g);
            if (d <= allowed && d < bestDistance) {
                best = x;
                bestDistance = d;
            }
        }
        return best;
    }


    private static Problem problem(String where, String message, Messages m) {
        return new Problem(m.format("rule.where", where), message, m.get("rule.fix"), Problem.Kind.FIELD);
    }
}
