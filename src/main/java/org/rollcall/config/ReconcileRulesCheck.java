package org.rollcall.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rollcall.config.ReconcileSettings.AttributeTest;
import org.rollcall.config.ReconcileSettings.Condition;
import org.rollcall.config.ReconcileSettings.Reason;
import org.rollcall.config.ReconcileSettings.RulingTest;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;

/**
 * Checks the {@code reconcile:} rules and the sources' {@code attributes:} against the rest of
 * the job file: every problem, each with its key and the fix.
 */
public final class ReconcileRulesCheck {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ReconcileRulesCheck() {
    }

    /** Every problem of the rules and attribute mappings; empty when none. */
    public static List<Problem> problems(JobDefinition def) {
        List<Problem> p = new ArrayList<>();
        Set<String> attributes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        boolean reasonColumn = false;
        Set<Field> mapped = new HashSet<>();
        for (int i = 0; i < def.sources().size(); i++) {
            SourceDefinition s = def.sources().get(i);
            ids.add(s.id());
            reasonColumn |= s.columns().containsKey(Field.RULING_REASON);
            mapped.addAll(s.columns().keySet());
            for (var e : s.attributes().entrySet()) {
                String at = "sources[" + i + "] (" + s.id() + ").attributes." + e.getKey();
                if (!NAME.matcher(e.getKey()).matches()) {
                    p.add(Problem.jobFile(at, "an attribute name must be lower-case letters, digits and dashes", "e.g. military: \"Civil/Militar\""));
                }
                if (e.getValue() == null || e.getValue().isBlank()) {
                    p.add(Problem.jobFile(at, "no column given", "give the column's name as its header writes it, e.g. military: \"Civil/Militar\""));
                }
                attributes.add(e.getKey());
            }
            for (var e : s.events().entrySet()) {
                String at = "sources[" + i + "] (" + s.id() + ").events." + e.getKey();
                if (!SourceDefinition.EVENT_NAMES.contains(e.getKey())) {
                    p.add(Problem.jobFile(at, "not an event", "use one of " + SourceDefinition.EVENT_NAMES));
                } else if (e.getValue() == null || e.getValue().isEmpty() || e.getValue().stream().anyMatch(t -> t == null || t.isBlank())) {
                    p.add(Problem.jobFile(at, "no phrase given", "give the phrases that announce it in the notes, e.g. [\"excarcelado\", \"puesto en libertad\"]"));
                }
            }
        }
        Context c = new Context(p, attributes, ids, reasonColumn, mapped);
        ReconcileSettings r = def.reconcile();
        if (r.amnestied() != null) {
            c.check(r.amnestied(), "reconcile.amnestied");
        }
        if (!r.reasons().isEmpty() && !r.exclusions().isEmpty()) {
            p.add(Problem.jobFile("reconcile", "give either exclusions or reasons, not both",
                    "write each exclusion as a reason, e.g. {id: terrorism, when: {offence: [terrorismo]}} (see docs/job-file.md)"));
        }
        Set<String> reasonIds = new HashSet<>();
        for (int i = 0; i < r.reasons().size(); i++) {
            Reason reason = r.reasons().get(i);
            String at = "reconcile.reasons[" + i + "]" + (reason.id() == null ? "" : " (" + reason.id() + ")");
            if (reason.id() == null || !NAME.matcher(reason.id()).matches()) {
                p.add(Problem.jobFile(at + ".id", "'" + reason.id() + "' must be lower-case letters, digits and dashes (it names the figure not-amnestied-<id>)", ""));
            } else if (reason.id().length() > 60) {
                p.add(Problem.jobFile(at + ".id", "'" + reason.id() + "' is " + reason.id().length() + " characters long, more than 60",
                        "give it a short id and say the rest in its label"));
            } else if (!reasonIds.add(reason.id())) {
                p.add(Problem.jobFile(at + ".id", "'" + reason.id() + "' is used by another reason", "give each reason its own id"));
            } else if (reason.id().equals("unclassified")) {
                p.add(Problem.jobFile(at + ".id", "'unclassified' is kept for people no reason holds for", "choose another id"));
            } else if (reason.id().equals("undetermined")) {
                p.add(Problem.jobFile(at + ".id", "'undetermined' is kept for people whose date or number a rule tests is missing or unreadable",
                        "choose another id"));
            }
            if (reason.isOtherwise()) {
                if (reason.when() != null) {
                    p.add(Problem.jobFile(at, "a reason has either 'when' or 'otherwise: true', not both", ""));
                }
                if (i != r.reasons().size() - 1) {
                    p.add(Problem.jobFile(at + ".otherwise", "only the last reason can be 'otherwise' (the reasons after it could never decide)", "move it last"));
                }
            } else if (reason.when() == null) {
                p.add(Problem.jobFile(at + ".when", "missing", "give a condition, e.g. when: {ruling: {decision: [denied]}}, or otherwise: true for the last reason"));
            } else {
                c.check(reason.when(), at + ".when");
            }
        }
        return p;
    }

