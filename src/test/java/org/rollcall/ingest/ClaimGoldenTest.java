package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rollcall.domain.Field;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.SourceKind;

/** Every announcement under src/test/resources/claims/ reads as its .expected file says. */
class ClaimGoldenTest {

    static final Path DIR = Path.of("src/test/resources/claims");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(txt|html|json)$")).sorted().toList().stream();
        }
    }

    private static List<String> read(Path file, SourceFormat format) {
        SourceDefinition source = new SourceDefinition("gov", SourceKind.ANNOUNCEMENT, file.getFileName().toString(), format, null, null,
                null, null, Map.of(), List.of(), null, Map.of(), Map.of());
        IngestSink sink = new Ingester(file.getParent()).read(source);
        List<String> out = new ArrayList<>();
        for (Claim c : sink.claims()) {
            out.add("claim " + c.subject() + " " + c.value() + " line " + c.line() + (c.problem() == null ? "" : " problem: " + c.problem()));
        }
        for (SourceRecord r : sink.records()) {
            out.add("entry " + r.recordRef() + " | " + r.value(Field.FULL_NAME) + " | " + (r.value(Field.ID_NUMBER).isEmpty() ? "-" : r.value(Field.ID_NUMBER)));
        }
        for (RejectedRow r : sink.rejected()) {
            out.add("rejected " + r.row() + " | " + r.reason());
        }
        return out;
    }

    private static SourceFormat format(String name) {
        return name.endsWith(".html") ? SourceFormat.HTML : name.endsWith(".json") ? SourceFormat.JSON : SourceFormat.TXT;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(String name) throws IOException {
        Path expected = DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected");
        List<String> actual = read(DIR.resolve(name), format(name));
        assertThat(actual).as(String.join("\n", actual)).containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }

    @Test
    void pdfWithATextLayerReadsLikeItsText() throws IOException {
        Path txt = DIR.resolve("es-lista-por-estados.txt");
        Path pdf = tmp.resolve("es-lista-por-estados.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 740);
                for (String line : Files.readAllLines(txt)) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        List<String> fromPdf = read(pdf, SourceFormat.PDF);
        List<String> fromText = read(txt, SourceFormat.TXT);
        assertThat(strip(fromPdf)).containsExactlyElementsOf(strip(fromText));
    }

    @Test
    void pdfWithoutATextLayerIsRejectedWithTheFix() throws IOException {
        Path pdf = tmp.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        assertThat(read(pdf, SourceFormat.PDF)).singleElement().asString().contains("no text layer").contains("OCR");
    }

    /** Line numbers differ between a PDF's extracted text and the file it was printed from. */
    private static List<String> strip(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll(" line \\d+", "")).toList();
    }
}
