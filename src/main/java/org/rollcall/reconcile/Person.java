package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rollcall.domain.SourceKind;
import org.rollcall.match.SexComparison;
import org.rollcall.normalize.PersonRecord;

/**
 * A person of this run: a cluster of linked records. A value: two people are equal when their ids
 * and records are.
 *
 * <p>Which kinds of source the person is on is worked out once, when the person is made: the
 * reconciliation asks {@link #on} and {@link #recordsOf} of every person for nearly every figure
 * (half a million people at a million records), and asking the records each time was a fifth of
 * its time.
 */
public final class Person {

    private final String entityId;
    private final List<PersonRecord> records;
    /** Bit {@code 1 << kind.ordinal()} for each kind of source the records come from. */
    private final int kinds;
    /**
     * The records of a person on several kinds of source (or with a record of no kind), grouped by kind in kind
     * order, input order within a kind; {@code null} otherwise. {@link #recordsOf} is asked a dozen times a person.
     */
    private final List<PersonRecord> grouped;
    /** Where each kind's records start in {@link #grouped}, by ordinal, and where the last ends; {@code null} with it. */
    private final int[] groupStart;
    /** What a figure asks of nearly every person, worked out once: {@link Coverage#decidingRuling}, {@link Timeline#current}. */
    private Object decidingRuling = UNKNOWN;
    private Object current = UNKNOWN;
    private static final Object UNKNOWN = new Object();

    /**
     * @param entityId "P0001", numbered in the order of each person's first record
     * @param records the person's records in input order (sources in job order)
     */
    public Person(String entityId, List<PersonRecord> records) {
        this.entityId = entityId;
        this.records = List.copyOf(records);
        int mask = 0;
        for (PersonRecord r : this.records) {
            mask |= bit(r.kind());
        }
        this.kinds = mask;
        boolean oneKind = Integer.bitCount(mask) == 1 && this.records.stream().allMatch(r -> r.kind() != null);
        if (oneKind || this.records.isEmpty()) {
            grouped = null;
            groupStart = null;
        } else {
            SourceKind[] all = SourceKind.values();
            List<PersonRecord> byKind = new ArrayList<>(this.records.size());
            int[] start = new int[all.length + 1];
            for (SourceKind k : all) {
                start[k.ordinal()] = byKind.size();
                for (PersonRecord r : this.records) {
                    if (r.kind() == k) {
                        byKind.add(r);
                    }
                }
            }
            start[all.length] = byKind.size();
            grouped = List.copyOf(byKind);
            groupStart = start;
        }
    }

    private static int bit(SourceKind kind) {
        return kind == null ? 0 : 1 << kind.ordinal();
    }

    /** "P0001", numbered in the order of each person's first record. */
    public String entityId() {
        return entityId;
    }

    /** The person's records in input order (sources in job order). */
    public List<PersonRecord> records() {
        return records;
    }

    public boolean on(SourceKind kind) {
        return kind == null ? records.stream().anyMatch(r -> r.kind() == null) : (kinds & bit(kind)) != 0;
    }

    /** The person's records of that kind, in input order. */
    public List<PersonRecord> recordsOf(SourceKind kind) {
        if (kind != null && (kinds & bit(kind)) == 0) {
            return List.of();
        }
        if (kind == null) {
            return records.stream().filter(r -> r.kind() == null).toList();
        }
        return grouped == null ? records : grouped.subList(groupStart[kind.ordinal()], groupStart[kind.ordinal() + 1]);
    }

    /** The ruling that decides ({@link Coverage#decidingRuling}), worked out once by {@code latest}. */
    PersonRecord decidingRuling(Function<Person, PersonRecord> latest) {
        if (decidingRuling == UNKNOWN) {
            decidingRuling = latest.apply(this);
        }
        return (PersonRecord) decidingRuling;
    }

    /** The NGO row that says where the person is now ({@link Timeline#current}), worked out once by {@code find}. */
    PersonRecord current(Function<Person, PersonRecord> find) {
        if (current == UNKNOWN) {
            current = find.apply(this);
        }
        return (PersonRecord) current;
    }

    /** The first well-formed cédula among the records, else the first one as written. */
    public String idText() {
        for (PersonRecord r : records) {
            if (r.id() != null) {
                return r.id().toString();
            }
        }
        return records.get(0).rawId();
    }

    public String name() {
        return records.get(0).name().display();
    }

    /** "M" or "F" from the first of the person's records whose sex column reads as one; {@code null} when none does. */
    public String sex() {
        for (PersonRecord r : records) {
            String sex = SexComparison.of(r.attributes());
            if (sex != null) {
                return sex;
            }
        }
        return null;
    }

    /** "; military: Civil; sex: F": the person's mapped attribute columns, the first value of each; "" without any. */
    public String attributesText() {
        Map<String, String> first = new LinkedHashMap<>();
        records.forEach(r -> r.attributes().forEach(first::putIfAbsent));
        StringBuilder sb = new StringBuilder();
        first.forEach((k, v) -> sb.append("; ").append(k).append(": ").append(v));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person p && Objects.equals(entityId, p.entityId) && records.equals(p.records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, records);
    }

    @Override
    public String toString() {
        return "Person[entityId=" + entityId + ", records=" + records + "]";
    }
}
