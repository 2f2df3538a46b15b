package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;

/**
 * Text lists as the tools of a small NGO write them: Excel for Mac's "CSV (Macintosh)" (Mac Roman,
 * lines ended by CR alone), Excel's "Unicode Text" (UTF-16 with a byte-order mark), and files a
 * download or a copy cut short. Fixtures are built here, fictional, in those bytes.
 */
class FilesAsToolsWriteThemTest {

    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    @TempDir
    Path dir;

    private static final String HEADER = "Expediente;Tribunal;Imputado;Cédula;Decisión";

    private static final String[] GIVEN = {"José María", "Inés", "Tomás", "Ángel", "Begoña", "Rubén", "Sofía"};

    /** {@code n} rulings of fictional people, one a line, without line ends. */
    private static String[] rows(int n) {
        String[] out = new String[n + 1];
        out[0] = HEADER;
        for (int i = 1; i <= n; i++) {
            out[i] = "AP-" + i + ";Tribunal " + i + "° de Control;Núñez Peña, " + GIVEN[i % GIVEN.length] + ";V-" + (10_000_000 + i)
                    + ";Amnistía otorgada por Violación de domicilio";
        }
        return out;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static IngestSink read(Path file, String encoding) {
        IngestSink sink = new IngestSink(Sources.courtsCsv(encoding, ";"));
        new CsvReader().read(sink.source(), file, file.getFileName().toString(), sink);
        return sink;
    }

    private static void assertAddsUp(SourceAccount a) {
        assertThat(a.records() - a.sharedRowRecords() + a.rejected() + a.ignoredTotal()).isEqualTo(a.read());
    }

    @Test
    void linesEndedByCarriageReturnAloneAreReadOneByOne() throws Exception {
        // given Excel for Mac's "CSV (Macintosh)": lines ended by CR alone, the last one too
        Path file = write("mac.csv", (String.join("\r", rows(3)) + "\r").getBytes(StandardCharsets.UTF_8));
        // when it is read with ';' as the job file says
        IngestSink sink = read(file, null);
        // then every line is a line: three records, nothing rejected
        assertThat(sink.records()).hasSize(3);
        assertThat(sink.records().get(2).value(Field.FULL_NAME)).isEqualTo("Núñez Peña, " + GIVEN[3]);
        assertThat(sink.rejected()).isEmpty();
        assertAddsUp(sink.account("mac.csv"));
        assertThat(CsvReader.lineCount(file)).isEqualTo(4);
    }

    @Test
    void crLfAndCrAndLfMixedInOneFileAreEachOneLineEnd() throws Exception {
        String[] r = rows(4);
        Path file = write("mixed.csv", (r[0] + "\r\n" + r[1] + "\r" + r[2] + "\n" + r[3] + "\r\n" + r[4]).getBytes(StandardCharsets.UTF_8));
        IngestSink sink = read(file, null);
        assertThat(sink.records()).extracting(SourceRecord::row).containsExactly(2, 3, 4, 5);
        assertThat(sink.rejected()).isEmpty();
        assertThat(CsvReader.lineCount(file)).isEqualTo(5);
    }

    @Test
    void theHeaderOfACarriageReturnFileIsFoundForTheJobFileCheck() throws Exception {
        Path file = write("mac.csv", String.join("\r", rows(2)).getBytes(StandardCharsets.UTF_8));
        assertThat(new CsvReader().header(Sources.courtsCsv(null, ";"), file)).containsExactly("Expediente", "Tribunal", "Imputado",
                "Cédula", "Decisión");
    }

    @Test
    void aUtf16FileWithCarriageReturnsAloneIsReadLineByLine() throws Exception {
        byte[] body = String.join("\r", rows(3)).getBytes(StandardCharsets.UTF_16LE);
        Path file = write("unicode.txt", withBom(body));
        IngestSink sink = read(file, null);
        assertThat(sink.records()).hasSize(3);
        assertThat(sink.rejected()).isEmpty();
    }

    @Test
    void aFileCutInTheMiddleOfItsLastLineIsAFileProblemNotOneRejectedRow() throws Exception {
        // given a list of 30 whose copy stopped in the middle of line 21 (no line end, 2 fields of 5)
        String whole = String.join("\r\n", rows(30)) + "\r\n";
        int cut = whole.indexOf("AP-21;") + "AP-21;Tribunal 21° de".length();
        Path file = write("cut.csv", whole.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        // when it is read
        IngestSink sink = read(file, null);
        // then the file is a file-level problem saying it was cut short and to copy it again
        SourceAccount a = sink.account("cut.csv");
        assertThat(a.problem()).contains("cut short").contains("Download or copy the file again").contains("line 22").contains("the 20 rows");
        assertThat(sink.rejected()).anySatisfy(r -> {
            assertThat(r.isWholeFile()).isTrue();
            assertThat(r.problem().kind()).isEqualTo(Problem.Kind.SOURCE_FILE);
        });
        // and its account still adds up: 20 records, the cut line rejected, the header ignored
        assertThat(a.records()).isEqualTo(20);
        assertThat(a.rejected()).isEqualTo(1);
        assertAddsUp(a);
    }

    @Test
    void aLastLineWithoutLineEndButWithEveryFieldIsARow() throws Exception {
        // many tools write no line end after the last line: that alone is no cut
        Path file = write("whole.csv", String.join("\r\n", rows(5)).getBytes(StandardCharsets.UTF_8));
        IngestSink sink = read(file, null);
        assertThat(sink.records()).hasSize(5);
        assertThat(sink.account("whole.csv").problem()).isNull();
    }

    @Test
    void aLastTotalsOrNoteLineWithoutLineEndEndsAWholeFile() throws Exception {
        // a list ending in its totals row, or a one-cell note, with no line end after it is no cut
        for (String last : new String[] {"TOTAL: 5", "Fuente: registro de la ONG"}) {
            Path file = write("whole-" + last.length() + ".csv", (String.join("\r\n", rows(5)) + "\r\n" + last).getBytes(StandardCharsets.UTF_8));
            IngestSink sink = read(file, null);
            assertThat(sink.records()).as(last).hasSize(5);
            assertThat(sink.account("whole-" + last.length() + ".csv").problem()).as(last).isNull();
            // the totals row is read as one; a one-cell note is a row rejected with its reason, as anywhere in the file
            assertThat(sink.rejected()).as(last).hasSize(last.startsWith("TOTAL") ? 0 : 1);
        }
    }

    @Test
    void aLineWithTooFewFieldsInTheMiddleOfTheFileIsStillOneRejectedRow() throws Exception {
        String[] r = rows(5);
        r[3] = "AP-3;Tribunal 3°";
        Path file = write("row.csv", (String.join("\n", r) + "\n").getBytes(StandardCharsets.UTF_8));
        IngestSink sink = read(file, null);
        assertThat(sink.records()).hasSize(4);
        assertThat(sink.account("row.csv").problem()).isNull();
        assertThat(sink.rejected()).singleElement().satisfies(x -> assertThat(x.isWholeFile()).isFalse());
    }

    @Test
    void aUtf16FileCutAtAnOddByteSaysSoAndItsAccountAddsUp() throws Exception {
        // given Excel's "Unicode Text" (UTF-16LE with its mark), cut one byte into a character of line 8
        byte[] whole = withBom(String.join("\r\n", rows(12)).replace(';', '\t').getBytes(StandardCharsets.UTF_16LE));
        String upTo = String.join("\r\n", Arrays.copyOf(rows(12), 8)).replace(';', '\t') + "\r\nAP-8\tTri";
        int cut = 2 + upTo.getBytes(StandardCharsets.UTF_16LE).length + 1;
        Path file = write("unicode.txt", Arrays.copyOf(whole, cut));
        // when it is read without an encoding in the job file
        IngestSink sink = new IngestSink(Sources.courtsCsv(null, "\t"));
        new CsvReader().read(sink.source(), file, "unicode.txt", sink);
        // then the problem names UTF-16 and a file cut short, never "cannot be read as UTF-8"
        SourceAccount a = sink.account("unicode.txt");
        assertThat(a.problem()).contains("UTF-16LE").contains("cut short").doesNotContain("UTF-8");
        // and read = records + rejected + ignored
        assertThat(a.records()).isEqualTo(7);
        assertThat(a.read()).isEqualTo(9);
        assertAddsUp(a);
    }

    @Test
    void aMacRomanFileWithoutEncodingIsReadAsMacRomanAndSaidSo() throws Exception {
        // given a Mac Roman file and no encoding in the job file
        Path file = write("mac.csv", (String.join("\r", rows(4)) + "\r").getBytes(MAC_ROMAN));
        // when it is read
        IngestSink sink = read(file, null);
        // then its accented words are the file's own, not windows-1252's "Violaci—n"
        assertThat(sink.records()).hasSize(4);
        assertThat(sink.records().get(0).value(Field.FULL_NAME)).isEqualTo("Núñez Peña, " + GIVEN[1]);
        assertThat(sink.records().get(0).value(Field.DECISION)).isEqualTo("Amnistía otorgada por Violación de domicilio");
        // and the run says on the console that the encoding was guessed, naming the file and the encoding
        assertThat(sink.warnings()).singleElement().satisfies(n -> assertThat(n).contains("mac.csv").contains("x-MacRoman"));
    }

    @Test
    void aWindows1252FileStaysWindows1252WithoutANotice() throws Exception {
        Path file = write("win.csv", (String.join("\r\n", rows(4)) + "\r\n").getBytes(Charset.forName("windows-1252")));
        IngestSink sink = read(file, null);
        assertThat(sink.records().get(0).value(Field.DECISION)).isEqualTo("Amnistía otorgada por Violación de domicilio");
        assertThat(sink.warnings()).isEmpty();
        assertThat(CsvReader.charset(sink.source(), file)).isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void macRomanTextIsToldFromWindows1252ByItsWords() {
        String text = "GONZÁLEZ PÉREZ, María; Tráfico de drogas; Violación; Cédula; Excarcelado el 3 de diciembre; O'Brien";
        assertThat(MacRoman.likely(text.getBytes(MAC_ROMAN))).isTrue();
        assertThat(MacRoman.likely(text.getBytes(Charset.forName("windows-1252")))).isFalse();
        assertThat(MacRoman.likely(text.getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        // one word is not enough: a stray symbol
        assertThat(MacRoman.likely("Violación y nada mas en ASCII".getBytes(MAC_ROMAN))).isFalse();
        // a windows-1252 apostrophe in names is no Mac Roman letter pair
        assertThat(MacRoman.likely("O’Brien; D’Angelo; L’Hoste; Pérez".getBytes(Charset.forName("windows-1252")))).isFalse();
        // windows-1252 curly quotes around words and dashes inside them are Mac Roman's ì î ñ ó: no proof of Mac Roman
        String quoted = "Jose Muñoz,alias “el flaco”,traición a la patria\nAna Gil,alias “la negra”,“sin datos”\n"
                + "Luis Paz,detenido enero–marzo,“sin datos”\nEva Rey,“sin datos”,d’Arcy\n";
        assertThat(MacRoman.likely(quoted.getBytes(Charset.forName("windows-1252")))).isFalse();
        assertThat(MacRoman.likely(quoted.getBytes(MAC_ROMAN))).as("no á, é, ú or capital accent: too little to tell").isFalse();
        assertThat(MacRoman.likely((quoted + "José Hernández;Tráfico").getBytes(MAC_ROMAN))).isTrue();
    }

    @Test
    void aColumnThatDiffersFromTheHeaderByAnEncodingSlipIsToldInBothOrders() {
        // the header read in the wrong encoding
        assertThat(MacRoman.slip("Cédula", "CŽdula")).containsExactly("x-MacRoman", "windows-1252", "header");
        // the job file's column written from such a header (an earlier run's advice followed)
        assertThat(MacRoman.slip("CŽdula", "Cédula")).containsExactly("x-MacRoman", "windows-1252", "job");
        assertThat(MacRoman.slip("Situación", "Situaci—n")).containsExactly("x-MacRoman", "windows-1252", "header");
        assertThat(MacRoman.slip("Cédula", "CÃ©dula")).containsExactly("UTF-8", "windows-1252", "header");
        assertThat(MacRoman.slip("Cédula", "C.I.")).isNull();
        assertThat(MacRoman.slip("C.I.", "Cédula")).isNull();
    }

    @Test
    void aMacRomanCommuniqueWithCarriageReturnsAloneReadsItsNamesAndSaysTheEncoding() throws Exception {
        // given a communiqué saved as classic Mac text: Mac Roman, CR line ends
        String text = String.join("\r", "COMUNICADO OFICIAL", "", "Se otorga amnistía a DOS (2) ciudadanos por razón de Estado:", "",
                "1. JOSÉ ÁNGEL PEÑA NÚÑEZ, C.I. V-12.345.678", "2. INÉS GÓMEZ ÁVILA, C.I. V-23.456.789", "");
        Path file = write("comunicado.txt", text.getBytes(MAC_ROMAN));
        IngestSink sink = new IngestSink(Sources.communique());
        // when it is read
        new CommuniqueReader().read(sink.source(), file, "comunicado.txt", sink);
        // then both entries are read with their accents, one a line, and the encoding is said
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("JOSÉ ÁNGEL PEÑA NÚÑEZ", "INÉS GÓMEZ ÁVILA");
        assertThat(sink.warnings()).singleElement().satisfies(n -> assertThat(n).contains("comunicado.txt", "x-MacRoman"));
    }

    private static byte[] withBom(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(body);
        return out.toByteArray();
    }
}
