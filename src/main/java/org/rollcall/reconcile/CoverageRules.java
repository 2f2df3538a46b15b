package org.rollcall.reconcile;

import org.rollcall.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rollcall.config.ReconcileSettings;
import org.rollcall.config.ReconcileSettings.Exclusion;
import org.rollcall.config.ReconcileSettings.Quantifier;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;

/**
 * The law's rules, evaluated per person: who is amnestied, and for the others the first reason
 * that holds, in the job file's order. Without rules in the job file, those of a common amnesty:
 * amnestied when on any announcement list or granted by any court; else sent to military
 * jurisdiction (latest ruling), each excluded offence of {@code reconcile.exclusions} (unless the
 * latest ruling is still under review), denied (latest ruling), under review (latest ruling), no
 * ruling, unknown decision. A person no reason holds for is {@value #UNCLASSIFIED}.
 */
public final class CoverageRules {

    /** The reason of a person no reason holds for (only when the rules end without "otherwise"). */
    public static final String UNCLASSIFIED = "unclassified";

    /**
     * The reason of a person the rules cannot decide: the amnestied test, or a reason tried before
     * the one that holds, needs a date or number their records do not give or that cannot be read.
     * Present only when a rule tests a date or a number.
     */
    public static final String UNDETERMINED = "undetermined";

    /**
     * A reason for not being amnestied.
     *
     * @param id names the figure {@code not-amnestied-<id>}
     * @param label what it means, for people
     * @param when the condition
     */
    public record Rule(String id, String label, Condition when) {
    }

    /**
     * What the rules say of one person.
     *
     * @param amnestied true when the amnestied condition holds
     * @param ruleId {@code amnestied}, or the id of the deciding reason
     * @param evidence why, with the records behind it
     */
    public record Outcome(boolean amnestied, String ruleId, Condition.Evidence evidence) {

        /** "security-forces-terrorism: a ruling (of 2): denied (Negada), case …". */
        public String detail() {
            return ruleId + ": " + evidence.text();
        }

        /** {@link #detail()} with the rule named in a report's language ({@code rule.<id>}; a job file's own id as written). */
        public String detail(Messages m) {
            return detail(m, null);
        }

        /**
         * {@link #detail(Messages)} with the rule's word agreeing with the person's sex ("M" or "F",
         * {@code rule.<id>.M} / {@code .F} where the language inflects it: "amnistiado",
         * "amnistiada"), or in the language's neutral form ({@code rule.<id>}) when the sex is
         * unknown ({@code null}).
         */
        public String detail(Messages m, String sex) {
            String key = "rule." + ruleId;
            String word = sex != null && m.has(key + "." + sex) ? m.get(key + "." + sex) : m.has(key) ? m.get(key) : ruleId;
            return word + ": " + evidence.text();
        }
    }

    private final Condition amnestied;
    private final List<Rule> reasons;
    /** {@link #reasons()}, made once: every NGO person is decided against them. */
    private final List<Rule> all;

    public CoverageRules(Condition amnestied, List<Rule> reasons) {
        this.amnestied = amnestied;
        this.reasons = List.copyOf(reasons);
        this.all = withLast();
    }

    /** The rules of the job file, or the defaults (see the class comment) for what it leaves out. */
    public static CoverageRules from(ReconcileSettings s) {
        return from(s, Reconciler.ENGLISH);
    }

    /**
     * As {@link #from(ReconcileSettings)}, a reason the job file gives no label described in the
     * report's language ("última decisión con decisión [remitido a la jurisdicción militar]").
     */
    public static CoverageRules from(ReconcileSettings s, Messages m) {
        Condition amnestied = s.amnestied() != null ? Condition.of(s.amnestied()) : new Condition.AnyOf(List.of(
                new Condition.OnKind(SourceKind.ANNOUNCEMENT), latest(Quantifier.ANY, RulingDecision.GRANTED)));
        List<Rule> rules = new ArrayList<>();
        if (!s.reasons().isEmpty()) {
            for (ReconcileSettings.Reason r : s.reasons()) {
                Condition when = r.isOtherwise() ? new Condition.Otherwise() : Condition.of(r.when());
                rules.add(new Rule(r.id(), r.label() == null ? when.describe(m) : r.label(), when));
            }
        } else {
            rules.add(new Rule("military-jurisdiction", "sent to military jurisdiction (latest ruling)",
                    latest(Quantifier.LATEST, RulingDecision.MILITARY_JURISDICTION)));
            for (Exclusion x : s.exclusions()) {
                rules.add(new Rule(slug(x.name()), "charged with an excluded offence: " + x.name() + " (unless a court is still reviewing)",
                        new Condition.AllOf(List.of(new Condition.Offence(x.offences()),
                                new Condition.Not(latest(Quantifier.LATEST, RulingDecision.UNDER_REVIEW))))));
            }
            rules.add(new Rule("denied", "amnesty denied by a court (latest ruling)", latest(Quantifier.LATEST, RulingDecision.DENIED)));
            rules.add(new Rule("under-review", "amnesty request under review (latest ruling)", latest(Quantifier.LATEST, RulingDecision.UNDER_REVIEW)));
            rules.add(new Rule("no-ruling", "no court ruling yet", new Condition.NoRuling()));
            rules.add(new Rule("unknown", "a latest ruling whose decision is not known", latest(Quantifier.LATEST, RulingDecision.UNKNOWN)));
        }
        return new CoverageRules(amnestied, rules);
    }

