package org.rollcall.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;

/**
 * Puts each person's reason and evidence on the rows of {@code ngo-not-listed}, from the
 * {@code not-covered-<reason>} list that person is on, so the list answers "why not" by itself.
 */
final class CoverageReasons {

    static final String NOT_LISTED = "ngo-not-listed";
    static final String REASON_PREFIX = "not-covered-";

    private CoverageReasons() {
    }

    /** The same reconciliation, ngo-not-listed rows reading "{@code <reason list>: <its detail>}" where their detail was empty. */
    static Reconciliation fill(Reconciliation rec) {
        List<ListRow> notListed = rec.lists().get(NOT_LISTED);
        if (notListed == null) {
            return rec;
        }
        Map<String, String> reasonOf = new HashMap<>();
        rec.lists().forEach((key, rows) -> {
            if (key.startsWith(REASON_PREFIX)) {
                rows.forEach(r -> reasonOf.putIfAbsent(r.entityId(), key + ": " + r.detail()));
            }
        });
        Map<String, List<ListRow>> lists = new LinkedHashMap<>(rec.lists());
        lists.put(NOT_LISTED, notListed.stream().map(r -> r.detail() == null || r.detail().isEmpty() && reasonOf.containsKey(r.entityId())
                ? new ListRow(r.entityId(), r.name(), r.idNumber(), r.sourceRows(), reasonOf.getOrDefault(r.entityId(), ""), r.date()) : r)
                .toList());
        return new Reconciliation(rec.figures(), lists, rec.claims(), rec.entities(), rec.states());
    }
}
