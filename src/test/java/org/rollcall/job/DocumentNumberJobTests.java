package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Central-American coalition's lists through the command line: Nicaraguan cédulas
 * ("001-230481-4373B") on the NGO's list and in the government's communiqué. Under {@code
 * id-format: any} they are kept and keep namesakes apart; under the default they are said to be
 * unread, loudly, never silently matched on the name alone.
 */
class DocumentNumberJobTests {

    @TempDir
    Path dir;

    /** Two namesakes with different cédulas, a third person, and that third person's row again with the number written without dashes. */
    private static final String NGO = """
            No.,Nombres,Apellidos,No. Identidad,Delitos imputados
            1,José Ángel,Pérez López,001-150385-0012K,Terrorismo
            2,José Ángel,Pérez López,281-070667-9176N,Obstrucción de funciones
            3,Ruth,Tzul Caal,401-161190-8811L,Obstrucción de funciones
            4,Ruth,Tzul Caal,4011611908811L,Obstrucción de funciones
            """;

    private static final String COMMUNIQUE = """
            El Gobierno informa que se otorga el beneficio de amnistía a DOS (2) personas privadas de libertad:
            1. JOSÉ ÁNGEL PÉREZ LÓPEZ, Identidad 281-070667-9176N
            2. RUTH TZUL CAAL, Identidad 401-161190-8811L
            """;

    private record Run(int code, String said, Path latest) {
    }

    private Run run(String idFormat, String ngo) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/ngo.csv"), ngo);
        Files.writeString(dir.resolve("in/comunicado.txt"), COMMUNIQUE);
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                name: coalicion
                sources:
                  - id: ngo
                    kind: ngo-list
                    path: %1$s/in/ngo.csv
                    format: csv
                    %2$s
                    snapshot-date: 2026-11-20
                    columns: {record-ref: "No.", given-names: Nombres, surnames: Apellidos, id-number: "No. Identidad", offence: "Delitos imputados"}
                  - id: gob
                    kind: announcement
                    path: %1$s/in/comunicado.txt
                    format: txt
                    %2$s
                    snapshot-date: 2026-11-20
                report:
                  output-dir: %1$s/out
                  language: en
                """.formatted(dir, idFormat));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.runJob(job, new String[] {"--rollcall.data-dir=" + dir.resolve("data")}, new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true), Map.of());
        return new Run(code, err.toString(StandardCharsets.UTF_8), dir.resolve("out/coalicion/latest"));
    }

    @Test
    void namesakesWithDifferentNicaraguanCedulasStayTwoPeopleUnderIdFormatAny() throws Exception {
        // given two José Ángel Pérez López with different cédulas, and Ruth Tzul Caal twice (her number with and without dashes)
        // when the job is run with id-format: any
        Run run = run("id-format: any", NGO);
        // then there are three people, the namesakes apart, and the communiqué's José Ángel is the one of his cédula
        assertThat(run.code()).as(run.said()).isZero();
        Map<String, Long> figures = Reports.figures(run.latest());
        assertThat(figures).containsEntry("ngo-rows", 4L).containsEntry("ngo-people", 3L).containsEntry("ngo-duplicate-rows", 1L)
                .containsEntry("people", 3L).containsEntry("listed", 2L).containsEntry("listed-on-ngo-list", 2L)
                .containsEntry("listed-unknown-to-ngo", 0L).containsEntry("field-problems", 0L);
        Map<String, String> entities = Reports.entities(run.latest());
        assertThat(entities.get("ngo|1")).isNotEqualTo(entities.get("ngo|2"));
        assertThat(entities.get("gob|1")).isEqualTo(entities.get("ngo|2"));
        assertThat(entities.get("ngo|3")).isEqualTo(entities.get("ngo|4")).isEqualTo(entities.get("gob|2"));
        // and the numbers are shown as written
        assertThat(Files.readString(run.latest().resolve("lists/listed-on-ngo-list.csv"))).contains("281-070667-9176N", "401-161190-8811L");
    }

    @Test
    void underTheDefaultNicaraguanCedulasNoneOfWhichReadsAreAFileProblemAndAWarningNamingTheSetting() throws Exception {
        // given an NGO list of six Nicaraguan cédulas, read with the default id-format (Venezuelan cédulas)
        String six = NGO + """
                5,Yader,Obando Cruz,001-010190-0001A,Obstrucción de funciones
                6,Kenia,Mairena Rocha,001-020290-0002B,Obstrucción de funciones
                """;
        // when the job is run
        Run run = run("", six);
        // then it exits 10, the console names the file, the column, two of its values and the setting that reads them
        assertThat(run.code()).as(run.said()).isEqualTo(10);
        assertThat(run.said()).contains("in/ngo.csv", "'No. Identidad'", "'001-150385-0012K'", "id-format: any");
        // and the report's opening warns, naming the source and the setting
        String html = Files.readString(run.latest().resolve("report.html"));
        assertThat(html).contains("are not Venezuelan cédulas", "id-format: any");
        assertThat(Reports.figures(run.latest())).containsEntry("ngo-rows", 6L);
    }
}
