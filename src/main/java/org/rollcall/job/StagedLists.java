package org.rollcall.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.ListSink;
import org.rollcall.reconcile.Reconciliation;

/**
 * The reconciliation's lists in the run's stage files, one file per list ({@code list-<key>}),
 * written as the reconciliation counts them and read back row by row by the reports: no step
 * holds every row of every list (4.7 million rows at a million records). The reconciliation
 * stage itself keeps the figures and the lists' keys, not their rows.
 *
 * <p>Each person's own row (id, name, cédula, source rows, latest date) is written once, in the
 * stage {@value #PEOPLE}; a list's row that is a person's is stored as the person's place there
 * and its detail ({@link Staged}), and only rows that are not a person's (a source row, a ruling,
 * a rejected row) are stored whole. A person is on ten or more lists: at a million records the
 * lists' files shrank from 1.3 GB, most of it the same person's texts again and again. The reports
 * read the people's rows once (about half a million) and put each row back together as it is read.
 */
final class StagedLists implements ListSink {

    /** The stage of the people's own rows (no list is named so: a list's stage starts with {@code list-}). */
    static final String PEOPLE = "people-rows";

    private final StageStore store;
    private final long run;
    /** Each person's id → the person's place in {@link #PEOPLE}. */
    private final PersonPlaces personOf = new PersonPlaces();
    private List<ListRow> people = List.of();
    /**
     * The people's rows as the reports read them back, read once when a list is first read (by
     * whichever of the reports' threads reads first: the workbook is written beside the other files).
     */
    private volatile ListRow[] peopleRead;

    StagedLists(StageStore store, long run) {
        this.store = store;
        this.run = run;
    }

    /**
     * One row of a list's stage file: a person's row (the person's place in {@link #PEOPLE} and the
     * row's detail) or, for a row that is not a person's own, the whole row.
     *
     * @param p the person's place, or -1 for a row stored whole
     * @param d the detail of a person's row, else {@code null}
     * @param r the whole row, or {@code null} for a person's row
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Staged(int p, String d, ListRow r) {
    }

    @Override
    public void people(List<ListRow> rows) {
        store.saveUnkept(run, PEOPLE, rows);
        people = rows;
        personOf.index(rows);
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
        if (rows instanceof Rows staged && staged.lists.run == run && staged.stage.equals(stage(key))) {
            return rows;
        }
        store.saveUnkept(run, stage(key), new AbstractList<Staged>() {
            @Override
            public Iterator<Staged> iterator() {
                return rows.stream().map(StagedLists.this::staged).iterator();
            }

            @Override
            public Staged get(int index) {
                return staged(rows.get(index));
            }

            @Override
            public int size() {
                return rows.size();
            }
        });
        return new Rows(this, stage(key), rows.size());
    }

    /** A row as its stage file holds it: the person's place and the detail when the row is a person's, else whole. */
    private Staged staged(ListRow row) {
        int person = personOf.placeOf(row.entityId());
        if (person >= 0) {
            ListRow own = people.get(person);
            // a person's row shares its texts with the person's own row (the same objects: equals answers at once)
            if (own.sourceRows().equals(row.sourceRows()) && own.name().equals(row.name()) && own.idNumber().equals(row.idNumber())
                    && Objects.equals(own.date(), row.date())) {
                return new Staged(person, row.detail(), null);
            }
        }
        return new Staged(-1, null, row);
    }

    /** A row put back together from its stage file. */
    private ListRow row(Staged s) {
        if (s.p() < 0) {
            return s.r();
        }
        ListRow own = people()[s.p()];
        return s.d() == null || s.d().isEmpty() ? own : new ListRow(own.entityId(), own.name(), own.idNumber(), own.sourceRows(), s.d(), own.date());
    }

    private ListRow[] people() {
        ListRow[] known = peopleRead;
        return known != null ? known : readPeople();
    }

    private synchronized ListRow[] readPeople() {
        if (peopleRead == null) {
            ListRow[] read = new ListRow[Math.toIntExact(store.count(run, PEOPLE))];
            try (StageFiles.Items<ListRow> items = store.iterate(run, PEOPLE, ListRow.class, read.length)) {
                for (int i = 0; i < read.length; i++) {
                    read[i] = items.next();
                }
            }
            peopleRead = read;
        }
        return peopleRead;
    }

    /** The reconciliation as stored: figures and the lists' keys, each list's rows left to its own stage. */
    static Reconciliation withoutRows(Reconciliation rec) {
        return rec.withRows((key, rows) -> List.of());
    }

    /** A stored reconciliation with each list reading its rows from its stage. */
    Reconciliation attach(Reconciliation stored) {
        return stored.withRows((key, rows) -> new Rows(this, stage(key), store.count(run, stage(key))));
    }

    /**
     * A list's rows as a read-only list that reads its stage file on each pass. Iterate it (a
     * for-each, a stream); {@link #get} reads from the start and is meant for a first row or two.
     * {@link #subList} from the first row reads only that far.
     */
    static final class Rows extends AbstractList<ListRow> {

        private final StagedLists lists;
        private final String stage;
        private final int size;

        Rows(StagedLists lists, String stage, long size) {
            this.lists = lists;
            this.stage = stage;
            this.size = Math.toIntExact(size);
        }

        @Override
        public Iterator<ListRow> iterator() {
            StageFiles.Items<Staged> items = lists.store.iterate(lists.run, stage, Staged.class, size);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public ListRow next() {
                    return lists.row(items.next());
                }
            };
        }

        @Override
        public ListRow get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("row " + index + " of " + size);
            }
            try (StageFiles.Items<Staged> items = lists.store.iterate(lists.run, stage, Staged.class, index + 1L)) {
                Staged row = null;
                while (items.hasNext()) {
                    row = items.next();
                }
                return lists.row(row);
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public List<ListRow> subList(int from, int to) {
            return from == 0 && to >= 0 && to <= size ? new Rows(lists, stage, to) : super.subList(from, to);
        }
    }
}
