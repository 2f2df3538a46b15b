package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.reconcile.ListRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Lists written beside the reconciliation are marked complete when settled, and read back as kept. */
class StagedListsBesideTest {

    private static JdbcTemplate jdbc(String db) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute("CREATE TABLE IF NOT EXISTS rc_stage (run_key BIGINT NOT NULL, stage VARCHAR(40) NOT NULL, items BIGINT NOT NULL, "
                + "bytes BIGINT NOT NULL, checksum BIGINT NOT NULL, PRIMARY KEY (run_key, stage))");
        return jdbc;
    }

    private static List<ListRow> rows(int n, String detail) {
        List<ListRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ListRow(String.format("P%06d", i), "PERSONA " + i, "V" + (10_000_000 + i), "ngo #" + i, detail, LocalDate.of(2025, 1, 1 + i % 28)));
        }
        return out;
    }

    @Test
    void givenListsWrittenBesideWhenSettledThenEachIsMarkedCompleteAndReadsBackAsKept(@TempDir Path dir) {
        // given people and five lists kept by lists written beside (more than are written at once)
        JdbcTemplate jdbc = jdbc("beside");
        StageStore store = new StageStore(jdbc, dir.toString(), "");
        List<ListRow> people = rows(3_000, "");
        List<List<ListRow>> kept = new ArrayList<>();
        List<List<ListRow>> views = new ArrayList<>();
        try (StagedLists lists = StagedLists.writingBeside(store, 9)) {
            lists.people(people);
            for (int k = 0; k < 5; k++) {
                List<ListRow> list = k % 2 == 0 ? people : rows(1_000 + k, "detalle " + k);
                kept.add(list);
                views.add(lists.keep("list" + k, list));
            }
            // when a list is read before it is settled, it is settled first
            assertThat(new ArrayList<>(views.get(4))).isEqualTo(kept.get(4));
            lists.settle();
        }

        // then every stage is marked complete and a new reader finds each list as kept
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_stage WHERE run_key = 9", Integer.class)).isEqualTo(6);
        StagedLists reader = new StagedLists(store, 9);
        for (int k = 0; k < 5; k++) {
            String stage = StagedLists.stage("list" + k);
            assertThat(new ArrayList<>(new StagedLists.Rows(reader, stage, store.count(9, stage)))).as("list" + k).isEqualTo(kept.get(k));
        }
    }
}
