package org.rollcall.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rollcall.domain.ProgressListener;
import org.rollcall.reconcile.PersonState;
import org.rollcall.reconcile.SourceDrops;
import org.rollcall.register.IdAssigner;
import org.rollcall.register.RegisterRecords;
import org.rollcall.register.Traits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The person register and the per-run person states, in the database. */
@Component
public class RegisterStore {

    private final JdbcTemplate jdbc;

    public RegisterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Record key → person id, from every earlier run of the job. */
    public Map<String, String> previous(String job) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT record_key, person_id FROM rc_register_record WHERE job = ?", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        }, job);
        return out;
    }

    /**
     * The register of the job's earlier runs: {@link #previous} with each record's stored traits, looked up
     * when asked (few are: namesakes, would-be corrections) and remembered.
     */
    public RegisterRecords register(String job) {
        Map<String, String> asked = new HashMap<>();
        return new RegisterRecords(previous(job), key -> {
            if (!asked.containsKey(key)) { // a key stored without traits is asked once too
                asked.put(key, jdbc.query("SELECT traits FROM rc_register_record WHERE job = ? AND record_key = ?",
                        rs -> rs.next() ? rs.getString(1) : null, job, key));
            }
            return asked.get(key);
        });
    }

    /** The largest number in the job's person ids ("P000042" → 42), 0 when none. */
    public long lastNumber(String job) {
        Long n = jdbc.queryForObject("SELECT MAX(CAST(SUBSTRING(person_id, 2) AS BIGINT)) FROM rc_register_person WHERE job = ?", Long.class, job);
        return n == null ? 0 : n;
    }

    /** Records this run's assignment: new ids, merges and splits, every record's person. */
    public void save(String job, long run, List<String> recordKeys, int[] clusterOf, IdAssigner.Assignment a) {
        save(job, run, recordKeys, clusterOf, a, ProgressListener.NONE);
    }

    /** As above, ticking {@code progress} with the records stored so far. */
    public void save(String job, long run, List<String> recordKeys, int[] clusterOf, IdAssigner.Assignment a, ProgressListener progress) {
        save(job, run, recordKeys, clusterOf, a, previous(job).keySet(), progress);
    }

    /**
     * As above, with the record keys the register already holds for the job ({@link #previous}, read in
     * this transaction): a record new to the register is inserted, a known one updated, so that neither
     * needs the database to look for it first (a first run of a million records inserts them all).
     */
    public void save(String job, long run, List<String> recordKeys, int[] clusterOf, IdAssigner.Assignment a, Set<String> known,
            ProgressListener progress) {
        save(job, run, recordKeys, null, clusterOf, a, known, progress);
    }

    /**
     * As above, storing each record's traits ({@code null}: none) with its key; an earlier key a record
     * continues under another key ({@code earlierKey}, see {@code EarlierKeys}) and stored without traits
     * learns that record's.
     */
    public void save(String job, long run, List<String> recordKeys, List<Traits> traits, String[] earlierKey, int[] clusterOf,
            IdAssigner.Assignment a, Set<String> known, ProgressListener progress) {
        save(job, run, recordKeys, traits, clusterOf, a, known, progress);
        if (earlierKey == null || traits == null) {
            return;
        }
        List<Object[]> learnt = new ArrayList<>();
        for (int i = 0; i < recordKeys.size(); i++) {
            if (earlierKey[i] != null && !earlierKey[i].equals(recordKeys.get(i))) {
                learnt.add(new Object[] {traits.get(i).encode(), job, earlierKey[i]});
            }
        }
        if (!learnt.isEmpty()) {
            jdbc.batchUpdate("UPDATE rc_register_record SET traits = ? WHERE job = ? AND record_key = ? AND traits IS NULL", learnt);
        }
    }

    private void save(String job, long run, List<String> recordKeys, List<Traits> traits, int[] clusterOf, IdAssigner.Assignment a,
            Set<String> known, ProgressListener progress) {
        // one batch of many-row statements, not a statement per new person: a first run of a million records creates half a million
        new MultiRowInsert(jdbc, "rc_register_person", "job", "person_id", "created_run")
                .insert(a.created().stream().map(id -> new Object[] {job, id, run}).toList());
        for (String line : a.splits()) {
            jdbc.update("UPDATE rc_register_person SET note = ? WHERE job = ? AND person_id = ?", line, job, line.substring(0, line.indexOf(' ')));
        }
        for (String line : a.merges()) {
            jdbc.update("UPDATE rc_register_person SET note = ? WHERE job = ? AND person_id = ?", line, job, line.substring(0, line.indexOf(' ')));
        }
        // in key order: each batch extends the key index at its end instead of touching pages all over it (a
        // million records in random order had H2 rewrite most of the index on every store, gigabytes of file)
        int[] order = keyOrder(recordKeys);
        MultiRowInsert records = new MultiRowInsert(jdbc, "rc_register_record", "job", "record_key", "person_id", "first_run", "last_run",
                "traits");
        for (int from = 0; from < recordKeys.size(); from += BATCH) {
            List<Object[]> inserts = new ArrayList<>(BATCH);
            List<Object[]> updates = new ArrayList<>();
            int to = Math.min(recordKeys.size(), from + BATCH);
            for (int k = from; k < to; k++) {
                int i = order[k];
                String key = recordKeys.get(i);
                String person = a.personOfCluster()[clusterOf[i]];
                String stored = traits == null ? null : traits.get(i).encode();
                if (known.contains(key)) {
                    updates.add(new Object[] {person, run, stored, job, key});
                } else {
                    inserts.add(new Object[] {job, key, person, run, run, stored});
                }
            }
            records.insert(inserts);
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("UPDATE rc_register_record SET person_id = ?, last_run = ?, traits = COALESCE(?, traits) "
                        + "WHERE job = ? AND record_key = ?", updates);
            }
            progress.tick(to);
        }
    }

    /**
     * The records' places in their keys' order (the keys are distinct: {@code RecordKeys} numbers repeats), sorted on
     * both cores: a million keys that share long beginnings ("tribunales|…") took seconds to sort through boxed places.
     */
    static int[] keyOrder(List<String> recordKeys) {
        KeyAt[] keyed = new KeyAt[recordKeys.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = new KeyAt(recordKeys.get(i), i);
        }
        Arrays.parallelSort(keyed, (x, y) -> x.key().compareTo(y.key()));
        int[] order = new int[keyed.length];
        for (int k = 0; k < keyed.length; k++) {
            order[k] = keyed[k].at();
        }
        return order;
    }

    private record KeyAt(String key, int at) {
    }

    /** Records written per statement batch (and per progress tick). */
    private static final int BATCH = 10_000;

    public void saveStates(String job, long run, List<PersonState> states) {
        jdbc.update("DELETE FROM rc_person_state WHERE job = ? AND run_key = ?", job, run);
        // in key order, many rows a statement (the order the register's records are written in)
        new MultiRowInsert(jdbc, "rc_person_state", "job", "run_key", "person_id", "name", "sources", "status")
                .insert(states.stream().sorted(Comparator.comparing(PersonState::personId))
                        .map(s -> new Object[] {job, run, s.personId(), cut(s.name()), cut(s.sources()), cut(s.status())}).toList());
    }

    /** The states of the latest earlier run that has them, or empty for a job's first run. */
    public List<PersonState> previousStates(String job, long run) {
        Long previous = jdbc.queryForObject("SELECT MAX(run_key) FROM rc_person_state WHERE job = ? AND run_key < ?", Long.class, job, run);
        if (previous == null) {
            return List.of();
        }
        return jdbc.query("SELECT person_id, name, sources, status FROM rc_person_state WHERE job = ? AND run_key = ? ORDER BY person_id",
                (rs, i) -> new PersonState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), ""), job, previous);
    }

    /**
     * The run a later run's changes are measured against.
     *
     * @param runKey the run
     * @param unread the sources it could not read: none, unless no earlier run read every source
     * @param skipped the later runs passed over because a source could not be read, oldest first
     */
    public record Baseline(long runKey, Set<String> unread, List<Long> skipped) {
    }

    /**
     * The baseline of {@code run}'s changes: the latest earlier run with person states that read every
     * source without a file-level problem, else the latest earlier run with states (then its unread
     * sources are named); {@code null} on a job's first run.
     */
    public Baseline baseline(String job, long run) {
        Map<Long, Set<String>> unread = new HashMap<>();
        jdbc.query("SELECT run_key, source_id FROM rc_run_unread WHERE job = ? AND run_key < ?",
                rs -> {
                    unread.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                }, job, run);
        Long latest = latestStates(job, run);
        List<Long> skipped = new ArrayList<>();
        for (Long candidate = latest; candidate != null; candidate = latestStates(job, candidate)) {
            if (!unread.containsKey(candidate)) {
                Collections.reverse(skipped);
                return new Baseline(candidate, Set.of(), skipped);
            }
            skipped.add(candidate);
        }
        return latest == null ? null : new Baseline(latest, unread.get(latest), List.of());
    }

    /** The latest run before {@code before} that stored person states, or {@code null}. */
    private Long latestStates(String job, long before) {
        return jdbc.queryForObject("SELECT MAX(run_key) FROM rc_person_state WHERE job = ? AND run_key < ?", Long.class, job, before);
    }

    /** The person states of one run. */
    public List<PersonState> states(String job, long run) {
        return jdbc.query("SELECT person_id, name, sources, status FROM rc_person_state WHERE job = ? AND run_key = ? ORDER BY person_id",
                (rs, i) -> new PersonState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), ""), job, run);
    }

    /** Records which sources {@code run} could not read (a file-level problem); none for a run that read them all. */
    public void saveUnread(String job, long run, Set<String> sources) {
        jdbc.update("DELETE FROM rc_run_unread WHERE job = ? AND run_key = ?", job, run);
        for (String source : new TreeSet<>(sources)) {
            jdbc.update("INSERT INTO rc_run_unread (job, run_key, source_id) VALUES (?, ?, ?)", job, run, source);
        }
    }

    /** Records what {@code run} read of each source: checked by later runs against their own (see {@link SourceDrops}). */
    public void saveSources(String job, long run, List<SourceDrops.Read> reads) {
        jdbc.update("DELETE FROM rc_run_source WHERE job = ? AND run_key = ?", job, run);
        for (SourceDrops.Read r : reads) {
            jdbc.update("INSERT INTO rc_run_source (job, run_key, source_id, records, stated_total, files) VALUES (?, ?, ?, ?, ?, ?)",
                    job, run, r.sourceId(), r.records(), r.statedTotal(), r.files());
        }
    }

    /** What {@code run} read of each source, by source id; empty for a run made before rollcall recorded it. */
    public Map<String, SourceDrops.Read> sources(String job, long run) {
        Map<String, SourceDrops.Read> out = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT source_id, records, stated_total, files FROM rc_run_source WHERE job = ? AND run_key = ? ORDER BY source_id", rs -> {
            long stated = rs.getLong(3);
            Long total = rs.wasNull() ? null : stated; // asked right after column 3: a file without a totals row stated none, not 0
            out.put(rs.getString(1), new SourceDrops.Read(rs.getString(1), rs.getLong(2), total, rs.getString(4)));
        }, job, run);
        return out;
    }

    private static String cut(String s) {
        return s.length() <= 400 ? s : s.substring(0, 399) + "…";
    }
}
