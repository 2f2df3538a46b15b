package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a run ends the job's H2 file is compacted once it has reached {@link JobDatabase#COMPACT_FROM_BYTES}: smaller, every
 * row kept; a database another connection holds is left alone, and so is a small file.
 */
class DatabaseCompactionTest {

    private static void fill(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (k INT PRIMARY KEY, v VARCHAR(200))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int round = 0; round < 5; round++) {
                    for (int i = 0; i < 20_000; i++) {
                        insert.setInt(1, round * 20_000 + i);
                        insert.setString(2, "PERSONA " + i + " ".repeat(100));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    // a run replaces its rows: what it deleted leaves free space in the file
                    st.execute("DELETE FROM t WHERE k < " + (round * 20_000 + 19_000));
                }
            }
        }
    }

    @Test
    void givenAFileWithSpaceLeftByDeletedRowsWhenCompactedThenItIsSmallerAndHoldsTheSameRows(@TempDir Path dir) throws Exception {
        // given
        Map<String, String> props = JobDatabase.properties(dir, "nightly", null);
        fill(props.get("spring.datasource.url"));
        Path file = dir.resolve("nightly.mv.db");
        long before = Files.size(file);
        String rows = rows(props.get("spring.datasource.url"));
        // when
        JobDatabase.compact(props);
        // then
        assertThat(Files.size(file)).isLessThan(before);
        assertThat(rows(props.get("spring.datasource.url"))).isEqualTo(rows).isEqualTo("1000 rows, keys 99000..99999");
    }

    private static String rows(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), MIN(k), MAX(k) FROM t")) {
            rs.next();
            return rs.getLong(1) + " rows, keys " + rs.getLong(2) + ".." + rs.getLong(3);
        }
    }

    @Test
    void givenADatabaseThatCannotBeOpenedWhenCompactedThenNothingFailsAndTheFileStaysAsItWas(@TempDir Path dir) throws Exception {
        // given a key that is not the file's (as a wrong ROLLCALL_DB_KEY would be)
        Map<String, String> plain = JobDatabase.properties(dir, "nightly", null);
        fill(plain.get("spring.datasource.url"));
        Path file = dir.resolve("nightly.mv.db");
        byte[] before = Files.readAllBytes(file);
        // when
        JobDatabase.compact(JobDatabase.properties(dir, "nightly", "not-the-key-of-this-file"));
        // then
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void givenASmallFileWhenTheRunEndsThenItIsLeftAsItIsUntilItReachesTheCompactionSize(@TempDir Path dir) throws Exception {
        // given a job database of a few hundred KiB, space left by deleted rows included
        Map<String, String> props = JobDatabase.properties(dir, "febrl4", null);
        try (Connection c = DriverManager.getConnection(props.get("spring.datasource.url"), "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (k INT PRIMARY KEY, v VARCHAR(200))");
            st.execute("INSERT INTO t SELECT X, 'PERSONA ' || X FROM SYSTEM_RANGE(1, 2000)");
            st.execute("DELETE FROM t WHERE k < 1000");
        }
        Path file = dir.resolve("febrl4.mv.db");
        byte[] before = Files.readAllBytes(file);
        assertThat(before.length).isLessThan((int) JobDatabase.COMPACT_FROM_BYTES);
        // when
        boolean compacted = JobDatabase.compactWhenLarge(props);
        // then
        assertThat(compacted).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(rows(props.get("spring.datasource.url"))).isEqualTo("1001 rows, keys 1000..2000");
    }
}
