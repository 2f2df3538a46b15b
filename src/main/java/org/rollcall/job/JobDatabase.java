package org.rollcall.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rollcall.RollcallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a job keeps its state in a shared data folder: one embedded H2 database file per job,
 * {@code <data dir>/<job>.mv.db}. Everything rollcall stores belongs to one job (the register,
 * the decisions, the runs), so nothing needs to be shared between jobs, and the file of a job is
 * only ever opened by the process holding that job's {@link RunLock}: any number of different
 * jobs run at once without one process depending on another (H2's AUTO_SERVER made the second
 * process a client of the first one's server, which went away when the first job ended).
 *
 * <p>A data folder written by an earlier version holds every job in {@code rollcall.mv.db}; a
 * job's first run here starts from a copy of that file, so its register and decisions carry on
 * (the other jobs' rows in the copy are never read: every row is keyed by job or run).
 */
final class JobDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(JobDatabase.class);

    /** The single database file of data folders written before one file per job. */
    static final String LEGACY = "rollcall";

    private JobDatabase() {
    }

    /** The database file of a job, without H2's {@code .mv.db} suffix. */
    static Path base(Path dataDir, String jobName) {
        return dataDir.toAbsolutePath().normalize().resolve(jobName);
    }

    /**
     * Spring datasource properties for a job's database; with a key, H2's AES file encryption
     * (the key is the file password, H2 wants it before the user password, separated by a space).
     *
     * @param key the encryption key, {@code null} or blank for a plain database
     */
    static Map<String, String> properties(Path dataDir, String jobName, String key) {
        Map<String, String> props = new LinkedHashMap<>();
        boolean encrypted = key != null && !key.isBlank();
        // H2 wants an absolute path (a bare relative one such as "data/nightly" is refused). MAX_COMPACT_TIME=0: closing the
        // database does not spend H2's default 200 ms compacting it (rewriting chunks, several syncs); a file that has grown
        // large is compacted whole after the run instead (compactWhenLarge)
        props.put("spring.datasource.url", "jdbc:h2:file:" + base(dataDir, jobName) + (encrypted ? ";CIPHER=AES" : "")
                + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        if (encrypted) {
            props.put("spring.datasource.password", key + " ");
            // the stage files hold the same people: encrypted with the same key (StageFiles)
            props.put("rollcall.stage-key", key);
        }
        // run ids count per job database, so each job has its own stage folder
        props.put("rollcall.stage-dir", dataDir.toAbsolutePath().normalize().resolve("stages").resolve(jobName).toString());
        // no idle connection keeps the file open between runs of a long-lived scheduler
        props.put("spring.datasource.hikari.minimum-idle", "0");
        props.put("spring.datasource.hikari.idle-timeout", "10000");
        return props;
    }

    /**
     * Properties for a job whose database is not the data folder's H2 file (PostgreSQL, or any
     * {@code spring.datasource.url}): only the stage files' key, so that they are encrypted as
     * they are beside an encrypted H2 file.
     *
     * @param key the key ({@link Privacy#key}), {@code null} for plain stage files
     */
    static Map<String, String> otherDatabaseProperties(String key) {
        return key == null ? Map.of() : Map.of("rollcall.stage-key", key);
    }

    /**
     * A file smaller than this is not compacted: it is left to grow, by a few MiB a run, until it
     * passes this size. Opening and rewriting even a small file costs a run about a third of a
     * second (FEBRL 4a×4b: 3 → 1 MiB in 0.2–0.4 s), more than the disk it would give back is worth.
     */
    static final long COMPACT_FROM_BYTES = 16L << 20;

    /**
     * Compacts a job's database once its run is over, as {@link #compact} does, when the file has
     * reached {@link #COMPACT_FROM_BYTES}; a smaller file is left as it is.
     *
     * @param props the job's datasource properties ({@link #properties})
     * @return true when it compacted (or tried to)
     */
    static boolean compactWhenLarge(Map<String, String> props) {
        if (file(props).toFile().length() < COMPACT_FROM_BYTES) {
            return false;
        }
        compact(props);
        return true;
    }

    private static Path file(Map<String, String> props) {
        return Path.of(props.get("spring.datasource.url").replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*", "") + ".mv.db");
    }

    /**
     * Compacts a job's database once its run is over and Spring has closed it: H2 writes a run's
     * changes after the file's end and reuses the space only slowly, so without this the file
     * grows with every run (a run at a million records left 453 MiB). {@code SHUTDOWN COMPACT}
     * rewrites the live data into a new file, then replaces the old one; a process stopped midway
     * leaves the old file whole. It never changes the run's outcome: a database another process has
     * just opened, or any other failure, is logged and left as it is.
     *
     * @param props the job's datasource properties ({@link #properties})
     */
    static void compact(Map<String, String> props) {
        String url = props.get("spring.datasource.url");
        Path file = file(props);
        long before = file.toFile().length();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", props.getOrDefault("spring.datasource.password", ""));
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("the database {} was not compacted ({}); the next run compacts it", file, e.getMessage());
            return;
        }
        LOG.info(String.format(Locale.ROOT, "database compacted: %,d → %,d MiB in %.1f s (%s)", before >> 20, file.toFile().length() >> 20,
                (System.nanoTime() - start) / 1e9, file));
    }

    /**
     * Before a job's first run on a data folder of an earlier version: copies {@code rollcall.mv.db}
     * to the job's file. Call with the job's run lock held.
     */
    static void adoptLegacy(Path dataDir, String jobName) {
        Path legacy = dataDir.resolve(LEGACY + ".mv.db");
        Path own = dataDir.resolve(jobName + ".mv.db");
        if (jobName.equals(LEGACY) || Files.exists(own) || !Files.exists(legacy)) {
            return;
        }
        try {
            Path part = dataDir.resolve(jobName + ".mv.db.part");
            Files.copy(legacy, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, own, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RollcallException("cannot copy " + legacy + " (the database of an earlier version) to " + own + ": " + e.getMessage()
                    + "; check the free space and permissions of " + dataDir, e);
        }
    }
}
