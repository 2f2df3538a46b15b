package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rollcall.config.ReconcileSettings;
import org.rollcall.config.ReconcileSettings.Quantifier;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;
import org.rollcall.text.TextFold;

/**
 * A condition on a person, evaluated on their linked records: the compiled form of a job file's
 * {@code reconcile} condition. {@link #test} returns the evidence when it holds (which records,
 * in words), {@code null} when it does not.
 */
public sealed interface Condition permits Condition.ThreeValued, Condition.Otherwise, Condition.NoRuling, Condition.OnList,
        Condition.OnKind, Condition.Offence, Condition.Attribute, Condition.Rulings {

    /** A condition decided in three values first ({@link #evaluate}); it holds when that is true. */
    sealed interface ThreeValued extends Condition permits AllOf, AnyOf, Not, DateCondition, NumberCondition, AgeCondition {

        @Override
        default Evidence test(Person p, Messages m) {
            return evaluate(p, m).ifTrue();
        }

        @Override
        Finding evaluate(Person p, Messages m);
    }

    /** The evidence when the condition holds for the person, in English; else {@code null}. */
    default Evidence test(Person p) {
        return test(p, Reconciler.ENGLISH);
    }

    /** The evidence when the condition holds for the person, in a report's language; else {@code null}. */
    Evidence test(Person p, Messages m);

    /**
     * What the condition says of the person in three values (see {@link Finding}): a condition on
     * a date or number the person's records may lack can be unknown; the others are true or false.
     */
    default Finding evaluate(Person p, Messages m) {
        return Finding.of(test(p, m));
    }

    /** True when {@link #evaluate} can answer unknown: the condition, or a part of it, tests a date or a number. */
    default boolean canBeUnknown() {
        return false;
    }

    /** The condition in words, in English. */
    default String describe() {
        return describe(Reconciler.ENGLISH);
    }

    /** The condition in words, in a report's language. */
    String describe(Messages m);

    /**
     * Why a condition holds.
     *
     * @param text in words: which ruling, which reason text, which record
     * @param records the records behind it (the deciding ruling first when there is one)
     */
    record Evidence(String text, List<PersonRecord> records) {

        public Evidence {
            records = List.copyOf(records);
        }
    }

    /** Every part holds; false when one does not, else unknown when one cannot tell. */
    record AllOf(List<Condition> parts) implements ThreeValued {

        public Finding evaluate(Person p, Messages m) {
            List<String> texts = new ArrayList<>();
            List<PersonRecord> records = new ArrayList<>();
            Finding unknown = null;
            for (Condition c : parts) {
                Finding f = c.evaluate(p, m);
                if (f.truth() == Finding.Truth.FALSE) {
                    return Finding.NO;
                }
                if (f.truth() == Finding.Truth.UNKNOWN) {
                    unknown = unknown == null ? f : unknown;
                } else {
                    texts.add(f.evidence().text());
                    records.addAll(f.evidence().records());
                }
            }
            return unknown != null ? unknown : Finding.yes(new Evidence(String.join(m.get("cond.and-evidence") + " ", texts), records));
        }

        public boolean canBeUnknown() {
            return parts.stream().anyMatch(Condition::canBeUnknown);
        }

        public String describe(Messages m) {
            return parts.stream().map(c -> c.describe(m)).collect(Collectors.joining(" " + m.get("cond.and") + " ", "(", ")"));
        }
    }

    /** A part holds; else unknown when one cannot tell, else false. */
    record AnyOf(List<Condition> parts) implements ThreeValued {

        public Finding evaluate(Person p, Messages m) {
            Finding unknown = null;
            for (Condition c : parts) {
                Finding f = c.evaluate(p, m);
                if (f.truth() == Finding.Truth.TRUE) {
                    return f;
                }
                if (f.truth() == Finding.Truth.UNKNOWN && unknown == null) {
                    unknown = f;
                }
            }
            return unknown != null ? unknown : Finding.NO;
        }

        public boolean canBeUnknown() {
            return parts.stream().anyMatch(Condition::canBeUnknown);
        }

        public String describe(Messages m) {
            return parts.stream().map(c -> c.describe(m)).collect(Collectors.joining(" " + m.get("cond.or") + " ", "(", ")"));
        }
    }

    /** The inner condition does not hold; unknown when it cannot tell (a date nobody gave is not outside a period either). */
    record Not(Condition inner) implements ThreeValued {

        public Finding evaluate(Person p, Messages m) {
            Finding f = inner.evaluate(p, m);
            return switch (f.truth()) {
                case TRUE -> Finding.NO;
                case FALSE -> Finding.yes(new Evidence(m.format("cond.not", inner.describe(m)), List.of()));
                case UNKNOWN -> f;
            };
        }

        public boolean canBeUnknown() {
            return inner.canBeUnknown();
        }

        public String describe(Messages m) {
            return m.format("cond.not", inner.describe(m));
        }
    }

    /** Everyone: the last reason of a law, "otherwise". */
    record Otherwise() implements Condition {
        public Evidence test(Person p, Messages m) {
            return new Evidence(m.get("cond.otherwise-evidence"), List.of());
        }

        public String describe(Messages m) {
            return m.get("cond.otherwise");
        }
    }

    /** The person has no court ruling. */
    record NoRuling() implements Condition {
        public Evidence test(Person p, Messages m) {
            return p.on(SourceKind.COURT_RULINGS) ? null : new Evidence(m.get("coverage.no-ruling"), List.of());
        }

        public String describe(Messages m) {
            return m.get("cond.no-ruling");
        }
    }

    /** The kinds of record that do not put a person on their source's list. */
    Set<SourceKind> NOT_ON_LIST = Set.of(SourceKind.OTHER_MEASURE, SourceKind.WITHDRAWN, SourceKind.WITHDRAWAL, SourceKind.CORRECTION);

    /** The person is on one of these sources. */
    record OnList(Set<String> sourceIds) implements Condition {
        public Evidence test(Person p, Messages m) {
            // an entry its announcement says is no amnesty (house arrest "sin que constituya amnistía") is not on the list the rule means
            // nor is an entry a correction took off the list, nor the correction's own records (a withdrawal, an entry written anew)
            return p.records().stream().filter(r -> sourceIds.contains(r.sourceId()) && !NOT_ON_LIST.contains(r.kind())).findFirst()
                    .map(r -> new Evidence(m.format("cond.on-list-evidence", Reconciler.ref(r, m)), List.of(r))).orElse(null);
        }

        public String describe(Messages m) {
            return m.format("cond.on", String.join(" " + m.get("cond.or") + " ", sourceIds.stream().sorted().toList()));
        }
    }

    /** The person is on a source of this kind (the default "on an announcement list"). */
    record OnKind(SourceKind kind) implements Condition {
        public Evidence test(Person p, Messages m) {
            return p.recordsOf(kind).stream().findFirst().map(r -> new Evidence(m.format("cond.on-list-evidence", Reconciler.ref(r, m)), List.of(r))).orElse(null);
        }

        public String describe(Messages m) {
            return m.format("cond.on-kind", kind.key());
        }
    }

    /** The offence of any of the person's records contains one of the texts (folded, whole words). */
    record Offence(List<String> texts) implements Condition {
        public Evidence test(Person p, Messages m) {
            for (PersonRecord r : p.records()) {
                String hit = Words.firstIn(r.offence(), texts);
                if (hit != null) {
                    return new Evidence(m.format("cond.offence-evidence", r.offence(), hit, Reconciler.ref(r, m)), List.of(r));
                }
            }
            // a list's misspelling ("Homicido calificado") is the offence it misspells, said in the evidence and in field-problems
            for (PersonRecord r : p.records()) {
                Words.Near near = Words.nearIn(r.offence(), texts);
                if (near != null) {
                    return new Evidence(m.format("cond.offence-near-evidence", r.offence(), near.text(), near.written(), Reconciler.ref(r, m)), List.of(r));
                }
            }
            return null;
        }

        public String describe(Messages m) {
            return m.format("cond.offence", String.join(" " + m.get("cond.or") + " ", texts));
        }
    }

    /** A mapped attribute of any of the person's records equals (or contains) one of the values, folded. */
    record Attribute(String name, List<String> is, List<String> contains) implements Condition {
        public Evidence test(Person p, Messages m) {
            for (PersonRecord r : p.records()) {
                String value = r.attributes().get(name);
                if (value == null) {
                    continue;
                }
                if (holds(value)) {
                    return new Evidence(m.format("cond.attribute-evidence", name, value, Reconciler.ref(r, m)), List.of(r));
                }
            }
            return null;
        }

        /** True when one value equals one of {@code is} or contains one of {@code contains}, folded. */
        boolean holds(String value) {
            return is.stream().anyMatch(v -> TextFold.fold(v).equals(TextFold.fold(value))) || Words.firstIn(value, contains) != null;
        }

        public String describe(Messages m) {
            return is.isEmpty() ? m.format("cond.attribute-contains", name, contains.toString()) : m.format("cond.attribute-is", name, is.toString());
        }
    }

    /**
     * A test of the person's court rulings: every part given (decision, stated reason, offence)
     * must hold for the same ruling; {@code any} ruling, the {@code latest}, or {@code all} of them
     * (and at least one).
     */
    record Rulings(Quantifier quantifier, Set<RulingDecision> decisions, List<String> reasons, List<String> offences) implements Condition {
        public Evidence test(Person p, Messages m) {
            List<PersonRecord> rulings = ordered(p);
            if (rulings.isEmpty()) {
                return null;
            }
            return switch (quantifier) {
                case ANY -> rulings.stream().filter(this::holds).reduce((a, b) -> b).map(r -> evidence(r, rulings.size(), m)).orElse(null);
                case LATEST -> holds(rulings.get(rulings.size() - 1)) ? evidence(rulings.get(rulings.size() - 1), rulings.size(), m) : null;
                case ALL -> rulings.stream().allMatch(this::holds) ? evidence(rulings.get(rulings.size() - 1), rulings.size(), m) : null;
            };
        }

        boolean holds(PersonRecord r) {
            return (decisions.isEmpty() || decisions.contains(r.decision()))
                    && (reasons.isEmpty() || Words.firstIn(r.rulingReason(), reasons) != null)
                    && (offences.isEmpty() || Words.firstIn(r.offence(), offences) != null || Words.nearIn(r.offence(), offences) != null);
        }

        private Evidence evidence(PersonRecord r, int of, Messages m) {
            String n = String.valueOf(of);
            String which = of == 1 ? m.get("ruling.only") : switch (quantifier) {
                case ANY -> m.format("cond.a-ruling-of", n);
                case LATEST -> m.format("cond.latest-of", n);
                case ALL -> m.format("cond.all-latest", n);
            };
            String reason = r.rulingReason().isEmpty() ? "" : m.format("cond.reason-evidence", r.rulingReason());
            return new Evidence(m.format("ruling.describe", which, m.format("ruling.text", Reconciler.decision(m, r.decision()), r.rawDecision()))
                    + (r.caseNumber().isEmpty() ? "" : m.format("ruling.case", r.caseNumber())) + (r.court().isEmpty() ? "" : ", " + r.court())
                    + (r.decisionDate() == null ? "" : ", " + r.decisionDate()) + reason + " (" + Reconciler.ref(r, m) + ")", List.of(r));
        }

        public String describe(Messages m) {
            List<String> parts = new ArrayList<>();
            if (!decisions.isEmpty()) {
                parts.add(m.format("cond.decision", String.join(" " + m.get("cond.or") + " ", decisions.stream().map(RulingDecision::key).sorted()
                        .map(d -> m.has("decision." + d) ? m.get("decision." + d) : d).toList())));
            }
            if (!reasons.isEmpty()) {
                parts.add(m.format("cond.ruling-reason", String.join(" " + m.get("cond.or") + " ", reasons)));
            }
            if (!offences.isEmpty()) {
                parts.add(m.format("cond.offence", String.join(" " + m.get("cond.or") + " ", offences)));
            }
            return m.format("cond.rulings", m.get("cond.quantifier." + quantifier.key()), String.join(", ", parts));
        }
    }

    /** A person's rulings, oldest first: by decision date (undated first), then file and position. */
    static List<PersonRecord> ordered(Person p) {
        return p.recordsOf(SourceKind.COURT_RULINGS).stream()
                .sorted(Comparator.comparing(PersonRecord::decisionDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(PersonRecord::sourceId).thenComparingInt(PersonRecord::seq))
                .toList();
    }

    /** Compiles a condition as written in the job file (checked beforehand by the loader). */
    static Condition of(ReconcileSettings.Condition c) {
        return CompiledConditions.of(c);
    }
}
