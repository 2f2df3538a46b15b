package org.rollcall.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.PersonRecord;

/**
 * A person of this run: a cluster of linked records.
 *
 * @param entityId "P0001", numbered in the order of each person's first record
 * @param records the person's records in input order (sources in job order)
 */
public record Person(String entityId, List<PersonRecord> records) {

    public Person {
        records = List.copyOf(records);
    }

    public boolean on(SourceKind kind) {
        return records.stream().anyMatch(r -> r.kind() == kind);
    }

    public List<PersonRecord> recordsOf(SourceKind kind) {
        return records.stream().filter(r -> r.kind() == kind).toList();
    }

    /** The first well-formed cédula among the records, else the first one as written. */
    public String idText() {
        return records.stream().filter(r -> r.id() != null).map(r -> r.id().toString()).findFirst()
                .orElse(records.get(0).rawId());
    }

    public String name() {
        return records.get(0).name().display();
    }

    /** "; military: Civil; sex: F": the person's mapped attribute columns, the first value of each; "" without any. */
    public String attributesText() {
        Map<String, String> first = new LinkedHashMap<>();
        records.forEach(r -> r.attributes().forEach(first::putIfAbsent));
        StringBuilder sb = new StringBuilder();
        first.forEach((k, v) -> sb.append("; ").append(k).append(": ").append(v));
        return sb.toString();
    }
}
