package org.rollcall.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;

/**
 * Puts each person's reason and evidence on the rows of {@code ngo-not-listed}, from the
 * {@code not-covered-<reason>} list that person is on (the {@code not-amnestied-<reason>} list when
 * the job's own reasons replace the older view), so the list answers "why not" by itself.
 */
final class CoverageReasons {

    static final String NOT_LISTED = "ngo-not-listed";
    static final String REASON_PREFIX = "not-covered-";
    static final String RULE_PREFIX = "not-amnestied-";

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
        // the older view's lists when the run has them; the job's own reasons (not-amnestied-<id>) otherwise
        String prefix = rec.lists().keySet().stream().anyMatch(k -> k.startsWith(REASON_PREFIX)) ? REASON_PREFIX : RULE_PREFIX;
        Map<String, String> figureLabels = new HashMap<>();
        rec.figures().forEach(f -> figureLabels.put(f.key(), f.label()));
        rec.lists().forEach((key, rows) -> {
            if (key.startsWith(prefix)) {
                String reason = labels.messages().has("not-listed." + key) ? labels.get("not-listed." + key)
                        : prefix.equals(RULE_PREFIX) ? labels.figure(key, figureLabels.getOrDefault(key, key)) : key;
                rows.forEach(r -> reasonOf.putIfAbsent(r.entityId(), reason + ": " + r.detail()));
            }
        });
        Map<String, List<ListRow>> lists = new LinkedHashMap<>(rec.lists());
        lists.put(NOT_LISTED, new MappedRows(notListed, r -> r.detail() == null || r.detail().isEmpty() && reasonOf.containsKey(r.entityId())
                ? new ListRow(r.entityId(), r.name(), r.idNumber(), r.sourceRows(), reasonOf.getOrDefault(r.entityId(), ""), r.date()) : r));
        return new Reconciliation(rec.figures(), lists, rec.claims(), rec.entities(), rec.states());
    }
}
