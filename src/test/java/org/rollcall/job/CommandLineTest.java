package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollcall.domain.Problem;

/** The command line's parsing contract (picocli), without running a job: help, version, refusals, the exit-code table. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("ROLLCALL_DATA_DIR", dir.resolve("data").toString()));
    }

    private String outText() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "schedule", "generate-sample", "score", "benchmark"})
    void helpOfEveryCommandGoesToStdoutAndExitsZero(String command) {
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        assertThat(cli(args)).isZero();
        assertThat(outText()).contains("Exit codes:", "64", "--help");
        assertThat(errText()).isEmpty();
    }

    @Test
    void versionIsPrintedAndExitsZero() {
        assertThat(cli("--version")).isZero();
        assertThat(outText()).startsWith("rollcall ");
    }

    @Test
    void mistypedOptionIsRefusedByNameWithTheRightOneBeforeAnythingRuns() {
        assertThat(cli("run", "jobs/nightly.yaml", "--strcit")).isEqualTo(64);
        assertThat(errText()).contains("Unknown option: '--strcit'", "Did you mean: --strict?");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void unknownCommandIsNamedWithTheClosestCommand() {
        assertThat(cli("rnu", "jobs/nightly.yaml")).isEqualTo(64);
        assertThat(errText()).contains("unknown command 'rnu'", "Did you mean: run?");
    }

    @Test
    void missingArgumentAndNonNumberAreUsageErrors() {
        assertThat(cli("run")).isEqualTo(64);
        assertThat(errText()).contains("<job-file>");
        assertThat(cli("benchmark", "many")).isEqualTo(64);
        assertThat(errText()).contains("'many' is not an int");
    }

    @Test
    void dottedSettingsPassThroughToTheRunInsteadOfBeingRefused() throws Exception {
        Path job = dir.resolve("bad.yaml");
        Files.writeString(job, "name: nightly\nsorces: []\n");
        assertThat(cli("run", job.toString(), "--rollcall.data-dir=" + dir.resolve("elsewhere"), "--spring.profiles.active=default"))
                .as("the job file's problem (2), not a usage error (64)").isEqualTo(2);
    }

    @Test
    void exitCodeTableInReadmeIsTheOneInHelp() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| (.+) \\|$").matcher(readme.substring(readme.indexOf("| exit code | meaning |")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        assertThat(documented).containsExactlyEntriesOf(ExitCode.table());
        assertThat(cli("--help")).isZero();
        String help = outText().replaceAll("\\s+", " ");
        ExitCode.table().forEach((code, meaning) -> assertThat(help).contains(" " + code + " " + meaning));
    }

    @ParameterizedTest
    @EnumSource(Problem.Kind.class)
    void exitCodeComesFromTheKindOfProblemAlone(Problem.Kind kind) {
        Map<Problem.Kind, Integer> expected = Map.of(Problem.Kind.JOB_FILE, 2, Problem.Kind.INPUT_MISSING, 3, Problem.Kind.SOURCE_FILE, 10,
                Problem.Kind.ROW, 0, Problem.Kind.FIELD, 0);
        assertThat(ExitCode.of(kind, false).code()).isEqualTo(expected.get(kind));
        assertThat(ExitCode.of(kind, true).code()).isEqualTo(kind == Problem.Kind.ROW ? 11 : expected.get(kind));
    }

    @Test
    void completionScriptNamesTheCommands() {
        assertThat(cli("generate-completion")).isZero();
        assertThat(outText()).contains("run", "schedule", "--strict");
    }
}
