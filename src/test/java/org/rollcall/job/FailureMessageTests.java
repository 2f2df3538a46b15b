package org.rollcall.job;

import org.junit.jupiter.api.Assumptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure ends in one clear line and a documented exit code; the stack trace is only in the
 * log file the message names. Cases that stop before Spring starts, so each takes a moment.
 */
class FailureMessageTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path job, Map<String, String> env) {
        return Cli.runJob(job, new String[] {"--rollcall.data-dir=" + dir.resolve("data")}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path job() throws IOException {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path job = dir.resolve("jobs/absolute.yaml");
        Files.writeString(job, Files.readString(sample.job().file()).replace("path: input/", "path: " + dir + "/input/")
                .replace("output-dir: output", "output-dir: " + dir.resolve("output")));
        return job;
    }

    /** Creates the job's database as an earlier run would have: plain, or encrypted with a key. */
    private void database(String key) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        String url = "jdbc:h2:file:" + dir.resolve("data/nightly") + (key == null ? "" : ";CIPHER=AES");
        try (Connection c = DriverManager.getConnection(url, "sa", key == null ? "" : key + " ")) {
            c.createStatement().execute("CREATE TABLE t (x INT)");
        }
    }

    private void assertOneClearLineWithTheLog() {
        // "Detalles:": the sample job's report language is es, and the job file was read
        assertThat(errText()).doesNotContain("\tat ", "Exception in thread", "Error creating bean")
                .contains("Detalles: " + dir.resolve("data/logs/nightly.log").toAbsolutePath().normalize());
    }

    @Test
    void encryptedDatabaseWithoutTheKeySaysToSetIt() throws Exception {
        Path job = job();
        database("k3y-for-tests");
        assertThat(run(job, Map.of())).isEqualTo(ExitCode.FAILED.code());
        assertThat(errText()).contains("is encrypted and ROLLCALL_DB_KEY is not set");
        assertOneClearLineWithTheLog();
    }

    @Test
    void wrongKeySaysSo() throws Exception {
        Path job = job();
        database("k3y-for-tests");
        assertThat(run(job, Map.of("ROLLCALL_DB_KEY", "another-key"))).isEqualTo(ExitCode.FAILED.code());
        assertThat(errText()).containsAnyOf("wrong key", "encrypted with another key");
        assertOneClearLineWithTheLog();
    }

    @Test
    void keyOnAPlainDatabaseSaysItIsNotConverted() throws Exception {
        Path job = job();
        database(null);
        assertThat(run(job, Map.of("ROLLCALL_DB_KEY", "k3y-for-tests"))).isEqualTo(ExitCode.FAILED.code());
        assertThat(errText()).contains("is not encrypted but ROLLCALL_DB_KEY is set", "start a new data folder");
        assertOneClearLineWithTheLog();
    }

    @Test
    void quoteAsDelimiterIsAnInvalidJobFile() throws Exception {
        Path job = job();
        Files.writeString(job, Files.readString(job).replace("delimiter: \",\"", "delimiter: '\"'"));
        assertThat(run(job, Map.of())).isEqualTo(ExitCode.INVALID_JOB.code());
        assertThat(errText()).contains("delimiter", "cannot separate columns");
    }

    @Test
    void anUnforeseenErrorExitsFourWithItsMessageAndTheTraceOnlyInTheLog() throws Exception {
        Files.createDirectories(dir.resolve("a-folder"));
        int code = Cli.run(new String[] {"score", dir.resolve("a-folder").toString(), "febrl", "--rollcall.data-dir=" + dir.resolve("data")},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertThat(code).isEqualTo(ExitCode.FAILED.code());
        assertThat(errText()).doesNotContain("\tat ").contains("a-folder").contains("Details: ");
        assertThat(Files.readString(dir.resolve("data/logs/rollcall.log"))).contains("\tat ");
    }

    @Test
    void outOfMemoryNamesTheHeapSettingToRaise() {
        assertThat(Failures.explain(new IllegalStateException("step failed", new OutOfMemoryError("Java heap space")), List.of()))
                .contains("out of memory", "-Xmx", "MB of Java heap");
    }

    @Test
    void aFullDiskNamesTheFolder() throws Exception {
        Path full = dir.resolve("full");
        Files.createDirectories(full);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", full.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(mount.waitFor() == 0, "needs root to mount a 1 MB tmpfs");
        try {
            Files.write(full.resolve("filler"), new byte[1024 * 1024 - 4096]);
            assertThat(Failures.explain(new IOException("No space left on device"), List.of(full.resolve("data"))))
                    .contains("the disk holding " + full.resolve("data"), "is full");
        } finally {
            new ProcessBuilder("umount", full.toString()).start().waitFor();
        }
    }

    @Test
    void theJobsDatabaseLockedByAnotherRunIsARunInProgressNotAFailedRun() {
        // given the failures H2 gives when a second run opens the database a first one holds (SQL and MVStore forms)
        Throwable mvstore = new IllegalStateException("Failed to obtain JDBC Connection",
                new MVStoreException(7, "The file is locked: /data/redfam.mv.db [2.4.240/7]"));
        Throwable sql = new RuntimeException(new SQLException("Database may be already in use", "90020", 90020));
        // then both are told apart from other failures
        assertThat(Failures.databaseInUse(mvstore)).isTrue();
        assertThat(Failures.databaseInUse(sql)).isTrue();
        assertThat(Failures.databaseInUse(new MVStoreException(6, "The file is corrupt [2.4.240/6]"))).isFalse();
        assertThat(Failures.databaseInUse(new IllegalStateException("boom"))).isFalse();
    }
}
