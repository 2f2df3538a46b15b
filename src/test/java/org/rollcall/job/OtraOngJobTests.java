package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The law of issue 10 on lists in another NGO's layout (src/test/resources/fixtures/otra-ong),
 * through the real job; every figure against the truth computed by hand in its README.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:otra-ong;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtraOngJobTests {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/otra-ong");

    @TempDir
    static Path dir;

    @Autowired
    JobRunner runner;

    JobRunner.Outcome outcome;

    @BeforeAll
    void runTheJobOnce() throws Exception {
        FixtureJobs.copy(FIXTURE, dir);
        outcome = runner.run(JobFiles.load(dir.resolve("jobs/otra-ong.yaml"), dir));
    }

    private Path latest() {
        return dir.resolve("output/otra-ong/latest");
    }

    @Test
    void everyFigureEqualsTheTruthComputedByHand() throws IOException {
        assertThat(outcome.code()).isEqualTo(ExitCode.COMPLETED);
        FixtureJobs.assertFiguresAsComputedByHand(FIXTURE, latest());
    }

    @Test
    void theReasonsPartitionTheNgosPeopleNotAmnestied() {
        Map<String, Long> f = Reports.figures(latest());
        long reasons = f.entrySet().stream().filter(e -> e.getKey().startsWith("not-amnestied-")).mapToLong(Map.Entry::getValue).sum();
        assertThat(reasons).isEqualTo(f.get("not-amnestied"));
        assertThat(f.get("amnestied") + f.get("not-amnestied")).isEqualTo(f.get("ngo-people"));
        assertThat(f.get("amnestied-via-list") + f.get("amnestied-via-court-only")).isEqualTo(f.get("amnestied"));
        assertThat(f).doesNotContainKey("not-amnestied-unclassified");
    }

    @Test
    void eachRowNamesItsRuleAndEvidenceAndEachListMatchesItsFigure() throws IOException {
        Map<String, Long> f = Reports.figures(latest());
        for (String key : List.of("amnestied", "not-amnestied-armed-actions", "released-and-rearrested", "unreadable-events", "granted-not-listed")) {
            assertThat(Files.readAllLines(latest().resolve("lists/" + key + ".csv")).size() - 1L).as(key).isEqualTo(f.get(key));
        }
        String security = Files.readString(latest().resolve("lists/not-amnestied-security-forces-terrorism.csv"));
        assertThat(security).as("evidence in the job's language (es)").contains("ESCALONA GIL",
                "security-forces-terrorism: la única decisión: amnistía negada (Negada), causa AP-104",
                "motivo 'según art. 9, num. 2'", "input/decisiones-tribunales.csv, línea 6");
        String military = Files.readString(latest().resolve("lists/not-amnestied-military.csv"));
        assertThat(military).contains("CASTILLO PEÑA", "military es 'Militar'").doesNotContain("LÓPEZ MORA");
        String rearrested = Files.readString(latest().resolve("lists/released-and-rearrested.csv"));
        assertThat(rearrested).contains("observaciones: 'detenido nuevamente el 09/04/2025'", "una segunda fila con otra fecha de detención");
        String people = Files.readString(latest().resolve("lists/people.csv"));
        assertThat(people).contains("military: Militar; sex: M; occupation: Capitán (Ejército); centre: Ramo Verde");
    }
}
