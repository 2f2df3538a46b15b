package org.rollcall.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
                Arguments.of("latin-1 without declaring it: read as such", bytes(header + good + "AP-2,\"Muñoz, Ana\",V-7654321,Amnistía negada\n",
                        Charset.forName("ISO-8859-1")), 0, null),
                Arguments.of("a latin-1 line in a utf-8 file", concat(bytes(header + good, StandardCharsets.UTF_8),
                        bytes("AP-2,\"Muñoz, Ana\",V-7654321,Amnistía negada\n", Charset.forName("ISO-8859-1"))), 0,
                        "is not valid UTF-8, the encoding declared for this source"),
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
        if (exitCode == 10) {
            assertThat(said).as("the console names each file lost and why").contains("in/courts.csv").contains(message);
        }
        if (name.equals("formula injection")) {
            assertThat(Files.readString(latest.resolve("lists/rulings.csv"))).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        }
    }

    // ---- issue 11: every row and line accounted for; one regression fixture per defect reported ----

    /** What a run of a job with the given sources said and wrote. */
    record Run(int code, String said, Path latest) {
        String list(String key) throws IOException {
            return Files.readString(latest.resolve("lists/" + key + ".csv"));
        }

        long figure(String key) {
            return Reports.figures(latest).getOrDefault(key, -1L);
        }
    }

    /** Runs a job of a good communiqué (one listed name, 100 announced) plus {@code sources}, a YAML list of more sources. */
    private Run run(String sources) {
        try {
            Files.createDirectories(dir.resolve("in"));
            Files.writeString(dir.resolve("in/comunicado.txt"), "Se otorga amnistía a CIEN (100) ciudadanos.\n\n1. ANA SALAS RIVAS, C.I. V-7.654.321\n");
            Path job = dir.resolve("job.yaml");
            Files.writeString(job, """
                    name: corpus
                    sources:
                      - id: gov
                        kind: announcement
                        path: %1$s/in/comunicado.txt
                        format: txt
                    %2$s
                    report:
                      output-dir: %1$s/out
                    """.formatted(dir, sources.indent(2).stripTrailing()));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.runJob(job, new String[] {"--rollcall.data-dir=" + dir.resolve("data")}, new PrintStream(new ByteArrayOutputStream(), true),
                    new PrintStream(err, true), Map.of());
            return new Run(code, err.toString(StandardCharsets.UTF_8), dir.resolve("out/corpus/latest"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String COURTS = """
            - id: courts
              kind: court-rulings
              path: %s
              format: csv
              columns: {case-number: Expediente, full-name: Imputado, id-number: Cédula, decision: Decisión}
              decisions: {granted: ["Amnistía otorgada"], denied: ["Amnistía negada"], under-review: ["En revisión"]}
            """;

    private String courts(String file, byte[] body) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.write(dir.resolve("in/" + file), body);
        return COURTS.formatted(dir.resolve("in/" + file));
    }

    /** n court rulings, one per line, with distinct fictional names, the header first. */
    private static String rulings(int n) {
        StringBuilder sb = new StringBuilder("Expediente,Imputado,Cédula,Decisión\n");
        String[] given = {"Ana", "Luis", "Marta", "Pedro", "Rosa", "Juan", "Elena", "Hugo", "Inés", "Tomás", "Lidia"};
        String[] surnames = {"Pérez", "Salas", "Rivas", "Mora", "Díaz", "Paz", "Rojas", "Vera", "León", "Soto", "Luna", "Gil", "Toro"};
        for (int i = 1; i <= n; i++) {
            sb.append("AP-").append(i).append(",\"").append(surnames[i % 13]).append(' ').append(surnames[(i / 13) % 13]).append(", ")
                    .append(given[i % 11]).append("\",V-").append(10_000_000 + i * 7).append(",Amnistía otorgada\n");
        }
        return sb.toString();
    }

    @Test
    void anUnbalancedQuoteCostsItsOwnRowNotTheRestOfTheFile() throws Exception {
        // given 331 rulings whose line 101 opens a quote it never closes
        List<String> lines = new ArrayList<>(rulings(331).lines().toList());
        lines.set(100, lines.get(100).replace(",\"", ",\"\"\"").replaceFirst("\",V-", ",V-"));
        // when
        Run r = run(courts("courts.csv", String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8)));
        // then line 101 alone is lost, named with its reason; the 330 others are counted
        assertThat(r.code()).as(r.said()).isZero();
        assertThat(r.figure("rulings")).isEqualTo(330);
        assertThat(r.list("rejected-rows")).contains("courts.csv, line 101").contains("unbalanced quote");
        assertThat(r.figure("announced")).isEqualTo(100);
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsReadWhateverIsDeclared() throws Exception {
        byte[] text = rulings(20).getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) 0xFF;
        body[1] = (byte) 0xFE;
        System.arraycopy(text, 0, body, 2, text.length);
        Run r = run(courts("utf16.csv", body));
        assertThat(r.code()).as(r.said()).isZero();
        assertThat(r.figure("rulings")).isEqualTo(20);
    }

    @Test
    void aUtf16FileWithoutAByteOrderMarkIsAFileLevelProblemNamingTheEncodingToWrite() throws Exception {
        Run r = run(courts("utf16.csv", rulings(20).getBytes(StandardCharsets.UTF_16LE)));
        assertThat(r.code()).as(r.said()).isEqualTo(10);
        // nothing was declared: the message does not say "as declared", nor repeat the file's path
        assertThat(r.list("rejected-rows")).contains("utf16.csv").contains("looks like UTF-16LE").contains("write encoding: UTF-16LE")
                .doesNotContain("as declared").doesNotContain("utf16.csv: " + dir);
        assertThat(r.figure("announced")).isEqualTo(100);
        assertThat(r.figure("listed")).isEqualTo(1);
    }

    @Test
    void aUtf16FileWithoutAByteOrderMarkDeclaredUtf8SaysWhatWasDeclared() throws Exception {
        Run r = run(courts("utf16.csv", rulings(20).getBytes(StandardCharsets.UTF_16LE)).replace("format: csv", "format: csv\n  encoding: UTF-8"));
        assertThat(r.code()).as(r.said()).isEqualTo(10);
        assertThat(r.list("rejected-rows")).contains("not UTF-8 as the job file declares");
    }

    @Test
    void aUtf8FileDeclaredWindows1252IsRefusedBeforeTheRunNamingTheEncodingNeverAGarbledColumn() throws Exception {
        // given a UTF-8 file of 20 rulings, declared windows-1252
        String source = courts("utf8.csv", rulings(20).getBytes(StandardCharsets.UTF_8)).replace("format: csv", "format: csv\n  encoding: windows-1252");
        // when it runs
        Run r = run(source);
        // then exit 2, the file's encoding named and how to write it, no garbled name suggested
        assertThat(r.code()).as(r.said()).isEqualTo(2);
        assertThat(r.said()).contains("utf8.csv is UTF-8 text, not windows-1252").contains("write encoding: UTF-8").doesNotContain("did you mean");
        // and a job file whose column names were copied garbled is told their right spelling
        Run garbled = run(source.replace("Cédula", "CÃ©dula"));
        assertThat(garbled.code()).isEqualTo(2);
        assertThat(garbled.said()).contains("write encoding: UTF-8").contains("'CÃ©dula' → 'Cédula'");
    }

    @Test
    void aWindows1252FileDeclaredUtf8IsRefusedBeforeTheRunNamingItsEncoding() throws Exception {
        String source = courts("cp1252.csv", rulings(20).getBytes(Charset.forName("windows-1252")))
                .replace("format: csv", "format: csv\n  encoding: UTF-8");
        Run r = run(source);
        assertThat(r.code()).as(r.said()).isEqualTo(2);
        assertThat(r.said()).contains("cp1252.csv is windows-1252 text, not UTF-8").contains("write encoding: windows-1252")
                .doesNotContain("Fix the column name");
    }

    @Test
    void aTrailingSeparatorOnDataRowsOnlyLosesNoRow() throws Exception {
        String body = rulings(30).lines().map(l -> l.startsWith("Expediente") ? l : l + ",").reduce("", (a, b) -> a + b + "\n");
        Run r = run(courts("trailing.csv", body.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.code()).as(r.said()).isZero();
        assertThat(r.figure("rulings")).isEqualTo(30);
        assertThat(r.figure("rejected-rows")).isZero();
    }

    @Test
    void aHeaderOnlyFileIsAFileLevelProblem() throws Exception {
        Run r = run(courts("header-only.csv", "Expediente,Imputado,Cédula,Decisión\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.code()).as(r.said()).isEqualTo(10);
        assertThat(r.list("rejected-rows")).contains("header-only.csv").contains("yields no record");
        assertThat(r.figure("listed")).isEqualTo(1);
    }

    @Test
    void twoDigitYearsReadWithTheStatedBaseAndAreRefusedWithoutOne() throws Exception {
        String csv = "Expediente,Imputado,Cédula,Decisión,Fecha\n" + "AP-1,\"Pérez, José\",V-12345678,Amnistía otorgada,05/03/26\n"
                + "AP-2,\"Salas, Ana\",V-7654321,Amnistía negada,31/12/25\n" + "AP-3,\"Mora, Luis\",V-8765432,En revisión,32/12/25\n";
        String source = courts("dates.csv", csv.getBytes(StandardCharsets.UTF_8))
                .replace("decision: Decisión}", "decision: Decisión, decision-date: Fecha}") + "  date-formats: [\"dd/MM/yy\"]\n";
        Run refused = run(source);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.said()).contains("two-digit-year-base");
        assertThat(refused.latest()).doesNotExist();
        Run r = run(source + "  two-digit-year-base: 1940\n");
        assertThat(r.code()).as(r.said()).isZero();
        assertThat(r.figure("rulings")).isEqualTo(3);
        assertThat(r.list("field-problems")).contains("32/12/25").doesNotContain("05/03/26").doesNotContain("31/12/25");
        assertThat(r.list("rulings")).contains("2026-03-05");
    }

    @Test
    void aJobFileWithASecondSourcesKeyIsRefusedWithBothLines() throws Exception {
        // given a job whose second 'sources:' would silently replace the first
        Path job = dir.resolve("twice.yaml");
        Files.writeString(job, """
                name: corpus
                sources:
                  - {id: a, kind: announcement, path: %1$s/a.txt, format: txt}
                  - {id: b, kind: announcement, path: %1$s/b.txt, format: txt}
                report:
                  output-dir: %1$s/out
                sources:
                  - {id: c, kind: announcement, path: %1$s/c.txt, format: txt}
                """.formatted(dir));
        for (String f : List.of("a.txt", "b.txt", "c.txt")) {
            Files.writeString(dir.resolve(f), "Se otorga amnistía a 10 ciudadanos.\n");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.runJob(job, new String[] {"--rollcall.data-dir=" + dir.resolve("data")}, new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true), Map.of());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2 and line 7: key 'sources' is written twice");
        assertThat(dir.resolve("out")).as("nothing written").doesNotExist();
    }

    @Test
    void aCommuniqueListLosesNoLine() throws Exception {
        // given a list with a 6-digit cédula, a wrapped name, a numbering typo and a second sub-list without cédulas
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/lista.txt"), """
                Se otorga amnistía a SIETE (7) ciudadanos, a saber:

                ESTADO ZULIA
                1. Luis Alberto Núñez González, C.I. N° E-619.036
                2. María de los Ángeles Rodríguez
                   Salas, CI: V-9.876.543
                3. Pedro Pablo Mora León, cédula 12345678
                5. Ana Isabel Rivas Paz, C.I. S/N
                5. Carmen Rosa Díaz Peña, C.I. no disponible
                Página 1 de 2
                ESTADO LARA
                1. Wilmer Antonio Quintero Paz
                2. Gabriela Torres Luna
                """);
        Run r = run("""
                - id: lista
                  kind: announcement
                  path: %s/in/lista.txt
                  format: txt
                """.formatted(dir));
        // then all seven are listed, each with its own cédula and a clean name
        assertThat(r.code()).as(r.said()).isZero();
        assertThat(r.figure("listed")).isEqualTo(1 + 7);
        String listed = r.list("listed");
        assertThat(listed).contains("Luis Alberto Núñez González,E-619036").doesNotContain("C.I.");
        assertThat(listed).contains("María de los Ángeles Rodríguez Salas,V-9876543");
        assertThat(listed).contains("Wilmer Antonio Quintero Paz").contains("Gabriela Torres Luna");
        assertThat(r.list("field-problems")).contains("numbered 5 between 5");
    }

    @Test
    void aJsonAnnouncementInTheGovernmentsLayoutIsReadThroughItsMapping() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/beneficiarios.json"), """
                {"announced": 3, "beneficiarios": [
                  {"numero": 1, "nombre": "LUIS ALBERTO NÚÑEZ GONZÁLEZ", "cedula": "E-619.036", "entidad": "Zulia"},
                  {"numero": 2, "nombre": "ROSA ELENA PAZ VERA", "cedula": "V-9.876.543", "entidad": "Lara"},
                  {"numero": 3, "nombre": "HUGO TORO LUNA", "cedula": null, "entidad": "Lara"}]}
                """);
        String json = """
                - id: json
                  kind: announcement
                  path: %s/in/beneficiarios.json
                  format: json
                """.formatted(dir);
        Run unmapped = run(json);
        assertThat(unmapped.code()).as("without a mapping, nothing is read: never exit 0").isEqualTo(10);
        assertThat(unmapped.list("rejected-rows")).contains("beneficiarios.json").contains("the list 'beneficiarios' (3 entries) is not in the built-in layout");
        Run r = run(json + "  list: beneficiarios\n  columns: {record-ref: numero, full-name: nombre, id-number: cedula, region: entidad}\n");
        assertThat(r.code()).as(r.said()).isZero();
        assertThat(r.figure("listed")).isEqualTo(1 + 3);
        assertThat(r.figure("announced")).isEqualTo(100 + 3);
    }

    @Test
    void aCommuniqueWithoutAFigureOrWithTwoFiguresSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/sin-cifra.txt"), "Lista de beneficiarios:\n1. HUGO TORO LUNA, C.I. V-8.111.222\n");
        Files.writeString(dir.resolve("in/dos-cifras.txt"), "Se otorga amnistía a 379 ciudadanos.\n\nEn total, 381 ciudadanos recibirán amnistía.\n");
        Run r = run("""
                - id: sin
                  kind: announcement
                  path: %1$s/in/sin-cifra.txt
                  format: txt
                - id: dos
                  kind: announcement
                  path: %1$s/in/dos-cifras.txt
                  format: txt
                """.formatted(dir));
        assertThat(r.code()).as(r.said()).isZero();
        String disagreeing = r.list("claims-disagreeing");
        assertThat(disagreeing).contains("sin-cifra.txt").contains("states no figure of people amnestied");
        // read after the gov source's 100 (announcement sources are read as one sequence), its "en total, 381" is a total that does
        // not add up, said as such; read alone it would be a second figure of its own ("also states 379")
        assertThat(disagreeing).contains("dos-cifras.txt").contains("this total (381) is not the earlier communiqués' 100 plus this one's 379");
        assertThat(r.figure("announced")).isEqualTo(100 + 379);
    }

    /** A workbook with a "Detenidos" sheet: header Nombre | Cédula (| more), then {@code fill}. */
    private String workbook(String file, Consumer<Sheet> fill, String... header)
            throws IOException {
        Files.createDirectories(dir.resolve("in"));
        try (XSSFWorkbook wb = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(dir.resolve("in/" + file))) {
            Sheet s = wb.createSheet("Detenidos");
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            fill.accept(s);
            wb.write(out);
        }
        return """
                - id: ngo
                  kind: ngo-list
                  path: %s
                  format: xlsx
                  sheet: Detenidos
                  columns: {full-name: Nombre, id-number: Cédula}
                """.formatted(dir.resolve("in/" + file));
    }

    private static void person(Sheet s, int row, String... cells) {
        Row r = s.createRow(row);
        for (int i = 0; i < cells.length; i++) {
            r.createCell(i).setCellValue(cells[i]);
        }
    }

    @Test
    void aSecondSparseIdColumnIsRefusedBeforeTheRunWithBothColumnsNamed() throws Exception {
        String ngo = workbook("dos-cedulas.xlsx", s -> {
            person(s, 1, "", "Pérez, José", "V-12345678");
            person(s, 2, "V-1", "Salas, Ana", "V-7654321");
        }, "Cédula", "Nombre", "CÉDULA");
        Run r = run(ngo);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.said()).contains("dos-cedulas.xlsx").contains("appears 2 times").contains("A (1)").contains("C (3)");
        assertThat(r.latest()).as("nothing written").doesNotExist();
    }

    @Test
    void aSheetTheWorkbookDoesNotHaveIsRefusedBeforeTheRun() throws Exception {
        String ngo = workbook("hoja.xlsx", s -> person(s, 1, "Pérez, José", "V-12345678"), "Nombre", "Cédula")
                .replace("sheet: Detenidos", "sheet: Detenidas");
        Run r = run(ngo);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.said()).contains("hoja.xlsx").contains("no sheet named 'Detenidas'").contains("[Detenidos]");
        assertThat(r.latest()).as("nothing written, latest/ not replaced").doesNotExist();
    }

    @Test
    void formulaErrorAndBooleanCellsAreWhatTheyAreNotPeople() throws Exception {
        String ngo = workbook("celdas.xlsx", s -> {
            person(s, 1, "Pérez González, José", "V-12345678");
            s.createRow(2).createCell(0).setCellFormula("UPPER(\"Salas Rivas, Ana\")"); // never computed: no cached value
            s.getRow(2).createCell(1).setCellValue("V-7654321");
            Row error = s.createRow(3);
            error.createCell(0).setCellErrorValue(FormulaError.NA.getCode());
            error.createCell(1).setCellValue("V-8765432");
            Row bool = s.createRow(4);
            bool.createCell(0).setCellValue(true);
            person(s, 5, "Mora León, Luis", "V-9876543");
        }, "Nombre", "Cédula");
        Run r = run(ngo);
        assertThat(r.code()).as(r.said()).isZero();
        assertThat(r.figure("ngo-rows")).as("the four rows with a cédula are kept").isEqualTo(4);
        assertThat(r.list("ngo-people")).doesNotContain("#ERROR").doesNotContain("true").doesNotContain("#N/A,");
        assertThat(r.list("field-problems")).contains("never computed").contains("#N/A");
        assertThat(r.list("rejected-rows")).contains("row 5").contains("true/false");
    }

    @Test
    void everyProblemOfAJobFileComesInOneRunWithTheFileChecks() throws Exception {
        // given a bad report language, a misspelt key and a column the file does not have
        String courts = courts("c.csv", rulings(3).getBytes(StandardCharsets.UTF_8)).replace("id-number: Cédula", "id-number: Documento");
        Run r = run(courts + "  delimter: \";\"\n");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.said()).contains("unknown key 'delimter'").contains("column 'Documento' is not in the header of");
        assertThat(r.latest()).doesNotExist();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
