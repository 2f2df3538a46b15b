package org.rollcall.sample.other;

import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.sample.SampleTruth;
import org.rollcall.sample.SampleTruth.TruthRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated lists and their truth: invariants of the figures, and files that parse as what they claim. */
class IndependentListsTest {

    private static final int PEOPLE = 400;

    @TempDir
    static Path dir;
    static SampleTruth b;
    static SampleTruth c;

    @BeforeAll
    static void generate() {
        b = IndependentLists.generate(dir.resolve("b"), Layout.B, PEOPLE, 7);
        c = IndependentLists.generate(dir.resolve("c"), Layout.C, PEOPLE, 8);
    }

    @Test
    void figuresAddUpUnderTheLaw() {
        for (SampleTruth t : List.of(b, c)) {
            Map<String, Long> f = t.figures();
            assertThat(f.get("ngo-people")).isEqualTo(PEOPLE);
            assertThat(f.get("amnestied") + f.get("not-amnestied")).isEqualTo(f.get("ngo-people"));
            assertThat(f.get("amnestied-via-list") + f.get("amnestied-via-court-only")).isEqualTo(f.get("amnestied"));
            assertThat(TruthFigures.REASONS.stream().mapToLong(r -> f.get("not-amnestied-" + r)).sum()).isEqualTo(f.get("not-amnestied"));
            assertThat(f.get("listed-people") + f.get("listed-duplicate-entries")).isEqualTo(f.get("listed"));
            assertThat(f.get("listed-duplicate-entries")).isEqualTo(2);
            assertThat(f.get("listed-on-ngo-list") + f.get("listed-unknown-to-ngo")).isEqualTo(f.get("listed-people"));
            assertThat(f.get("listed-on-ngo-list")).isEqualTo(f.get("amnestied-via-list"));
            assertThat(f.get("ngo-people") + f.get("ngo-duplicate-rows")).isEqualTo(f.get("ngo-rows"));
            assertThat(f.get("granted-not-listed-known-to-ngo") + f.get("granted-not-listed-unknown-to-ngo")).isEqualTo(f.get("granted-not-listed"));
            assertThat(f.get("granted-not-listed-known-to-ngo")).isEqualTo(f.get("amnestied-via-court-only"));
            assertThat(List.of("granted", "denied", "military-jurisdiction", "under-review").stream()
                    .mapToLong(d -> f.get("rulings-" + d)).sum()).isEqualTo(f.get("rulings"));
            assertThat(TodaysRules.REASONS.stream().mapToLong(r -> f.get("not-covered-" + r)).sum()).isEqualTo(f.get("ngo-not-listed"));
            assertThat(f.get("announced")).isGreaterThan(f.get("listed-people"));
            assertThat(f.get("ruled-not-on-any-list")).isPositive();
            assertThat(f.get("released-and-rearrested")).isPositive();
            assertThat(f.get("rejected-rows")).isEqualTo(4);
        }
    }

    @Test
    void everyCountedFigureEqualsItsList() {
        for (SampleTruth t : List.of(b, c)) {
            assertThat(t.lists().keySet()).containsAll(t.figures().keySet().stream()
                    .filter(k -> !k.equals("announced") && !k.equals("rejected-rows")).toList());
            t.lists().forEach((key, people) -> assertThat((long) people.size()).as(key).isEqualTo(t.figures().get(key)));
        }
    }

    @Test
    void recordsAgreeWithTheFiguresTheyCount() {
        for (SampleTruth t : List.of(b, c)) {
            assertThat(count(t, "ngo")).isEqualTo(t.figures().get("ngo-rows"));
            assertThat(count(t, "amnistia")).isEqualTo(t.figures().get("listed"));
            assertThat(count(t, "tribunales")).isEqualTo(t.figures().get("rulings"));
            assertThat(people(t, "ngo")).isEqualTo(new TreeSet<>(t.lists().get("ngo-people")));
            Set<Integer> all = new TreeSet<>();
            t.records().forEach(r -> all.add(r.person()));
            assertThat((long) all.size()).isEqualTo(t.figures().get("people"));
            Set<String> ids = new HashSet<>();
            t.records().forEach(r -> assertThat(ids.add(r.source() + "|" + r.recordId())).as(r.toString()).isTrue());
            assertThat(t.records()).allMatch(r -> r.name() != null && !r.name().isBlank());
        }
    }

    @Test
    void sameSeedSameLists() {
        assertThat(IndependentLists.generate(dir.resolve("b2"), Layout.B, PEOPLE, 7)).isEqualTo(b);
        assertThat(SampleTruth.read(dir.resolve("b").resolve(IndependentLists.TRUTH))).isEqualTo(b);
    }

