package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A law with a period, an age and a sentence (src/test/resources/fixtures/ley-periodo), through
 * the real job: every figure against the truth computed by hand in its README, the people the
 * rules cannot decide counted apart, and the communiqué's words-vs-digits figure in the headline.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:ley-periodo;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LawWithAPeriodJobTests {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/ley-periodo");

    @TempDir
    static Path dir;

    @Autowired
    JobRunner runner;

    JobRunner.Outcome outcome;

    @BeforeAll
    void runTheJobOnce() throws Exception {
        FixtureJobs.copy(FIXTURE, dir);
        outcome = runner.run(JobFiles.load(dir.resolve("jobs/ley-periodo.yaml"), dir));
    }

    private Path latest() {
        return dir.resolve("output/ley-periodo/latest");
    }

    @Test
    void everyFigureEqualsTheTruthComputedByHand() throws IOException {
        assertThat(outcome.code()).isEqualTo(ExitCode.COMPLETED);
        FixtureJobs.assertFiguresAsComputedByHand(FIXTURE, latest());
        Map<String, Long> figures = Reports.figures(latest());
        long reasons = figures.entrySet().stream().filter(e -> e.getKey().startsWith("not-amnestied-")).mapToLong(Map.Entry::getValue).sum();
        assertThat(reasons).as("the reasons, undetermined included, add up to not-amnestied").isEqualTo(figures.get("not-amnestied"));
    }

    @Test
    void eachUndeterminedPersonNamesTheRuleAndWhatIsMissing() throws IOException {
        String undetermined = Files.readString(latest().resolve("lists/not-amnestied-undetermined.csv"));
        assertThat(undetermined).contains("FLORES GÓMEZ", "la condición de amnistía (amnestied) no se puede decidir: ningún registro da fecha de detención")
                .contains("GIL HERRERA", "fecha de detención '31/02/2025' no se puede leer")
                .contains("HERNÁNDEZ ITURBE", "pena 'no consta' no se puede leer")
                .doesNotContain("ESPINOZA FARÍAS");
    }

    @Test
    void conflictingValuesAndUnreadableNumbersAreFieldProblemsNamingTheRows() throws IOException {
        String problems = Files.readString(latest().resolve("lists/field-problems.csv"));
        assertThat(problems).contains("JAIMES KLEIN", "'9' (ong #10", "'6 años' (ong #11", "se cumple por ''6 años''".replace("''", "'"))
                .contains("HERNÁNDEZ ITURBE", "'no consta' no se puede leer como un número");
    }

    @Test
    void theHeadlineWarnsOfTheDoubtedFigureAndOfThePeopleTheRulesCannotDecide() throws IOException {
        String html = Files.readString(latest().resolve("report.html"));
        String headline = html.substring(html.indexOf("id=\"headline\""), html.indexOf("id=\"context\""));
        assertThat(headline).contains("Atención: una cifra anunciada está en duda: la cifra en letras (2) difiere de la cifra en números (3)")
                .contains("Atención: las reglas no pueden decidir sobre 3 de las personas de la ONG");
        assertThat(headline.indexOf("una cifra anunciada está en duda")).isLessThan(headline.indexOf("De 10 personas"));
        assertThat(html).as("the figure's label in the report's language").contains("no amnistiadas: indeterminado");
    }
}
