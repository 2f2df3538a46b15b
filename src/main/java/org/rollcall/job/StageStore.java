package org.rollcall.job;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.rollcall.reconcile.Figure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes what each step hands to the next, per run. A stage's items go to one file in
 * the data folder ({@link StageFiles}: streamed binary, written atomically, checksummed, encrypted
 * when the database is), whatever the database; the database records, in {@code rc_stage}, which
 * stages of which run are complete, with the file's item count, size and checksum. Writing a
 * stage replaces its file and its record, so a step started again replaces its output instead of
 * doubling it.
 *
 * <p>What a step saved is also kept in memory for the rest of the run in this process, so the
 * next step does not read back and parse what was just written; a resumed run in a new process
 * reads the files. The copies are softly held: when the heap runs short (a million records in
 * 2 GiB) the collector drops them and the next reader reads the file instead. {@link #forget} drops a finished run's copies.
 */
@Component
public class StageStore {

    private final JdbcTemplate jdbc;
    private final StageFiles files;
    private final Map<String, SoftReference<List<?>>> recent = new ConcurrentHashMap<>();

    /**
     * @param stageDir the stage files' folder: {@code <data dir>/stages/<job>} from the command line (run ids are per job database)
     * @param key the database encryption key ({@link Privacy#DB_KEY}), blank for plain files
     */
    public StageStore(JdbcTemplate jdbc, @Value("${rollcall.stage-dir:${rollcall.data-dir}/stages}") String stageDir,
            @Value("${rollcall.stage-key:}") String key) {
        this.jdbc = jdbc;
        this.files = new StageFiles(Path.of(stageDir).toAbsolutePath().normalize(), key);
    }

    /** Replaces the stage's items for the run. */
    public <T> void save(long run, Stage<T> stage, List<? extends T> items) {
        save(run, stage.name(), items);
    }

    /** Replaces the stage's single item for the run. */
    public <T> void saveOne(long run, Stage<T> stage, T item) {
        save(run, stage.name(), List.of(item));
    }

    /** The stage's items for the run, in the order saved; empty when the stage has not run. */
    public <T> List<T> load(long run, Stage<T> stage) {
        return load(run, stage.name(), stage.type(), stage.sharedValues());
    }

    /** The stage's single item; fails when the stage has not run. */
    public <T> T loadOne(long run, Stage<T> stage) {
        return loadOne(run, stage.name(), stage.type(), stage.sharedValues());
    }

    /** True when the stage has been saved for the run (in this process or an earlier one). */
    public boolean has(long run, Stage<?> stage) {
        SoftReference<List<?>> ref = recent.get(run + "/" + stage.name());
        return (ref != null && ref.get() != null) || written(run, stage.name()) != null;
    }

    /**
     * Replaces a stage's items without keeping a copy in memory: for stages too large to hold with
     * the rest of a run (a list's rows at a million records), read back with {@link #iterate}.
     */
    public void saveUnkept(long run, String stage, List<?> items) {
        save(run, stage, items, false);
    }

    /**
     * Writes a stage's file without recording it, from any thread: {@link #record} (on the step's thread, in its
     * transaction) marks it complete. Until then the stage reads as its earlier record, if any.
     */
    StageFiles.Written writeUnrecorded(long run, String stage, List<?> items) {
        return files.write(run, stage, items);
    }

    /** Records a stage's file {@link #writeUnrecorded written} as complete, replacing any earlier record. */
    void record(long run, String stage, StageFiles.Written w) {
        recent.remove(run + "/" + stage);
        jdbc.update("DELETE FROM rc_stage WHERE run_key = ? AND stage = ?", run, stage);
        jdbc.update("INSERT INTO rc_stage (run_key, stage, items, bytes, checksum) VALUES (?, ?, ?, ?, ?)",
                run, stage, w.items(), w.bytes(), w.checksum());
    }

    /**
     * A stage's items read from its file as they are asked for, at most {@code limit} of them (see
     * {@link StageFiles#iterate}); none when the stage has not been saved.
     */
    <T> StageFiles.Items<T> iterate(long run, String stage, Class<T> type, long limit) {
        StageFiles.Written w = written(run, stage);
        return files.iterate(run, stage, type, w == null ? StageFiles.EMPTY : w, limit);
    }

    /**
     * Each of a stage's items in order: from the copy this process kept, else read one by one from
     * the file without holding them all (for a caller that keeps a few of a million).
     */
    @SuppressWarnings("unchecked")
    public <T> void each(long run, Stage<T> stage, Consumer<? super T> action) {
        SoftReference<List<?>> ref = recent.get(run + "/" + stage.name());
        List<?> kept = ref == null ? null : ref.get();
        if (kept != null && kept.stream().allMatch(stage.type()::isInstance)) {
            ((List<T>) kept).forEach(action);
            return;
        }
        StageFiles.Written w = written(run, stage.name());
        try (StageFiles.Items<T> items = files.iterate(run, stage.name(), stage.type(), w == null ? StageFiles.EMPTY : w,
                Long.MAX_VALUE, stage.sharedValues())) {
            items.forEachRemaining(action);
        }
    }

    /** How many items a stage holds; 0 when it has not been saved. */
    long count(long run, String stage) {
        StageFiles.Written w = written(run, stage);
        return w == null ? 0 : w.items();
    }

    private void save(long run, String stage, List<?> items) {
        save(run, stage, items, true);
    }

    private void save(long run, String stage, List<?> items, boolean keep) {
        recent.remove(run + "/" + stage);
        jdbc.update("DELETE FROM rc_stage WHERE run_key = ? AND stage = ?", run, stage);
        StageFiles.Written w = files.write(run, stage, items);
        jdbc.update("INSERT INTO rc_stage (run_key, stage, items, bytes, checksum) VALUES (?, ?, ?, ?, ?)",
                run, stage, w.items(), w.bytes(), w.checksum());
        if (keep) {
            recent.put(run + "/" + stage, new SoftReference<>(List.copyOf(items)));
        }
        if (stage.equals(Stages.JOB_FILE.name())) {
            discardCompletedRuns(run);
        }
    }

    /**
     * A new run of a job begins: the stage files of the job's completed runs are never read again
     * (only a failed run resumes), so they go, and the data folder holds one run's stages, plus
     * any failed run's. Runs of other jobs are left alone (one may be finishing right now).
     */
    private void discardCompletedRuns(long run) {
        List<Long> done = jdbc.queryForList("SELECT DISTINCT s.run_key FROM rc_stage s "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = s.run_key "
                + "JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID "
                + "WHERE e.STATUS = 'COMPLETED' AND s.run_key <> ? "
                + "AND i.JOB_NAME = (SELECT j.JOB_NAME FROM BATCH_JOB_INSTANCE j WHERE j.JOB_INSTANCE_ID = ?)", Long.class, run, run);
        for (long old : done) {
            jdbc.update("DELETE FROM rc_stage WHERE run_key = ?", old);
            files.delete(old);
            forget(old);
        }
    }

    /**
     * Drops the in-memory copy of a stage that no later step reads (its file stays, for a resumed
     * run): a million source records are not kept beside the records normalised from them.
     */
    public void release(long run, Stage<?> stage) {
        recent.remove(run + "/" + stage.name());
    }

    /** Drops the in-memory copies of a run's stages. */
    public void forget(long run) {
        recent.keySet().removeIf(k -> k.startsWith(run + "/"));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> load(long run, String stage, Class<T> type, int sharedValues) {
        SoftReference<List<?>> ref = recent.get(run + "/" + stage);
        List<?> kept = ref == null ? null : ref.get();
        if (kept != null && kept.stream().allMatch(type::isInstance)) {
            return (List<T>) kept;
        }
        StageFiles.Written w = written(run, stage);
        return w == null ? List.of() : files.read(run, stage, type, w, sharedValues);
    }

    private StageFiles.Written written(long run, String stage) {
        List<StageFiles.Written> rows = jdbc.query("SELECT items, bytes, checksum FROM rc_stage WHERE run_key = ? AND stage = ?",
                (rs, i) -> new StageFiles.Written(rs.getLong(1), rs.getLong(2), rs.getLong(3)), run, stage);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private <T> T loadOne(long run, String stage, Class<T> type, int sharedValues) {
        List<T> items = load(run, stage, type, sharedValues);
        if (items.size() != 1) {
            throw new IllegalStateException("stage '" + stage + "' of run " + run + " has " + items.size() + " items, expected 1");
        }
        return items.get(0);
    }

    public void saveFigures(long run, List<Figure> figures) {
        jdbc.update("DELETE FROM rc_figure WHERE run_key = ?", run);
        jdbc.batchUpdate("INSERT INTO rc_figure (run_key, figure, val, stated, label) VALUES (?, ?, ?, ?, ?)",
                figures.stream().map(f -> new Object[] {run, f.key(), f.value(), f.stated(), label(f.label())}).toList());
    }

    /**
     * A figure's label as the database keeps it (400 characters): a reason's label written from its
     * conditions (nine offences and an age list) runs longer, and the reports show it whole; the
     * stored copy is for the record of runs.
     */
    private static String label(String label) {
        return label.length() <= 400 ? label : label.substring(0, 399) + "…";
    }
}