    private record Context(List<Problem> p, Set<String> attributes, Set<String> sourceIds, boolean reasonColumn, Set<Field> mapped) {

        void check(Condition c, String at) {
            if (c.keysSet() != 1) {
                p.add(Problem.jobFile(at, "a condition has exactly one of all-of, any-of, not, ruling, no-ruling, offence, on-list, attribute,"
                        + " date, age; found " + c.keysSet(), "combine several with all-of: [...]"));
                return;
            }
            if (c.allOf() != null || c.anyOf() != null) {
                List<Condition> parts = c.allOf() != null ? c.allOf() : c.anyOf();
                String key = c.allOf() != null ? ".all-of" : ".any-of";
                if (parts.isEmpty()) {
                    p.add(Problem.jobFile(at + key, "no condition", "give at least one condition"));
                }
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.get(i) == null) {
                        p.add(Problem.jobFile(at + key + "[" + i + "]", "empty condition", ""));
                    } else {
                        check(parts.get(i), at + key + "[" + i + "]");
                    }
                }
            } else if (c.not() != null) {
                check(c.not(), at + ".not");
            } else if (c.ruling() != null) {
                ruling(c.ruling(), at + ".ruling");
            } else if (c.noRuling() != null && !c.noRuling()) {
                p.add(Problem.jobFile(at + ".no-ruling", "'no-ruling: false' says nothing", "write 'no-ruling: true', or 'not: {no-ruling: true}' for people with a ruling"));
            } else if (c.offence() != null && texts(c.offence())) {
                p.add(Problem.jobFile(at + ".offence", "no offence text", "give at least one offence text, e.g. offence: [terrorismo]"));
            } else if (c.onList() != null) {
                if (c.onList().isEmpty()) {
                    p.add(Problem.jobFile(at + ".on-list", "no source", "give at least one source id, e.g. on-list: [amnistia]"));
                }
                c.onList().stream().filter(id -> !sourceIds.contains(id)).forEach(id -> p.add(Problem.jobFile(at + ".on-list", "'" + id
                        + "' is not a source of this job", "use one of " + sourceIds.stream().sorted().toList())));
            } else if (c.attribute() != null) {
                attribute(c.attribute(), at + ".attribute");
            } else if (c.date() != null) {
                ValueChecks.date(c.date(), at + ".date", attributes, mapped, p);
            } else if (c.age() != null) {
                ValueChecks.age(c.age(), at + ".age", attributes, mapped, p);
            }
        }

        private void ruling(RulingTest t, String at) {
            if (!t.reason().isEmpty() && !reasonColumn) {
                p.add(Problem.jobFile(at + ".reason", "no court-rulings source maps the column ruling-reason, so no ruling has a stated reason",
                        "map it under the source's columns, e.g. ruling-reason: Motivo"));
            }
            if (blank(t.reason()) || blank(t.offence())) {
                p.add(Problem.jobFile(at, "an empty text in reason or offence would match every ruling", "remove it"));
            }
        }

        private void attribute(AttributeTest t, String at) {
            ValueChecks.attributeName(t.name(), at + ".name", attributes, p);
            int kinds = (t.is().isEmpty() ? 0 : 1) + (t.contains().isEmpty() ? 0 : 1) + (t.numeric() ? 1 : 0);
            if (kinds != 1) {
                p.add(Problem.jobFile(at, (kinds == 0 ? "none" : "more than one") + " of is, contains and a numeric bound (at-least, at-most,"
                        + " less-than, greater-than)", "give one, e.g. is: [Militar], or at-least: 70 for an attribute whose values are numbers"));
            }
            if (t.numeric()) {
                ValueChecks.bounds(t.atLeast(), t.greaterThan(), t.atMost(), t.lessThan(), at, p);
            }
        }

        private static boolean blank(List<String> texts) {
            return texts.stream().anyMatch(t -> t == null || t.isBlank());
        }

        /** True when the list is empty or holds a blank text. */
        private static boolean texts(List<String> texts) {
            return texts.isEmpty() || texts.stream().anyMatch(t -> t == null || t.isBlank());
        }
    }
}
