package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    /**
     * Common English words of the reports' own sentences ("sheet 'Detenidos', row 6", "the only ruling: denied",
     * "name typo +3.2"): none is a Spanish word, and none is in the fictional data.
     */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|with|ruling|rulings|row|sheet|line|found|applied|denied|granted"
            + "|typo|court|probability|prior|repeats|detained|released|missing|than|average|listed|nothing|agree)\\b");

    @Test
    void spanishReportAndListsCarryNoEnglishSentence() throws Exception {
        // given the nightly sample run with report.language: es
        Path latest = latest("nightly");
        List<String> found = new ArrayList<>();
        // when the text a person reads is taken from report.html and every list (the CSV header row is machine keys)
        String html = Files.readString(latest.resolve("report.html"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("<[^>]*>", " ");
        found.addAll(english("report.html", html));
        try (Stream<Path> lists = Files.list(latest.resolve("lists"))) {
            for (Path list : lists.sorted().toList()) {
                List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
                found.addAll(english("lists/" + list.getFileName(), String.join("\n", lines.subList(1, lines.size()))));
            }
        }
        // then no English word is left outside the job file's own data
        assertThat(found).as("English words in the Spanish report").isEmpty();
    }

    /**
     * Spanish words of the reports' own sentences ("De 612 personas…", "hoja 'Detenidos', fila 6", "sin decisión judicial",
     * "la única decisión", "no se encontró"): none is in the golden nightly's input data or its job file, so an English report
     * holding one took it from the Spanish bundle or from Spanish code. ("fila" only before a number; not "tribunal", "de la", "hoja": the sample's own
     * source id, communiqué and rejected rows carry them.)
     */
    private static final Pattern SPANISH = Pattern.compile("(?iu)(?<!\\p{L})(personas?|fila \\d+|línea|causa|amnistiadas?|ninguna|encontró|anunciada"
            + "|única|coincide|última|exclusión|excluido|listada|detenida|sin decisión|según|distintas|corrida|fuente|resumen)(?!\\p{L})");

    @Test
    void englishReportListsAndWorkbooksCarryNoSpanishSentenceAndOpenWithTheAnswer() throws Exception {
        // given the nightly sample run with report.language: en (as a job of its own, so the Spanish golden run stays a first run)
        Path work = tmp.resolve("nightly-en");
        FileSystemUtils.copyRecursively(CASES.resolve("nightly"), work);
        String yaml = Files.readString(work.resolve("job.yaml"));
        assertThat(yaml).contains("name: nightly\n", "language: es ");
        Files.writeString(work.resolve("job.yaml"), yaml.replace("name: nightly\n", "name: nightly-en\n").replace("language: es ", "language: en "));
        JobRunner.Outcome outcome = runner.run(JobFiles.load(work.resolve("job.yaml"), work));
        assertThat(outcome.code()).isEqualTo(ExitCode.COMPLETED);
        Path latest = work.resolve("output/nightly-en/latest");
        // when the text a person reads is taken from report.html, every list and both workbooks (shared strings and sheet names)
        Map<String, String> texts = readableTexts(latest);
        // then no Spanish word of rollcall's own is in it, and the answer opens the report and the workbook in English
        List<String> found = new ArrayList<>();
        texts.forEach((file, text) -> found.addAll(matches(SPANISH, file, text)));
        assertThat(found).as("Spanish words in the English report").isEmpty();
        assertThat(texts.get("report.html")).contains("Of 612 people the NGO counts, ");
        assertThat(texts.get("reconciliation.xlsx")).contains("Of 612 people the NGO counts, ");
        // and the same words are found in the Spanish run (the check can fail)
        assertThat(matches(SPANISH, "report.html", readableTexts(latest("nightly")).get("report.html"))).hasSize(5);
    }

    /** report.html without markup, each list without its header row (machine keys), each workbook's strings (shared or inline) and sheet names. */
    private static Map<String, String> readableTexts(Path latest) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("report.html", Files.readString(latest.resolve("report.html"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("<[^>]*>", " "));
        try (Stream<Path> lists = Files.list(latest.resolve("lists"))) {
            for (Path list : lists.sorted().toList()) {
                List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
                texts.put("lists/" + list.getFileName(), String.join("\n", lines.subList(1, lines.size())));
            }
        }
        for (String workbook : List.of("reconciliation.xlsx", "review.xlsx")) {
            try (ZipFile zip = new ZipFile(latest.resolve(workbook).toFile())) {
                StringBuilder text = new StringBuilder();
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String part = entry.getName();
                    if (part.equals("xl/sharedStrings.xml") || part.equals("xl/workbook.xml") || part.startsWith("xl/worksheets/sheet")) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8).replaceAll("name=\"([^\"]*)\"", "> $1 <")
                                .replaceAll("<[^>]*>", " ")).append('\n');
                    }
                }
                texts.put(workbook, text.toString().replace("&apos;", "'").replace("&quot;", "\"").replace("&amp;", "&"));
            }
        }
        return texts;
    }

    private static List<String> matches(Pattern words, String file, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = words.matcher(text);
        while (m.find() && out.size() < 5) {
            out.add(file + ": …" + text.substring(Math.max(0, m.start() - 50), Math.min(text.length(), m.end() + 30)) + "…");
        }
        return out;
    }

    /** Each English word of a text with its context, the job file's exclusion names (data, written in English there) left out. */
    private static List<String> english(String file, String text) {
        String data = text.replace("armed actions against sovereignty with foreign involvement", "-")
                .replace("armed-actions-against-sovereignty-with-foreign-involvement", "-");
        List<String> out = new ArrayList<>();
        Matcher m = ENGLISH.matcher(data);
        while (m.find() && out.size() < 5) {
            out.add(file + ": …" + data.substring(Math.max(0, m.start() - 50), Math.min(data.length(), m.end() + 30)) + "…");
        }
        return out;
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
