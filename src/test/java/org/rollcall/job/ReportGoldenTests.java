package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rollcall.text.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * Golden files of the reports: each folder under {@code src/test/resources/reports/} holds a job
 * ({@code job.yaml}), its {@code input/}, and the {@code expected/} summary.json and lists/*.csv
 * a first run of it must write, timestamps masked (see the README there). Run with
 * {@code -Dgolden.update=true} to rewrite the expected files from the actual ones, then read the
 * diff before committing it.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:golden;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportGoldenTests {

    static final Path CASES = Path.of("src/test/resources/reports");

    /** A run's name, e.g. 2026-11-24T150748Z. */
    private static final Pattern RUN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{6}Z");
    /** Milliseconds of the match phases: they vary from run to run. */
    private static final Pattern MILLIS = Pattern.compile("(?s)(\"match_millis\" : \\{)(.*?)(\\})");

    @TempDir
    static Path tmp;

    @Autowired
    JobRunner runner;

    private static final Map<String, Path> latestByCase = new HashMap<>();

    static Stream<Arguments> goldenFiles() throws IOException {
        try (Stream<Path> cases = Files.list(CASES)) {
            return cases.filter(Files::isDirectory).sorted().flatMap(c -> expectedFiles(c).stream()
                    .map(f -> Arguments.of(c.getFileName().toString(), f))).toList().stream();
        }
    }

    private static List<String> expectedFiles(Path caseDir) {
        Path expected = caseDir.resolve("expected");
        try (Stream<Path> files = Files.walk(expected)) {
            return files.filter(Files::isRegularFile).map(f -> expected.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("goldenFiles")
    void reportFileEqualsItsGoldenFile(String caseName, String file) throws Exception {
        // given the case's job run once on its input
        Path latest = latest(caseName);
        Path expected = CASES.resolve(caseName).resolve("expected").resolve(file);
        // when its report file is read with the timestamps masked
        String actual = mask(Files.readString(latest.resolve(file), StandardCharsets.UTF_8));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        // then it is the golden file, byte for byte
        assertThat(actual).as(caseName + "/" + file).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void everyListTheRunWritesHasAGoldenFile() throws Exception {
        try (Stream<Path> cases = Files.list(CASES)) {
            for (Path c : cases.filter(Files::isDirectory).toList()) {
                Path latest = latest(c.getFileName().toString());
                try (Stream<Path> lists = Files.list(latest.resolve("lists"))) {
                    List<String> written = lists.map(p -> "lists/" + p.getFileName()).sorted().toList();
                    if (Boolean.getBoolean("golden.update")) {
                        for (String file : written) {
                            Path expected = c.resolve("expected").resolve(file);
                            if (!Files.exists(expected)) {
                                Files.writeString(expected, mask(Files.readString(latest.resolve(file), StandardCharsets.UTF_8)),
                                        StandardCharsets.UTF_8);
                            }
                        }
                    }
                    assertThat(expectedFiles(c)).as("golden files of " + c.getFileName()).containsAll(written);
                }
            }
        }
    }

    @Test
    void everyFigureTheRunWritesHasALabelAndASheetNameInEveryLanguage() throws Exception {
        // a figure added without bundle entries (say, by a merge) fails here
        try (Stream<Path> cases = Files.list(CASES)) {
            for (Path c : cases.filter(Files::isDirectory).toList()) {
                Set<String> keys = Reports.figures(latest(c.getFileName().toString())).keySet();
                for (String language : Messages.LANGUAGES) {
                    Messages m = Messages.of(language);
                    assertThat(keys).as(language + ": figures without figure.<key> in messages_" + language + ".properties")
                            .allMatch(k -> m.has("figure." + k));
                    assertThat(keys).as(language + ": figures without sheet.<key> in messages_" + language + ".properties")
                            .allMatch(k -> m.has("sheet." + k));
                }
            }
        }
    }

    /** Replaces what differs from run to run: run names and timings. */
    static String mask(String text) {
        String masked = RUN.matcher(text).replaceAll("<run>");
        return MILLIS.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2).replaceAll(": \\d+", ": 0") + m.group(3)));
    }

    private Path latest(String caseName) throws Exception {
        Path latest = latestByCase.get(caseName);
        if (latest == null) {
            Path work = tmp.resolve(caseName);
            FileSystemUtils.copyRecursively(CASES.resolve(caseName), work);
            JobRunner.Outcome outcome = runner.run(JobFiles.load(work.resolve("job.yaml"), work));
            assertThat(outcome.code()).as("exit code of " + caseName).isEqualTo(ExitCode.COMPLETED);
            latest = work.resolve("output").resolve(outcome.execution().getJobInstance().getJobName()).resolve("latest");
            latestByCase.put(caseName, latest);
        }
        return latest;
    }
}
