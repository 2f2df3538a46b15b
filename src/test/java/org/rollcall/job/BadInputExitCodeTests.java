package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus through the command line: a court CSV that goes wrong in one way, beside a
 * good communiqué. The exit code says what happened, the message names the file (and row) and what
 * to do, and the good source still gives its figures. (Workbook and PDF cases, with their
 * messages, are in BadInputCorpusTest; their exit code is the same 10 as a corrupt file here.)
 */
class BadInputExitCodeTests {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        String header = "Expediente,Imputado,Cédula,Decisión\n";
        String good = "AP-1,\"Pérez González, José\",V-12345678,Amnistía otorgada\n";
        return Stream.of(
                Arguments.of("latin-1 without declaring it", bytes(header + good + "AP-2,\"Muñoz, Ana\",V-7654321,Amnistía negada\n",
                        Charset.forName("ISO-8859-1")), 0, "cannot be read as UTF-8 CSV"),
                Arguments.of("utf-8 with a byte-order mark", bom(header + good), 0, null),
                Arguments.of("wrong separator", bytes((header + good).replace(',', ';'), StandardCharsets.UTF_8), 2,
                        "seems to use ';' to separate columns"),
                Arguments.of("renamed column", bytes(header.replace("Cédula", "Documento") + good, StandardCharsets.UTF_8), 2,
                        "column 'Cédula' is not in the header"),
                Arguments.of("empty file", new byte[0], 10, "the file is empty"),
                Arguments.of("a 10 MB cell", bytes(header + "AP-3,\"" + "x".repeat(10 * 1024 * 1024) + "\",V-1234567,En revisión\n" + good,
                        StandardCharsets.UTF_8), 0, "characters; no name, number or date is that long"),
                Arguments.of("formula injection", bytes(header + "AP-4,\"=HYPERLINK(\"\"http://x\"\")\",V-2345678,En revisión\n" + good,
                        StandardCharsets.UTF_8), 0, null));
    }

    private static byte[] bytes(String s, Charset c) {
        return s.getBytes(c);
    }

    private static byte[] bom(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitCodeAndMessageSayWhatHappenedAndTheGoodSourceStillCounts(String name, byte[] csv, int exitCode, String message) throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.write(dir.resolve("in/courts.csv"), csv);
        Files.writeString(dir.resolve("in/comunicado.txt"), "Se otorga amnistía a CIEN (100) ciudadanos.\n\n1. ANA SALAS RIVAS, C.I. V-7.654.321\n");
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                name: corpus
                sources:
                  - id: gov
                    kind: announcement
                    path: %1$s/in/comunicado.txt
                    format: txt
                  - id: courts
                    kind: court-rulings
                    path: %1$s/in/courts.csv
                    format: csv
                    columns: {case-number: Expediente, full-name: Imputado, id-number: Cédula, decision: Decisión}
                    decisions: {granted: ["Amnistía otorgada"], denied: ["Amnistía negada"], under-review: ["En revisión"]}
                report:
                  output-dir: %1$s/out
                """.formatted(dir));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.runJob(job, new String[] {"--rollcall.data-dir=" + dir.resolve("data")}, new PrintStream(out, true),
                new PrintStream(err, true), Map.of());
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(said).isEqualTo(exitCode);
        Path latest = dir.resolve("out/corpus/latest");
        if (exitCode == 2) {
            assertThat(said).contains("courts.csv").contains(message);
            assertThat(latest).as("an invalid job writes nothing").doesNotExist();
            return;
        }
        assertThat(Reports.figures(latest)).as("the good source still counts").containsEntry("announced", 100L).containsEntry("listed", 1L);
        String rejected = Files.readString(latest.resolve("lists/rejected-rows.csv"));
        if (message != null) {
            assertThat(rejected).contains("courts.csv").contains(message);
        }
        if (name.equals("formula injection")) {
            assertThat(Files.readString(latest.resolve("lists/rulings.csv"))).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        }
    }
}
