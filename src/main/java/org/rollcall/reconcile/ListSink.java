package org.rollcall.reconcile;

import java.util.List;

/**
 * Where the rows of each list go as the reconciliation counts them. A list is handed over whole
 * once its figure is counted and is not kept by the reconciler, so a sink that writes the rows
 * out (the job's stage files) holds one list at a time instead of every row of every list: at a
 * million records the lists hold 4.7 million rows, the same people many times over.
 */
@FunctionalInterface
public interface ListSink {

    /** Keeps every list in memory: for tests and small runs. */
    ListSink IN_MEMORY = (key, rows) -> rows;

    /**
     * Takes a list's rows.
     *
     * @param key the list's (and its figure's) key
     * @param rows every row of the list, in report order
     * @return the list as the reconciliation holds it: the rows themselves, or a view that reads them back
     *     (same size, same rows in the same order)
     */
    List<ListRow> keep(String key, List<ListRow> rows);

    /**
     * Takes each person's own row (id, name, cédula, source rows, latest date; no detail), once,
     * before any list: every row of a list that is a person's (with or without a detail) shares
     * that row's texts, the very same objects, so a sink can store a list's person rows as the
     * person's place in this list and the detail. Ignored by default.
     *
     * @param rows one row per person, in the reconciliation's person order
     */
    default void people(List<ListRow> rows) {
    }
}