    private static Condition latest(Quantifier q, RulingDecision d) {
        return new Condition.Rulings(q, Set.of(d), List.of(), List.of());
    }

    /** "armed actions against sovereignty" → "armed-actions-against-sovereignty". */
    static String slug(String name) {
        String s = Words.words(name).trim().replace(' ', '-');
        return s.isEmpty() ? "excluded-offence" : s.toLowerCase(Locale.ROOT);
    }

    /** The condition under which a person is amnestied. */
    public Condition amnestiedWhen() {
        return amnestied;
    }

    /**
     * The reasons in order, {@value #UNCLASSIFIED} after them unless the last reason is "otherwise",
     * and {@value #UNDETERMINED} last when a rule can be unknown (see {@link #undetermined()}).
     */
    public List<Rule> reasons() {
        return all;
    }

    private List<Rule> withLast() {
        List<Rule> all = new ArrayList<>(reasons);
        if (reasons.isEmpty() || !(reasons.get(reasons.size() - 1).when() instanceof Condition.Otherwise)) {
            all.add(new Rule(UNCLASSIFIED, "no reason of the rules holds", new Condition.Otherwise()));
        }
        if (undetermined()) {
            all.add(new Rule(UNDETERMINED, "undetermined, a date or number the rules test is missing or cannot be read",
                    new Condition.Not(new Condition.Otherwise())));
        }
        return List.copyOf(all);
    }

    /** True when the rules test a value of the person's records (an attribute, a date, a number, an age), which records may disagree on. */
    public boolean testsValues() {
        return testsValues(amnestied) || reasons.stream().anyMatch(r -> testsValues(r.when()));
    }

    private static boolean testsValues(Condition c) {
        if (c instanceof Condition.AllOf all) {
            return all.parts().stream().anyMatch(CoverageRules::testsValues);
        }
        if (c instanceof Condition.AnyOf any) {
            return any.parts().stream().anyMatch(CoverageRules::testsValues);
        }
        if (c instanceof Condition.Not not) {
            return testsValues(not.inner());
        }
        return c instanceof Condition.Attribute || c.canBeUnknown();
    }

    /** True when the amnestied test or a reason tests a date or number, so that a person may be {@value #UNDETERMINED}. */
    public boolean undetermined() {
        return amnestied.canBeUnknown() || reasons.stream().anyMatch(r -> r.when().canBeUnknown());
    }

    /** The amnestied condition, or else the first reason that holds, with its evidence. */
    public Outcome decide(Person p) {
        return decide(p, Reconciler.ENGLISH);
    }

    /** {@link #decide(Person)} with the evidence in a report's language. */
    public Outcome decide(Person p, Messages m) {
        Finding yes = amnestied.evaluate(p, m);
        if (yes.truth() == Finding.Truth.TRUE) {
            return new Outcome(true, "amnestied", yes.evidence());
        }
        if (yes.truth() == Finding.Truth.UNKNOWN) {
            return undetermined("amnestied", yes.evidence(), m);
        }
        for (Rule r : reasons()) {
            Finding f = r.when().evaluate(p, m);
            if (f.truth() == Finding.Truth.TRUE) {
                return new Outcome(false, r.id(), f.evidence());
            }
            if (f.truth() == Finding.Truth.UNKNOWN) {
                // whether this reason holds cannot be told, so neither can whether a later one decides
                return undetermined(r.id(), f.evidence(), m);
            }
        }
        throw new IllegalStateException("the last reason is always 'otherwise'");
    }

    private static Outcome undetermined(String rule, Condition.Evidence missing, Messages m) {
        return new Outcome(false, UNDETERMINED, new Condition.Evidence(m.format("cond.undetermined-evidence", named(rule, m), missing.text()),
                missing.records()));
    }

    /** "the amnestied test", "the rule outside-period": a rule named in a sentence of the report's language. */
    static String named(String rule, Messages m) {
        return rule.equals("amnestied") ? m.get("cond.amnestied-test") : m.format("cond.rule-named", m.has("rule." + rule) ? m.get("rule." + rule) : rule);
    }
}
