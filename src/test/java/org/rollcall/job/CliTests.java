package org.rollcall.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.Assertions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract that cron scripts rely on: arguments, messages, exit codes. */
class CliTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertThat(cli()).isEqualTo(ExitCode.USAGE.code());
        assertThat(errText()).contains("usage:", "run <job-file>");
    }

    @Test
    void invalidJobFileExitsTwoNamingTheKeyAndWritesNothing() throws Exception {
        Path job = dir.resolve("bad.yaml");
        Files.writeString(job, "name: nightly\nsorces: []\nreport:\n  output-dir: " + dir.resolve("out") + "\n");
        assertThat(cli("run", job.toString())).isEqualTo(ExitCode.INVALID_JOB.code());
        assertThat(errText()).contains("bad.yaml", "unknown key 'sorces'", "sources");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void missingInputExitsThreeNamingThePath() throws Exception {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                name: nightly
                sources:
                  - id: gov
                    kind: announcement
                    path: %s/nowhere/*.txt
                    format: txt
                """.formatted(dir));
        assertThat(cli("run", job.toString())).isEqualTo(ExitCode.INPUT_MISSING.code());
        assertThat(errText()).contains("nowhere/*.txt", "matches no file");
    }

    @Test
    void runCommandRunsTheJobAndSaysWhereTheReportsAre() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path job = dir.resolve("jobs/absolute.yaml");
        Files.writeString(job, Files.readString(sample.job().file())
                .replace("path: input/", "path: " + dir + "/input/")
                .replace("output-dir: output", "output-dir: " + dir.resolve("output")));
        int code = cli("run", job.toString(), "--rollcall.data-dir=" + dir.resolve("data"));
        assertThat(code).as(errText()).isEqualTo(ExitCode.COMPLETED.code());
        // the closing lines in the job's report language (es), the folder absolute
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("del trabajo 'nightly' completada.",
                "Informes: " + dir.resolve("output/nightly/latest").toAbsolutePath().normalize() + "/");
        assertThat(cli("run", job.toString(), "--strict", "--rollcall.data-dir=" + dir.resolve("data")))
                .as("--strict: the sample's 10 rejected rows give exit 11").isEqualTo(ExitCode.COMPLETED_WITH_REJECTED_ROWS.code());
        assertThat(dir.resolve("output/nightly/latest/entities.csv")).exists();
        assertThat(dir.resolve("data/nightly.mv.db")).as("an H2 file database, one per job").exists();
    }

    @Test
    void runLogHasOneClosingLineForEveryStepAndEveryPhaseOfTheLongOnes() throws Exception {
        // given the sample job run from the command line (not a terminal: no periodic lines)
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path job = dir.resolve("jobs/absolute.yaml");
        Files.writeString(job, Files.readString(sample.job().file())
                .replace("path: input/", "path: " + dir + "/input/")
                .replace("output-dir: output", "output-dir: " + dir.resolve("output")));
        // when what it logs on the console is read (the same lines go to its log file when logging starts with the run)
        PrintStream console = System.out;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setOut(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            assertThat(cli("run", job.toString(), "--rollcall.data-dir=" + dir.resolve("data"))).as(errText()).isZero();
        } finally {
            System.setOut(console);
        }
        List<String> log = logged.toString(StandardCharsets.UTF_8).lines().toList();
        // then each step and each phase closes exactly once, with its count and seconds
        for (String step : List.of("ingest", "normalize", "review", "match", "register", "reconcile", "report")) {
            assertThat(log).as(step).filteredOn(l -> l.matches(".* " + step + ": done in \\d+\\.\\d s$")).hasSize(1);
        }
        for (String phase : List.of("ingest · ngo: 656 rows", "ingest · amnistia: ", "ingest · tribunales: ", "normalize · parse: 1,314 records",
                "match · prepare: 1,314 records", "match · blocking: ", "match · compare: ", "match · fit: ", "match · score: ",
                "match · cluster: ", "register · assign ids: ", "register · store: 1,314 records", "reconcile · figures: ",
                "report · review.xlsx: ", "report · entities.csv: 1,314 rows", "report · reconciliation.xlsx: ", "report · report.html: ",
                "report · lists/*.csv: ")) {
            assertThat(log).as(phase).filteredOn(l -> l.contains(" " + phase) && l.matches(".* in \\d+\\.\\d s.*")).hasSize(1);
        }
        assertThat(log).as("periodic lines are for a terminal").noneMatch(l -> l.contains("so far"));
    }

    @Test
    void unreadableSourceFileStillGivesReportsFromTheOthersAndExitCodeTen() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Files.writeString(dir.resolve("input/ngo/detenidos-2026-11-15.xlsx"), "not a workbook any more");
        Path job = dir.resolve("jobs/absolute.yaml");
        Files.writeString(job, Files.readString(sample.job().file())
                .replace("path: input/", "path: " + dir + "/input/")
                .replace("output-dir: output", "output-dir: " + dir.resolve("output")));
        int code = cli("run", job.toString(), "--rollcall.data-dir=" + dir.resolve("data"));
        assertThat(code).as(errText()).isEqualTo(ExitCode.COMPLETED_WITH_UNREADABLE_INPUT.code());
        assertThat(errText()).as("in the job's report language (es)").contains("no se pudieron leer");
        assertThat(Files.readString(dir.resolve("output/nightly/latest/lists/rejected-rows.csv")))
                .contains("detenidos-2026-11-15.xlsx").contains("no se puede leer como libro .xlsx");
        assertThat(Reports.figures(dir.resolve("output/nightly/latest"))).containsEntry("ngo-rows", 0L).containsEntry("listed", 341L);
        // and the report's answer opens by saying its figures were made without the file, which it names; the source line says none was read
        String html = Files.readString(dir.resolve("output/nightly/latest/report.html"));
        String headline = html.substring(html.indexOf("id=\"headline\""), html.indexOf("id=\"context\""));
        assertThat(headline.indexOf("Atención: 1 archivo(s) de origen no se pudieron leer")).as(headline)
                .isGreaterThanOrEqualTo(0).isLessThan(headline.indexOf("De 0 personas"));
        assertThat(headline).contains("(ngo: " + dir + "/input/ngo/detenidos-2026-11-15.xlsx: no se puede leer como libro .xlsx");
        assertThat(html).contains("Fuente ngo: ningún archivo leído");
    }

    @Test
    void databaseIsEncryptedWithTheKeyFromTheEnvironmentAndFoldersAreOwnerOnly() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path job = dir.resolve("jobs/absolute.yaml");
        Files.writeString(job, Files.readString(sample.job().file()).replace("path: input/", "path: " + dir + "/input/")
                .replace("output-dir: output", "output-dir: " + dir.resolve("output")));
        Path data = dir.resolve("secret-data");
        int code = Cli.runJob(job, new String[] {"--rollcall.data-dir=" + data}, new PrintStream(out, true), new PrintStream(err, true),
                Map.of("ROLLCALL_DB_KEY", "k3y-for-tests"));
        assertThat(code).as(errText()).isZero();
        byte[] db = Files.readAllBytes(data.resolve("nightly.mv.db"));
        String text = new String(db, StandardCharsets.ISO_8859_1);
        assertThat(text).as("no name in clear in the database file").doesNotContain("GONZALEZ").doesNotContain("ngo-people");
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("output/nightly"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        // without the key, the database does not open
        Assertions.assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + data + "/nightly", "sa", ""))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void stageFilesAreEncryptedWithTheKeyWhenTheDatabaseIsNotTheDataFoldersOwn() throws Exception {
        // given: a database named on the command line (as with the postgresql profile), and the key in the environment
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path job = dir.resolve("jobs/absolute.yaml");
        Files.writeString(job, Files.readString(sample.job().file()).replace("path: input/", "path: " + dir + "/input/")
                .replace("output-dir: output", "output-dir: " + dir.resolve("output")));
        Path data = dir.resolve("data");
        // when
        int code = Cli.runJob(job, new String[] {"--rollcall.data-dir=" + data, "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("shared-db")},
                new PrintStream(out, true), new PrintStream(err, true), Map.of("ROLLCALL_DB_KEY", "k3y-for-tests"));
        // then: every stage file is ciphertext (a plain one opens with Smile's header ":)\n" and names people in clear)
        assertThat(code).as(errText()).isZero();
        List<Path> stages;
        try (Stream<Path> walk = Files.walk(data.resolve("stages"))) {
            stages = walk.filter(f -> f.toString().endsWith(".smile")).toList();
        }
        assertThat(stages).hasSizeGreaterThan(10);
        for (Path f : stages) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(new String(bytes, 0, Math.min(3, bytes.length), StandardCharsets.ISO_8859_1)).as(f.toString()).isNotEqualTo(":)\n");
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain("GONZALEZ").doesNotContain("ngo-people");
        }
    }

    @Test
    void redactedExportsCarryKeyedPseudonymsInsteadOfNamesAndIdNumbers() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Function<String, Path> run = name -> {
            try {
                Path job = dir.resolve("jobs/" + name + ".yaml");
                Files.writeString(job, Files.readString(sample.job().file()).replace("path: input/", "path: " + dir + "/input/")
                        .replace("output-dir: output", "output-dir: " + dir.resolve(name)));
                return job;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        PrintStream o = new PrintStream(out, true);
        PrintStream e = new PrintStream(err, true);
        assertThat(Cli.runJob(run.apply("a"), new String[] {"--redact", "--rollcall.data-dir=" + dir.resolve("d1")}, o, e, Map.of()))
                .as("no key, no redaction").isEqualTo(ExitCode.USAGE.code());
        assertThat(Cli.runJob(run.apply("a"), new String[] {"--redact", "--rollcall.data-dir=" + dir.resolve("d1")}, o, e,
                Map.of("ROLLCALL_REDACT_KEY", "partner-key-2026"))).isZero();
        assertThat(Cli.runJob(run.apply("b"), new String[] {"--redact", "--rollcall.data-dir=" + dir.resolve("d2")}, o, e,
                Map.of("ROLLCALL_REDACT_KEY", "partner-key-2026"))).isZero();
        assertThat(Cli.runJob(run.apply("c"), new String[] {"--redact", "--rollcall.data-dir=" + dir.resolve("d3")}, o, e,
                Map.of("ROLLCALL_REDACT_KEY", "another-key-2026"))).isZero();
        Path a = dir.resolve("a/nightly/latest");
        String people = Files.readString(a.resolve("lists/ngo-people.csv"));
        for (String line : people.lines().skip(1).toList()) {
            String[] cells = line.split(",");
            assertThat(cells[1]).matches("N-[0-9a-f]{10}");
            assertThat(cells[2]).matches("(C-[0-9a-f]{10})?");
        }
        assertThat(Files.readString(a.resolve("report.html"))).doesNotContain("PEREZ").doesNotContain("Pérez")
                .doesNotContainPattern("[VE]-\\d").doesNotContainPattern("\\d{1,2}\\.\\d{3}\\.\\d{3}").doesNotContain("'S/C'");
        assertThat(Files.readString(a.resolve("lists/rejected-rows.csv"))).doesNotContain(" — ");
        assertThat(a.resolve("review.xlsx")).doesNotExist();
        assertThat(people).as("same key, same pseudonyms").isEqualTo(Files.readString(dir.resolve("b/nightly/latest/lists/ngo-people.csv")));
        assertThat(people).as("another key, other pseudonyms").isNotEqualTo(Files.readString(dir.resolve("c/nightly/latest/lists/ngo-people.csv")));
    }
}
