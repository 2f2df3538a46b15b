package org.rollcall.job;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.ListSink;
import org.rollcall.reconcile.Reconciliation;

/**
 * The reconciliation's lists in the run's stage files, one file per list ({@code list-<key>}),
 * written as the reconciliation counts them and read back row by row by the reports: no step
 * holds every row of every list (4.7 million rows at a million records). The reconciliation
 * stage itself keeps the figures and the lists' keys, not their rows.
 */
final class StagedLists implements ListSink {

    private final StageStore store;
    private final long run;

    StagedLists(StageStore store, long run) {
        this.store = store;
        this.run = run;
    }

    /** The longest stage name the stage table takes ({@code rc_stage.stage}). */
    static final int MAX_STAGE_NAME = 40;

    /**
     * The stage that holds a list's rows: {@code list-<key>}, or, for a key too long for the stage
     * table, its first characters and a hash of the whole key (stable across runs and versions).
     */
    static String stage(String key) {
        String name = "list-" + key;
        if (name.length() <= MAX_STAGE_NAME) {
            return name;
        }
        String hash = String.format("-%08x", key.hashCode());
        return name.substring(0, MAX_STAGE_NAME - hash.length()) + hash;
    }

    /** Writes the rows to the list's stage file and gives back a view that reads them from it. */
    @Override
    public List<ListRow> keep(String key, List<ListRow> rows) {
        if (rows instanceof Rows staged && staged.run == run && staged.stage.equals(stage(key))) {
            return rows;
        }
        store.saveUnkept(run, stage(key), rows);
        return new Rows(store, run, stage(key), rows.size());
    }

    /** The reconciliation as stored: figures and the lists' keys, each list's rows left to its own stage. */
    static Reconciliation withoutRows(Reconciliation rec) {
        return rec.withRows((key, rows) -> List.of());
    }

    /** A stored reconciliation with each list reading its rows from its stage. */
    Reconciliation attach(Reconciliation stored) {
        return stored.withRows((key, rows) -> new Rows(store, run, stage(key), store.count(run, stage(key))));
    }

    /**
     * A list's rows as a read-only list that reads its stage file on each pass. Iterate it (a
     * for-each, a stream); {@link #get} reads from the start and is meant for a first row or two.
     * {@link #subList} from the first row reads only that far.
     */
    static final class Rows extends AbstractList<ListRow> {

        private final StageStore store;
        private final long run;
        private final String stage;
        private final int size;

        Rows(StageStore store, long run, String stage, long size) {
            this.store = store;
            this.run = run;
            this.stage = stage;
            this.size = Math.toIntExact(size);
        }

        @Override
        public Iterator<ListRow> iterator() {
            return store.iterate(run, stage, ListRow.class, size);
        }

        @Override
        public ListRow get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("row " + index + " of " + size);
            }
            try (StageFiles.Items<ListRow> items = store.iterate(run, stage, ListRow.class, index + 1L)) {
                ListRow row = null;
                while (items.hasNext()) {
                    row = items.next();
                }
                return row;
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public List<ListRow> subList(int from, int to) {
            return from == 0 && to >= 0 && to <= size ? new Rows(store, run, stage, to) : super.subList(from, to);
        }
    }
}
