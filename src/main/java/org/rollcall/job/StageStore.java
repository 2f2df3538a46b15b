package org.rollcall.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rollcall.reconcile.EntityRow;
import org.rollcall.reconcile.Figure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes what each step hands to the next, per run. Writing a stage first deletes the
 * stage's rows for the run, so a step started again replaces its output instead of doubling it.
 *
 * <p>What a step saved is also kept in memory for the rest of the run in this process, so the
 * next step does not read back and parse what was just written; a restarted run in a new process
 * reads it from the database. {@link #forget} drops a finished run's copies.
 */
@Component
public class StageStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, List<?>> recent = new ConcurrentHashMap<>();

    public StageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return load(run, stage.name(), stage.type());
    }

    /** The stage's single item; fails when the stage has not run. */
    public <T> T loadOne(long run, Stage<T> stage) {
        return loadOne(run, stage.name(), stage.type());
    }

    /** True when the stage has been saved for the run (in this process or an earlier one). */
    public boolean has(long run, Stage<?> stage) {
        if (recent.containsKey(run + "/" + stage.name())) {
            return true;
        }
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_stage_item WHERE run_key = ? AND stage = ?", Integer.class, run, stage.name());
        return n != null && n > 0;
    }

    private void save(long run, String stage, List<?> items) {
        jdbc.update("DELETE FROM rc_stage_item WHERE run_key = ? AND stage = ?", run, stage);
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(new Object[] {run, stage, i, json.writeValueAsString(items.get(i))});
        }
        jdbc.batchUpdate("INSERT INTO rc_stage_item (run_key, stage, n, payload) VALUES (?, ?, ?, ?)", rows);
        recent.put(run + "/" + stage, List.copyOf(items));
    }

    /** Drops the in-memory copies of a run's stages. */
    public void forget(long run) {
        recent.keySet().removeIf(k -> k.startsWith(run + "/"));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> load(long run, String stage, Class<T> type) {
        List<?> kept = recent.get(run + "/" + stage);
        if (kept != null && kept.stream().allMatch(type::isInstance)) {
            return (List<T>) kept;
        }
        JavaType t = json.constructType(type);
        return jdbc.query("SELECT payload FROM rc_stage_item WHERE run_key = ? AND stage = ? ORDER BY n",
                (rs, i) -> json.readValue(rs.getString(1), t), run, stage);
    }

    private <T> T loadOne(long run, String stage, Class<T> type) {
        List<T> items = load(run, stage, type);
        if (items.size() != 1) {
            throw new IllegalStateException("stage '" + stage + "' of run " + run + " has " + items.size() + " items, expected 1");
        }
        return items.get(0);
    }

    public void saveEntities(long run, List<EntityRow> rows) {
        jdbc.update("DELETE FROM rc_entity WHERE run_key = ?", run);
        List<Object[]> args = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            EntityRow r = rows.get(i);
            args.add(new Object[] {run, r.source(), r.recordId(), i, r.entityId()});
        }
        jdbc.batchUpdate("INSERT INTO rc_entity (run_key, source_id, record_id, n, entity_id) VALUES (?, ?, ?, ?, ?)", args);
    }

    public void saveFigures(long run, List<Figure> figures) {
        jdbc.update("DELETE FROM rc_figure WHERE run_key = ?", run);
        jdbc.batchUpdate("INSERT INTO rc_figure (run_key, figure, val, stated, label) VALUES (?, ?, ?, ?, ?)",
                figures.stream().map(f -> new Object[] {run, f.key(), f.value(), f.stated(), f.label()}).toList());
    }
}
