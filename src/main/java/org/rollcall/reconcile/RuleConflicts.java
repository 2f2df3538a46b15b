package org.rollcall.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/**
 * What the rules' decision of a person rests on that the data does not settle, for the
 * {@code field-problems} list, one row per NGO person and tested value:
 *
 * <ul>
 *   <li>the person's records disagree on a value a rule tests, one record holding it and another
 *       not (ages 37 and 73 against "at least 70"; military "Civil" and "Militar"): any record's value
 *       counts, so the rule holds by the one that does, and the row names each record and its
 *       value for someone to check which is right. Values that agree on the test (71 and 73) are no
 *       problem. Dates of detention, release and rulings are not compared: a person may be detained
 *       twice, and have several rulings; a birth date or an attribute is one per person;</li>
 *   <li>a value a number or date test reads that is not one ("setenta", "agosto 2024"): the person
 *       is undetermined unless another record decides. (A mapped date field that cannot be read is
 *       already a field problem of its row.)</li>
 * </ul>
 */
public final class RuleConflicts {

    private RuleConflicts() {
    }

    /**
     * As {@link #rows(CoverageRules, List, Messages)} over a run's linked records, grouping into
     * people only the records that give a tested value, of clusters that hold an NGO record: at a
     * million records, the whole run's people are not made twice.
     *
     * @param clusterOf the cluster of each record
     * @param personOfCluster the person id of each cluster
     */
    public static List<ListRow> rows(CoverageRules rules, List<PersonRecord> records, int[] clusterOf, String[] personOfCluster, Messages m) {
        Map<Condition, String> tested = tested(rules, m);
        if (tested.isEmpty()) {
            return List.of();
        }
        Set<String> attributes = new HashSet<>();
        tested.keySet().forEach(c -> {
            if (!valueName(c).equals(Field.BIRTH_DATE.key()) || c instanceof DateCondition d && d.attribute() != null) {
                attributes.add(valueName(c));
            }
        });
        boolean births = tested.keySet().stream().anyMatch(c -> c instanceof AgeCondition || c instanceof DateCondition d && d.field() != null);
        Set<Integer> ngo = new HashSet<>();
        Map<Integer, List<PersonRecord>> giving = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            if (r.kind() == SourceKind.NGO_LIST) {
                ngo.add(clusterOf[i]);
            }
            if ((births && r.fields().containsKey(Field.BIRTH_DATE)) || r.attributes().keySet().stream().anyMatch(attributes::contains)) {
                giving.computeIfAbsent(clusterOf[i], k -> new ArrayList<>()).add(r);
            }
        }
        List<Person> people = new ArrayList<>();
        giving.forEach((cluster, rs) -> {
            if (ngo.contains(cluster)) {
                people.add(new Person(personOfCluster[cluster], rs));
            }
        });
        return rows(tested, people, m, false);
    }

    /** The rows, in the people's order; empty when the rules test no value a person holds once. */
    public static List<ListRow> rows(CoverageRules rules, List<Person> people, Messages m) {
        return rows(tested(rules, m), people, m, true);
    }

    /** Every leaf of the rules that tests a value one person holds once, with the first rule it appears in. */
    private static Map<Condition, String> tested(CoverageRules rules, Messages m) {
        Map<Condition, String> tested = new LinkedHashMap<>();
        collect(rules.amnestiedWhen(), "amnestied", tested, m);
        rules.reasons().forEach(r -> collect(r.when(), r.id(), tested, m));
        return tested;
    }

    /** @param ngoOnly leave out people on no NGO list (false when the caller has) */
    private static List<ListRow> rows(Map<Condition, String> tested, List<Person> people, Messages m, boolean ngoOnly) {
        Set<String> said = new LinkedHashSet<>();
        List<ListRow> out = new ArrayList<>();
        for (Person p : people) {
            if (ngoOnly && !p.on(SourceKind.NGO_LIST)) {
                continue;
            }
            // one row per person and value: the first rule that tests it speaks for the others (pena < 8 and pena ≥ 8 alike)
            tested.forEach((c, rule) -> rows(c, rule, p, m).forEach((key, row) -> {
                if (said.add(p.entityId() + "\u0000" + key)) {
                    out.add(row);
                }
            }));
        }
        return out;
    }

    /** Every leaf that tests a value one person holds once, with the first rule it appears in. */
    private static void collect(Condition c, String rule, Map<Condition, String> out, Messages m) {
        if (c instanceof Condition.AllOf all) {
            all.parts().forEach(x -> collect(x, rule, out, m));
        } else if (c instanceof Condition.AnyOf any) {
            any.parts().forEach(x -> collect(x, rule, out, m));
        } else if (c instanceof Condition.Not not) {
            collect(not.inner(), rule, out, m);
        } else if (c instanceof Condition.Attribute || c instanceof NumberCondition || c instanceof AgeCondition
                || (c instanceof DateCondition d && (d.attribute() != null || d.field() == Field.BIRTH_DATE))) {
            out.putIfAbsent(c, CoverageRules.named(rule, m));
        }
    }

    /** The rows of one condition and person, each keyed by the value it is about (an unreadable cell, or the value's name). */
    private static Map<String, ListRow> rows(Condition c, String rule, Person p, Messages m) {
        List<TestedValue<Boolean>> values = outcomes(c, p);
        Map<String, ListRow> out = new LinkedHashMap<>();
        String what = c.describe(m);
        for (TestedValue<Boolean> v : values) {
            if (v.value() == null && !(c instanceof AgeCondition) && !(c instanceof DateCondition d && d.field() != null)) {
                out.put(v.record().key() + "\u0000" + v.raw(), new ListRow(p.entityId(), p.name(), p.idText(), Reconciler.ref(v.record(), m),
                        m.format("rule.value-unreadable", rule, what, v.raw(), m.get(c instanceof DateCondition ? "rule.a-date" : "rule.a-number"))));
            }
        }
        List<TestedValue<Boolean>> read = values.stream().filter(v -> v.value() != null).toList();
        TestedValue<Boolean> holding = read.stream().filter(TestedValue::value).findFirst().orElse(null);
        if (holding != null && read.stream().anyMatch(v -> !v.value())) {
            String each = read.stream().map(v -> "'" + v.raw() + "' (" + Reconciler.ref(v.record(), m) + ")").collect(Collectors.joining(", "));
            out.put(valueName(c), new ListRow(p.entityId(), p.name(), p.idText(), read.stream().map(v -> Reconciler.ref(v.record(), m)).distinct()
                    .collect(Collectors.joining("; ")), m.format("rule.values-disagree", rule, what, each, holding.raw())));
        }
        return out;
    }

    /** The name of the value a condition tests: an attribute's, or the date field's. */
    private static String valueName(Condition c) {
        if (c instanceof Condition.Attribute a) {
            return a.name();
        }
        if (c instanceof NumberCondition n) {
            return n.attribute();
        }
        return c instanceof DateCondition d ? d.name() : Field.BIRTH_DATE.key();
    }

    /** Each record's value of what the condition tests, and whether it holds there ({@code null}: cannot be read). */
    private static List<TestedValue<Boolean>> outcomes(Condition c, Person p) {
        List<TestedValue<Boolean>> out = new ArrayList<>();
        if (c instanceof Condition.Attribute a) {
            for (PersonRecord r : p.records()) {
                String v = r.attributes().get(a.name());
                if (v != null && !v.isBlank()) {
                    out.add(new TestedValue<>(r, v.strip(), a.holds(v)));
                }
            }
        } else if (c instanceof NumberCondition n) {
            n.values(p).forEach(v -> out.add(new TestedValue<>(v.record(), v.raw(), v.value() == null ? null : n.bounds().holds(v.value()))));
        } else if (c instanceof DateCondition d) {
            d.values(p).forEach(v -> out.add(new TestedValue<>(v.record(), v.raw(), v.value() == null ? null : d.inside(v.value()))));
        } else if (c instanceof AgeCondition a) {
            p.records().stream().filter(r -> r.birthDate() != null).forEach(r ->
                    out.add(new TestedValue<>(r, r.birthDate().toString(), a.bounds().holds(BigDecimal.valueOf(a.age(r.birthDate()))))));
        }
        return out;
    }
}
