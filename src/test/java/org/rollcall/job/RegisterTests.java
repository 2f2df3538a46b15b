package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The person register across nightly runs: ids stay when lists are read again, a new list row
 * gets a new person, a row that left its list is reported, and a status change is reported.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:register;DB_CLOSE_DELAY=-1")
class RegisterTests {

    @TempDir
    Path dir;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void idsAreStableAcrossRunsAndChangesAreReported() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        assertThat(runner.run(sample.job()).code()).isEqualTo(ExitCode.COMPLETED);
        Map<String, String> first = Reports.entities(sample.latest());
        assertThat(Reports.figures(sample.latest())).containsEntry("changes-new-people", 0L);

        // the next night: one name struck from the communiqué, one ruling denied instead of granted, one new court case
        Path communique = dir.resolve("input/gobierno/comunicado-amnistia-2026-11-20.txt");
        List<String> lines = Files.readAllLines(communique);
        String struck = lines.stream().filter(l -> l.startsWith("5. ")).findFirst().orElseThrow();
        Files.write(communique, lines.stream().map(l -> l.equals(struck) ? "" : l).toList());
        Path rulings = dir.resolve("input/tribunales/decisiones-2026-11-21.csv");
        String csv = Files.readString(rulings);
        Files.writeString(rulings, csv + "AP01-P-2026-007777,Tribunal 9° de Control de Caracas,\"Zambrano Quiñones, Ramiro\",V-30111222,"
                + "Conspiración,En revisión,20/11/2026\n");
        assertThat(runner.run(sample.job()).code()).isEqualTo(ExitCode.COMPLETED);
        Map<String, String> second = Reports.entities(sample.latest());
        Map<String, Long> figures = Reports.figures(sample.latest());

        long kept = first.entrySet().stream().filter(e -> e.getValue().equals(second.get(e.getKey()))).count();
        assertThat(kept).as("records of the first run that kept their person id").isGreaterThanOrEqualTo(first.size() - 2);
        assertThat(figures.get("changes-new-people")).isEqualTo(1);
        assertThat(figures.get("changes-vanished")).isGreaterThanOrEqualTo(1);
        assertThat(Files.readString(sample.latest().resolve("lists/changes-new-people.csv"))).contains("Zambrano Quiñones, Ramiro");
        assertThat(Files.readString(sample.latest().resolve("lists/changes-vanished.csv"))).as("in the report's language (es)").contains("ya no está en amnistia");
        Integer people = jdbc.queryForObject("SELECT COUNT(*) FROM rc_register_person WHERE job = 'nightly'", Integer.class);
        assertThat(people).as("one new person in the register, nobody duplicated").isEqualTo(first.values().stream().distinct().count() + 1);
    }
}
