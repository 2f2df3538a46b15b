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
import org.rollcall.text.TextFold;

/**
 * A condition on a person, evaluated on their linked records: the compiled form of a job file's
 * {@code reconcile} condition. {@link #test} returns the evidence when it holds (which records,
 * in words), {@code null} when it does not.
 */
public sealed interface Condition {

    /** The evidence when the condition holds for the person, else {@code null}. */
    Evidence test(Person p);

    /** The condition in words, for reports. */
    String describe();

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

    record AllOf(List<Condition> parts) implements Condition {
        public Evidence test(Person p) {
            List<String> texts = new ArrayList<>();
            List<PersonRecord> records = new ArrayList<>();
            for (Condition c : parts) {
                Evidence e = c.test(p);
                if (e == null) {
                    return null;
                }
                texts.add(e.text());
                records.addAll(e.records());
            }
            return new Evidence(String.join("; and ", texts), records);
        }

        public String describe() {
            return parts.stream().map(Condition::describe).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    record AnyOf(List<Condition> parts) implements Condition {
        public Evidence test(Person p) {
            for (Condition c : parts) {
                Evidence e = c.test(p);
                if (e != null) {
                    return e;
                }
            }
            return null;
        }

        public String describe() {
            return parts.stream().map(Condition::describe).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    record Not(Condition inner) implements Condition {
        public Evidence test(Person p) {
            return inner.test(p) == null ? new Evidence("not " + inner.describe(), List.of()) : null;
        }

        public String describe() {
            return "not " + inner.describe();
        }
    }

    /** Everyone: the last reason of a law, "otherwise". */
    record Otherwise() implements Condition {
        public Evidence test(Person p) {
            return new Evidence("no earlier reason holds", List.of());
        }

        public String describe() {
            return "otherwise";
        }
    }

    /** The person has no court ruling. */
    record NoRuling() implements Condition {
        public Evidence test(Person p) {
            return p.on(SourceKind.COURT_RULINGS) ? null : new Evidence("no court ruling found for this person", List.of());
        }

        public String describe() {
            return "no ruling";
        }
    }

    /** The person is on one of these sources. */
    record OnList(Set<String> sourceIds) implements Condition {
        public Evidence test(Person p) {
            return p.records().stream().filter(r -> sourceIds.contains(r.sourceId())).findFirst()
                    .map(r -> new Evidence("on the list " + Reconciler.ref(r), List.of(r))).orElse(null);
        }

        public String describe() {
            return "on " + String.join(" or ", sourceIds.stream().sorted().toList());
        }
    }

    /** The person is on a source of this kind (the default "on an announcement list"). */
    record OnKind(SourceKind kind) implements Condition {
        public Evidence test(Person p) {
            return p.recordsOf(kind).stream().findFirst().map(r -> new Evidence("on the list " + Reconciler.ref(r), List.of(r))).orElse(null);
        }

        public String describe() {
            return "on an " + kind.key() + " list";
        }
    }

    /** The offence of any of the person's records contains one of the texts (folded, whole words). */
    record Offence(List<String> texts) implements Condition {
        public Evidence test(Person p) {
            for (PersonRecord r : p.records()) {
                String hit = Words.firstIn(r.offence(), texts);
                if (hit != null) {
                    return new Evidence("offence '" + r.offence() + "' matches '" + hit + "' (" + Reconciler.ref(r) + ")", List.of(r));
                }
            }
            return null;
        }

        public String describe() {
            return "offence " + texts;
        }
    }

    /** A mapped attribute of any of the person's records equals (or contains) one of the values, folded. */
    record Attribute(String name, List<String> is, List<String> contains) implements Condition {
        public Evidence test(Person p) {
            for (PersonRecord r : p.records()) {
                String value = r.attributes().get(name);
                if (value == null) {
                    continue;
                }
                boolean equal = is.stream().anyMatch(v -> TextFold.fold(v).equals(TextFold.fold(value)));
                if (equal || Words.firstIn(value, contains) != null) {
                    return new Evidence(name + " is '" + value + "' (" + Reconciler.ref(r) + ")", List.of(r));
                }
            }
            return null;
        }

        public String describe() {
            return name + (is.isEmpty() ? " contains " + contains : " is " + is);
        }
    }

    /**
     * A test of the person's court rulings: every part given (decision, stated reason, offence)
     * must hold for the same ruling; {@code any} ruling, the {@code latest}, or {@code all} of them
     * (and at least one).
     */
    record Rulings(Quantifier quantifier, Set<RulingDecision> decisions, List<String> reasons, List<String> offences) implements Condition {
        public Evidence test(Person p) {
            List<PersonRecord> rulings = ordered(p);
            if (rulings.isEmpty()) {
                return null;
            }
            return switch (quantifier) {
                case ANY -> rulings.stream().filter(this::holds).reduce((a, b) -> b).map(r -> evidence(r, rulings.size())).orElse(null);
                case LATEST -> holds(rulings.get(rulings.size() - 1)) ? evidence(rulings.get(rulings.size() - 1), rulings.size()) : null;
                case ALL -> rulings.stream().allMatch(this::holds) ? evidence(rulings.get(rulings.size() - 1), rulings.size()) : null;
            };
        }

        boolean holds(PersonRecord r) {
            return (decisions.isEmpty() || decisions.contains(r.decision()))
                    && (reasons.isEmpty() || Words.firstIn(r.rulingReason(), reasons) != null)
                    && (offences.isEmpty() || Words.firstIn(r.offence(), offences) != null);
        }

        private Evidence evidence(PersonRecord r, int of) {
            String which = switch (quantifier) {
                case ANY -> of == 1 ? "the only ruling" : "a ruling (of " + of + ")";
                case LATEST -> of == 1 ? "the only ruling" : "the latest of " + of + " rulings";
                case ALL -> of == 1 ? "the only ruling" : "all " + of + " rulings; the latest";
            };
            String reason = r.rulingReason().isEmpty() ? "" : ", reason '" + r.rulingReason() + "'";
            return new Evidence(which + ": " + r.decision().key() + " (" + r.rawDecision() + ")"
                    + (r.caseNumber().isEmpty() ? "" : ", case " + r.caseNumber()) + (r.court().isEmpty() ? "" : ", " + r.court())
                    + (r.decisionDate() == null ? "" : ", " + r.decisionDate()) + reason + " (" + Reconciler.ref(r) + ")", List.of(r));
        }

        public String describe() {
            List<String> parts = new ArrayList<>();
            if (!decisions.isEmpty()) {
                parts.add("decision " + decisions.stream().map(RulingDecision::key).sorted().toList());
            }
            if (!reasons.isEmpty()) {
                parts.add("reason " + reasons);
            }
            if (!offences.isEmpty()) {
                parts.add("offence " + offences);
            }
            return quantifier.key() + " ruling with " + String.join(", ", parts);
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
        if (c.allOf() != null) {
            return new AllOf(c.allOf().stream().map(Condition::of).toList());
        }
        if (c.anyOf() != null) {
            return new AnyOf(c.anyOf().stream().map(Condition::of).toList());
        }
        if (c.not() != null) {
            return new Not(of(c.not()));
        }
        if (c.ruling() != null) {
            ReconcileSettings.RulingTest t = c.ruling();
            return new Rulings(t.rulings(), Set.copyOf(t.decision()), t.reason(), t.offence());
        }
        if (c.noRuling() != null) {
            return new NoRuling();
        }
        if (c.offence() != null) {
            return new Offence(List.copyOf(c.offence()));
        }
        if (c.onList() != null) {
            return new OnList(Set.copyOf(c.onList()));
        }
        if (c.attribute() != null) {
            return new Attribute(c.attribute().name(), c.attribute().is(), c.attribute().contains());
        }
        throw new IllegalArgumentException("a condition with no key: the job file check lets none through");
    }
}
