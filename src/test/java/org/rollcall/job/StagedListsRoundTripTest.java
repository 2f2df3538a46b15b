package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A list's person rows are stored as the person's place and the detail, and read back as the very rows kept. */
class StagedListsRoundTripTest {

    private static StageStore store(Path dir, String db) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute("CREATE TABLE IF NOT EXISTS rc_stage (run_key BIGINT NOT NULL, stage VARCHAR(40) NOT NULL, items BIGINT NOT NULL, "
                + "bytes BIGINT NOT NULL, checksum BIGINT NOT NULL, PRIMARY KEY (run_key, stage))");
        return new StageStore(jdbc, dir.toString(), "");
    }

    private static ListRow person(int i) {
        return new ListRow(String.format("P%06d", i), "PERSONA NÚMERO " + i, "V" + (10_000_000 + i),
                "ngo #" + i + " (input/ngo.csv, row " + (i + 2) + "); tribunales #" + i + " (input/decisiones.csv, row " + (i + 2) + ")", "",
                i % 3 == 0 ? null : LocalDate.of(2025, 1 + i % 12, 1 + i % 28));
    }

    @Test
    void givenPersonRowsRecordRowsAndLookAlikesWhenKeptAndReadInANewProcessThenEveryRowComesBackAsKept(@TempDir Path dir) throws Exception {
        // given 2,000 people and three lists: the people with and without a detail, source rows of theirs, and rows that only share an id
        StageStore store = store(dir, "roundtrip");
        StagedLists lists = new StagedLists(store, 7);
        List<ListRow> people = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            people.add(person(i));
        }
        lists.people(people);
        List<ListRow> withDetail = new ArrayList<>();
        List<ListRow> sourceRows = new ArrayList<>();
        List<ListRow> lookAlikes = new ArrayList<>();
        for (int i = 0; i < people.size(); i += 2) {
            ListRow p = people.get(i);
            withDetail.add(i % 4 == 0 ? p : new ListRow(p.entityId(), p.name(), p.idNumber(), p.sourceRows(), "2025-01-0" + (i % 9) + " detenido", p.date()));
            sourceRows.add(new ListRow(p.entityId(), "Persona " + i, p.idNumber(), "ngo #" + i + " (input/ngo.csv, row " + (i + 2) + ")", "", p.date()));
            lookAlikes.add(new ListRow(p.entityId(), p.name(), p.idNumber(), p.sourceRows(), "otra fecha", LocalDate.of(2020, 1, 1)));
        }
        lookAlikes.add(new ListRow("", "", "", "claims (input/comunicado.txt, line 3)", "379: …"));
        Map<String, List<ListRow>> kept = new LinkedHashMap<>();
        kept.put("people", withDetail);
        kept.put("ngo-rows", sourceRows);
        kept.put("other", lookAlikes);
        Reconciliation rec = new Reconciliation(List.of(new Figure("people", withDetail.size(), "people", false)), kept, List.of(), List.of(),
                List.of()).withRows(lists::keep);
        // when the report reads them with a StagedLists of its own (as a resumed run in a new process does)
        Reconciliation read = new StagedLists(store, 7).attach(StagedLists.withoutRows(rec));
        // then every list holds the rows kept, in order, and the first rows alone read back too
        for (Map.Entry<String, List<ListRow>> e : kept.entrySet()) {
            assertThat(new ArrayList<>(read.lists().get(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(read.lists().get(e.getKey()).subList(0, 3)).as(e.getKey()).containsExactlyElementsOf(e.getValue().subList(0, 3));
            assertThat(read.lists().get(e.getKey()).get(5)).isEqualTo(e.getValue().get(5));
        }
        // and a list of people's rows is stored as places and details, not as their texts again
        Path file = new StageFiles(dir, "").file(7, StagedLists.stage("people"));
        Path whole = new StageFiles(dir, "").file(7, StagedLists.stage("ngo-rows"));
        assertThat(Files.size(file)).isLessThan(Files.size(whole) / 2);
    }
}
