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

    /**
     * The same reconciliation, ngo-not-listed rows reading "{@code <reason>: <its detail>}" where their detail was empty; the
     * reason in the report's language ({@code not-listed.<reason list>}, in English the list's key).
     */
    static Reconciliation fill(Reconciliation rec, Labels labels) {
        List<ListRow> notListed = rec.lists().get(NOT_LISTED);
        if (notListed == null) {
            return rec;
        }
        Map<String, String> reasonOf = new HashMap<>();
        rec.lists().forEach((key, rows) -> {
            if (key.startsWith(REASON_PREFIX)) {
                String reason = labels.messages().has("not-listed." + key) ? labels.get("not-listed." + key) : key;
                rows.forEach(r -> reasonOf.putIfAbsent(r.entityId(), reason + ": " + r.detail()));
            }
        });
        Map<String, List<ListRow>> lists = new LinkedHashMap<>(rec.lists());
        lists.put(NOT_LISTED, new MappedRows(notListed, r -> r.detail() == null || r.detail().isEmpty() && reasonOf.containsKey(r.entityId())
                ? new ListRow(r.entityId(), r.name(), r.idNumber(), r.sourceRows(), reasonOf.getOrDefault(r.entityId(), ""), r.date()) : r));
        return new Reconciliation(rec.figures(), lists, rec.claims(), rec.entities(), rec.states());
    }
}
