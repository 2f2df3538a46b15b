package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Rows inserted by many-row statements are every row given, once, whatever their count. */
class MultiRowInsertTest {

    @Test
    void givenRowCountsAroundTheStatementSizeWhenInsertedThenEveryRowIsStoredOnceWithItsValues() {
        insertsEveryRowOnce(new int[] {0, 1, MultiRowInsert.ROWS - 1, MultiRowInsert.ROWS, MultiRowInsert.ROWS + 1, 2 * MultiRowInsert.ROWS + 50});
    }

    @Test
    void givenRowCountsAroundTheBatchSizeWhenInsertedThenEveryRowIsStoredOnceWithItsValues() {
        int batch = MultiRowInsert.ROWS * MultiRowInsert.STATEMENTS;
        insertsEveryRowOnce(new int[] {batch - 1, batch, batch + MultiRowInsert.ROWS, 2 * batch + MultiRowInsert.ROWS + 7});
    }

    private static void insertsEveryRowOnce(int[] counts) {
        for (int n : counts) {
            // given
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:multirow" + n + ";DB_CLOSE_DELAY=-1", "sa", ""));
            jdbc.execute("CREATE TABLE t (k VARCHAR(20) NOT NULL PRIMARY KEY, p VARCHAR(20), r BIGINT)");
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new Object[] {"key-" + i, i % 3 == 0 ? null : "P" + i, (long) i * 7});
            }

            // when
            new MultiRowInsert(jdbc, "t", "k", "p", "r").insert(rows);

            // then
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).as("rows of %d", n).isEqualTo(n);
            List<String> stored = jdbc.query("SELECT k, p, r FROM t ORDER BY r", (rs, i) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getLong(3));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add("key-" + i + "/" + (i % 3 == 0 ? null : "P" + i) + "/" + (long) i * 7);
            }
            assertThat(stored).isEqualTo(expected);
        }
    }
}
