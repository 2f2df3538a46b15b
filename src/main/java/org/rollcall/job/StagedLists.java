package org.rollcall.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.rollcall.RollcallException;
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
 *
 * <p>In the job ({@link #writingBeside}) the files are written by a thread of their own while the reconciliation counts the next
 * figures (at most {@value #WAITING} lists wait, their rows held until written), and recorded as
 * complete on the step's own thread: when a list is read back, and all of them by {@link #finish}
 * before the step commits. The files are the same whatever the timing.
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

    /** True when the lists' files are written by a thread of their own ({@link #writingBeside}). */
    private final boolean beside;

    /** Lists written as they are handed over, each complete when {@link #keep} returns. */
    StagedLists(StageStore store, long run) {
        this(store, run, false);
    }

    private StagedLists(StageStore store, long run, boolean beside) {
        this.store = store;
        this.run = run;
        this.beside = beside;
    }

    /**
     * Lists written by a thread of their own while the caller goes on; each is complete once read back or after
     * {@link #finish}, which the caller must call before its transaction commits.
     */
    static StagedLists writingBeside(StageStore store, long run) {
        return new StagedLists(store, run, true);
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

    /** Stages handed to the writer thread and not yet recorded, in the order handed over. */
    private final Map<String, Future<StageFiles.Written>> writing = new LinkedHashMap<>();
    /** Writes the lists' files one after another beside the reconciliation, which goes on counting; made on first use. */
    private ThreadPoolExecutor writer;
    /** The most lists handed over and not yet recorded: each waiting list's rows are held until its file is written. */
    private static final int WAITING = 2;

    @Override
    public void people(List<ListRow> rows) {
        people = rows;
        personOf.index(rows);
        write(PEOPLE, rows);
    }

    /**
     * Hands a stage's items to the writer thread. The items must not change until {@link #finish}; the stage's
     * record waits for the step's thread ({@link #await}), so that it is in the step's transaction.
     */
    private synchronized void write(String stage, List<?> items) {
        await(stage);
        if (!beside) {
            store.record(run, stage, store.writeUnrecorded(run, stage, items));
            return;
        }
        while (writing.size() >= WAITING) {
            await(writing.keySet().iterator().next());
        }
        if (writer == null) {
            writer = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "rollcall-list-writer");
                t.setDaemon(true);
                return t;
            });
            writer.allowCoreThreadTimeOut(true);
        }
        writing.put(stage, writer.submit(() -> store.writeUnrecorded(run, stage, items)));
    }

    /** Waits until a stage handed to the writer is written, and records it; nothing when it is not being written. */
    private synchronized void await(String stage) {
        Future<StageFiles.Written> pending = writing.remove(stage);
        if (pending == null) {
            return;
        }
        try {
            store.record(run, stage, pending.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RollcallException("interrupted while writing stage '" + stage + "' of run " + run, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new RollcallException("cannot write stage '" + stage + "' of run " + run + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Waits until every list handed over is written and records each, on the caller's thread: call it before the
     * step's transaction commits (a list not recorded is not complete, and a resumed run writes it again).
     */
    synchronized void finish() {
        while (!writing.isEmpty()) {
            await(writing.keySet().iterator().next());
        }
        if (writer != null) {
            writer.shutdown();
            writer = null;
        }
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
        write(stage(key), new AbstractList<Staged>() {
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
            lists.await(stage);
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
            lists.await(stage);
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
