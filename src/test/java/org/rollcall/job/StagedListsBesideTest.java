package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.reconcile.ListRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Lists written by a thread of their own while the reconciliation goes on: each reads back as kept, whether read
 * before or after {@link StagedLists#finish}, and is recorded complete (with the same file) on the caller's thread.
 */
class StagedListsBesideTest {

    private static JdbcTemplate database(String name) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute("CREATE TABLE IF NOT EXISTS rc_stage (run_key BIGINT NOT NULL, stage VARCHAR(40) NOT NULL, items BIGINT NOT NULL, "
                + "bytes BIGINT NOT NULL, checksum BIGINT NOT NULL, PRIMARY KEY (run_key, stage))");
        return jdbc;
    }

    private static List<ListRow> people(int n) {
        List<ListRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ListRow(String.format("P%06d", i + 1), "PERSONA " + i, "V-" + (10_000_000 + i), "ngo #" + i + " (input/ngo.csv, line " + (i + 2) + ")", ""));
        }
        return out;
    }

    private static List<List<ListRow>> lists(List<ListRow> people) {
        List<List<ListRow>> out = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            List<ListRow> rows = new ArrayList<>();
            for (int i = k; i < people.size(); i += k + 1) {
                ListRow p = people.get(i);
                rows.add(k % 2 == 0 ? p : new ListRow(p.entityId(), p.name(), p.idNumber(), p.sourceRows(), "detalle " + k));
            }
            out.add(rows);
        }
        return out;
    }

    @Test
    void listsWrittenBesideReadBackAsKeptBeforeAndAfterFinishAndMatchTheFilesWrittenInTurn(@TempDir Path dir) throws Exception {
        // given the same people and lists kept by lists written in turn and by lists written beside
        JdbcTemplate jdbc = database("beside");
        List<ListRow> people = people(3_000);
        List<List<ListRow>> kept = lists(people);
        StageStore inTurn = new StageStore(jdbc, dir.resolve("in-turn").toString(), "");
        StageStore beside = new StageStore(jdbc, dir.resolve("beside").toString(), "");
        StagedLists a = new StagedLists(inTurn, 1);
        StagedLists b = StagedLists.writingBeside(beside, 2);
        a.people(people);
        b.people(people);
        List<List<ListRow>> viewsB = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            a.keep("list-" + k, kept.get(k));
            viewsB.add(b.keep("list-" + k, kept.get(k)));
        }
        // when the first list is read before finish, and the others after it
        List<ListRow> readEarly = new ArrayList<>(viewsB.get(0));
        b.finish();
        // then every list reads back as kept
        assertThat(readEarly).isEqualTo(kept.get(0));
        for (int k = 0; k < kept.size(); k++) {
            assertThat(new ArrayList<>(viewsB.get(k))).as("list " + k).isEqualTo(kept.get(k));
        }
        // and each file is the one written in turn, byte for byte, recorded complete
        for (int k = 0; k < kept.size(); k++) {
            String stage = StagedLists.stage("list-" + k);
            assertThat(Files.readAllBytes(new StageFiles(dir.resolve("beside"), "").file(2, stage)))
                    .isEqualTo(Files.readAllBytes(new StageFiles(dir.resolve("in-turn"), "").file(1, stage)));
            assertThat(jdbc.queryForObject("SELECT items FROM rc_stage WHERE run_key = 2 AND stage = ?", Long.class, stage))
                    .isEqualTo(kept.get(k).size());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_stage WHERE run_key = 2", Integer.class)).isEqualTo(kept.size() + 1);
    }
}