    @Test
    void layoutBFilesParseAsTheyClaim() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("b/ngo/detenidos-2026-11-15.xlsx")); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Presos políticos");
            Row header = sheet.getRow(3);
            for (int i = 0; i < LayoutBWriter.HEADER.length; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(LayoutBWriter.HEADER[i]);
            }
            assertThat(sheet.getLastRowNum() - 3L).isEqualTo(b.figures().get("ngo-rows") + b.figures().get("rejected-rows"));
        }
        String text = Files.readString(dir.resolve("b/gobierno/comunicado-amnistia-2026-11-20.txt"), StandardCharsets.UTF_8);
        long announced = b.figures().get("announced");
        assertThat(text).contains(SpanishWords.of((int) announced) + " (" + announced + ")");
        assertThat(text.lines().filter(Pattern.compile("^\\d+\\. \\S").asPredicate()).count()).isEqualTo(b.figures().get("listed"));
        assertThat(text).containsPattern("C\\.I\\. N° E-\\d{3}\\.\\d{3}\\n");
        List<CSVRecord> rulings = csv(Files.readString(dir.resolve("b/tribunales/decisiones-2026-11-21.csv"), StandardCharsets.UTF_8));
        assertThat(rulings).hasSize(b.figures().get("rulings").intValue());
        assertThat(rulings.get(0).getParser().getHeaderNames()).containsExactly(LayoutBWriter.RULING_HEADER);
        assertThat(rulings.stream().map(r -> r.get("motivo"))).anyMatch(m -> m.contains("9, num. 2")).anyMatch(m -> m.contains("9.4"));
    }

    @Test
    void layoutCFilesParseAsTheyClaim() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("c/ngo/fpv-detenidos.csv"));
        String ngo = LayoutCWriter.WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        List<CSVRecord> rows = csv(ngo);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(LayoutCWriter.HEADER);
        assertThat(rows).hasSize((int) (c.figures().get("ngo-rows") + c.figures().get("rejected-rows")));
        assertThat(rows.stream().map(r -> r.get("Cédula")).filter(s -> !s.isEmpty())).allMatch(s -> s.matches("\\d{6,8}"));
        assertThat(rows.stream().map(r -> r.get("F. detención")).filter(s -> !s.isEmpty())).allMatch(s -> s.matches("\\d\\d/\\d\\d/\\d\\d"));
        assertThat(rows.stream().map(r -> r.get("Nombre completo"))).noneMatch(s -> s.contains(","));
        JsonNode gov = JsonMapper.builder().build().readTree(dir.resolve("c/gobierno/beneficiarios-amnistia.json").toFile());
        assertThat(gov.path("beneficiarios").size()).isEqualTo(c.figures().get("listed").intValue());
        assertThat(gov.path("beneficiarios").get(0).path("numero").asInt()).isEqualTo(1);
        JsonNode today = JsonMapper.builder().build().readTree(dir.resolve("c/convertido/anuncio.json").toFile());
        assertThat(today.path("people").size()).isEqualTo(c.figures().get("listed").intValue());
        try (InputStream in = Files.newInputStream(dir.resolve("c/tribunales/sentencias.xlsx")); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheet("Sentencias").getLastRowNum()).isEqualTo(c.figures().get("rulings").intValue());
        }
    }

    @Test
    void namesComeFromOutsideTheParsersLexicon() throws Exception {
        Set<String> lexicon;
        try (InputStream in = getClass().getResourceAsStream("/org/rollcall/normalize/given-names.txt")) {
            lexicon = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .flatMap(l -> Pattern.compile("\\s+").splitAsStream(l)).collect(Collectors.toSet());
        }
        Set<String> given = new TreeSet<>();
        NameSource source = NameSource.load();
        source.given('M').forEach(n -> given.add(NameSource.fold(n.split(" ")[0])));
        source.given('F').forEach(n -> given.add(NameSource.fold(n.split(" ")[0])));
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(lexicon);
        assertThat(given.size()).isGreaterThan(400);
        // the lexicon is a broad list of real Spanish names from another source (normalize/README.md),
        // so most common names are in both; the generator still writes names the parser has never seen
        assertThat(unknown.size()).isGreaterThan(15);
        assertThat(lexicon.size()).isGreaterThan(5 * given.size());
        assertThat(source.surnames().size()).isGreaterThan(800);
        assertThat(b.records().stream().map(TruthRecord::name)).anyMatch(n -> n.contains(" de ") || n.contains(" DE "));
    }

    @Test
    void reasonsAreTriedInTheLawsOrder() {
        Detainee d = null;
        World.Ruling military = ruling(d, "military-jurisdiction", null);
        World.Ruling securityForces = ruling(d, "denied", "9.2");
        World.Ruling armed = ruling(d, "denied", "9.4");
        World.Ruling other = ruling(d, "denied", "other");
        World.Ruling review = ruling(d, "under-review", null);
        assertThat(TruthFigures.reason(List.of(review, securityForces, military))).isEqualTo("military-jurisdiction");
        assertThat(TruthFigures.reason(List.of(armed, securityForces))).isEqualTo("denied-security-forces-terrorism");
        assertThat(TruthFigures.reason(List.of(other, armed))).isEqualTo("denied-armed-actions");
        assertThat(TruthFigures.reason(List.of(review, other))).isEqualTo("denied-other");
        assertThat(TruthFigures.reason(List.of(review))).isEqualTo("pending");
        assertThat(TruthFigures.reason(List.of())).isEqualTo("no-ruling");
    }

    @Test
    void figuresAreWrittenInSpanishWords() {
        assertThat(SpanishWords.of(379)).isEqualTo("TRESCIENTOS SETENTA Y NUEVE");
        assertThat(SpanishWords.of(100)).isEqualTo("CIEN");
        assertThat(SpanishWords.of(421)).isEqualTo("CUATROCIENTOS VEINTIUNO");
        assertThat(SpanishWords.of(1001)).isEqualTo("MIL UNO");
        assertThat(SpanishWords.of(21_500)).isEqualTo("VEINTIUN MIL QUINIENTOS");
    }

    private static World.Ruling ruling(Detainee d, String decision, String kind) {
        return new World.Ruling(d, "X", "T", decision, "", kind, LocalDate.of(2026, 1, 1), null);
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (Reader r = new StringReader(text)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static long count(SampleTruth t, String source) {
        return t.records().stream().filter(r -> r.source().equals(source)).count();
    }

    private static Set<Integer> people(SampleTruth t, String source) {
        return t.records().stream().filter(r -> r.source().equals(source)).map(TruthRecord::person).collect(Collectors.toCollection(TreeSet::new));
    }
}
