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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A communiqué and its correction (src/test/resources/fixtures/fe-de-erratas), through the real
 * job: every figure against the truth computed by hand in its README — the correction's total
 * replaces the figure it corrects, the people it excludes are no longer listed nor amnestied by
 * the list, an entry it writes anew is listed once as the correction writes it, and an exclusion
 * that matches nobody is a field problem.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:fe-de-erratas;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionJobTests {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/fe-de-erratas");

    @TempDir
    static Path dir;

    @Autowired
    JobRunner runner;

    JobRunner.Outcome outcome;

    @BeforeAll
    void runTheJobOnce() throws Exception {
        FixtureJobs.copy(FIXTURE, dir);
        outcome = runner.run(JobFiles.load(dir.resolve("jobs/fe-de-erratas.yaml"), dir));
    }

    private Path latest() {
        return dir.resolve("output/fe-de-erratas/latest");
    }

    @Test
    void everyFigureEqualsTheTruthComputedByHand() throws IOException {
        assertThat(outcome.code()).isEqualTo(ExitCode.COMPLETED);
        FixtureJobs.assertFiguresAsComputedByHand(FIXTURE, latest());
    }

    @Test
    void theAnnouncedListShowsTheReplacedFigureBesideTheCorrectedTotal() throws IOException {
        String announced = Files.readString(latest().resolve("lists/announced.csv"));
        assertThat(announced).contains("5: El Ministerio informa", "reemplazada por el total de la corrección correccion (input/correccion-2026-11-21.txt, línea 17): 2")
                .contains("2: En consecuencia, el número de beneficiarios queda en DOS (2) ciudadanos.");
        JsonNode claims = new ObjectMapper().readTree(latest().resolve("summary.json").toFile()).get("claims");
        List<String> subjects = claims.valueStream().map(c -> c.get("subject").asString() + " " + c.get("value").asLong()).toList();
        assertThat(subjects).containsExactly("amnestied-replaced 5", "amnestied-before 5", "amnestied-corrected 2");
    }

    @Test
    void theWithdrawnAreListedApartWithTheCorrectionsLineAndTheirTimelineSaysSo() throws IOException {
        String withdrawn = Files.readString(latest().resolve("lists/listed-withdrawn.csv"));
        assertThat(withdrawn).contains("CAMPOS DÍAZ", "retirado de la lista de amnistía por correccion #c1 (input/correccion-2026-11-21.txt, línea 7) el 2026-11-21")
                .contains("DUARTE ESPINOZA", "correccion #1 (input/correccion-2026-11-21.txt, línea 13)")
                .doesNotContain("ITURBE");
        String people = Files.readString(latest().resolve("lists/people.csv"));
        assertThat(people).contains("2024-10-20 detenido; 2026-11-18 amnistía anunciada; 2026-11-21 retirado de la lista de amnistía");
        assertThat(Files.readString(latest().resolve("lists/not-amnestied-no-ruling.csv"))).contains("CAMPOS DÍAZ").contains("GIL HERRERA");
    }

    @Test
    void theEntryWrittenAnewIsListedOnceAsTheCorrectionWritesIt() throws IOException {
        String listed = Files.readString(latest().resolve("lists/listed.csv"));
        assertThat(listed).contains("JOSÉ GREGORIO FLORES GÓMEZ", "amnistia #5", "donde decía 'JOSE GREGRIO FLORS'");
        assertThat(listed.lines().filter(l -> l.contains("FLOR"))).hasSize(1);
    }

    @Test
    void anExclusionThatMatchesNobodyIsAFieldProblemAndEveryLineIsAccountedFor() throws IOException {
        assertThat(Files.readString(latest().resolve("lists/field-problems.csv"))).contains("ITURBE SOTO", "ninguna entrada de un anuncio leído antes la nombra");
        JsonNode accounting = new ObjectMapper().readTree(latest().resolve("summary.json").toFile()).get("accounting");
        JsonNode correction = accounting.valueStream().filter(a -> a.get("sourceId").asString().equals("correccion")).findFirst().orElseThrow();
        assertThat(Map.of("read", correction.get("read").asInt(), "records", correction.get("records").asInt(), "rejected",
                correction.get("rejected").asInt(), "prose", correction.get("ignored").get("prose").asInt(), "blank",
                correction.get("ignored").get("blank").asInt())).isEqualTo(Map.of("read", 19, "records", 4, "rejected", 0, "prose", 6, "blank", 9));
        assertThat(correction.get("problem").isNull()).isTrue();
    }
}
