package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

/** A two-page communiqué: its letterhead on both pages is page furniture, and an entry cut by the page break goes on after it. */
class TwoPageCommuniqueTest {

    @TempDir
    Path dir;

    private static final String LETTERHEAD = "Ministerio del Poder Popular para Asuntos Penitenciarios";

    private IngestSink readText(String text) throws Exception {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, text);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), file, "c.txt", sink);
        return sink;
    }

    @Test
    void anEntryCutByTheFormFeedGoesOnAfterTheLetterheadOfTheSecondPage() throws Exception {
        // given: 6 lines, a form feed before the letterhead that opens page 2, entry 1's cédula on page 2
        IngestSink sink = readText(LETTERHEAD + "\nSe otorga el beneficio de amnistía a DOS (2) ciudadanos:\n1. BRICEÑO UZCÁTEGUI\n"
                + "\f" + LETTERHEAD + "\nNELSON ANTONIO C.I. V-19.400.501\n2. ARAY MENDOZA CELESTE C.I. V-19.400.502\n");
        // then: two people, the first with his whole name and cédula; both letterheads are page furniture; nothing rejected
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("BRICEÑO UZCÁTEGUI NELSON ANTONIO",
                "ARAY MENDOZA CELESTE");
        assertThat(sink.records().get(0).value(Field.ID_NUMBER)).contains("19.400.501");
        assertThat(sink.rejected()).isEmpty();
        SourceAccount a = sink.account("c.txt");
        assertThat(a.ignored()).containsEntry("page footer", 2).containsEntry("continuation", 1);
        assertThat(a.balanced()).isTrue();
    }

    @Test
    void withoutPageMarksALineSeenTwiceIsNoFurniture() throws Exception {
        // given: the same text without the form feed: one page, the letterhead twice in it
        IngestSink sink = readText(LETTERHEAD + "\nSe otorga el beneficio de amnistía a DOS (2) ciudadanos:\n1. BRICEÑO UZCÁTEGUI\n"
                + LETTERHEAD + "\nNELSON ANTONIO C.I. V-19.400.501\n2. ARAY MENDOZA CELESTE C.I. V-19.400.502\n");
        // then: the letterhead in the list is not taken for furniture (as before): it is rejected, never joined to a name
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).doesNotContain("BRICEÑO UZCÁTEGUI NELSON ANTONIO");
        assertThat(sink.account("c.txt").balanced()).isTrue();
    }

    @Test
    void aTwoPagePdfWithBlankLinesAroundThePageBreakJoinsTheCutEntry() throws Exception {
        // given: a two-page PDF; page 1 ends with entry 2's surnames, a blank and "Página 1 de 2"; page 2 opens with the
        // letterhead and a second header line, a blank, then entry 2's given names and cédula
        Path pdf = dir.resolve("c.pdf");
        List<List<String>> pages = List.of(
                List.of(LETTERHEAD, "Oficina de Prensa", "", "Se otorga el beneficio de amnistia a TRES (3) ciudadanos:", "",
                        "1. COLMENARES TOVAR ANA C.I. V-19.400.601", "2. ESCALONA URDANETA", "", "Pagina 1 de 2"),
                List.of(LETTERHEAD, "Oficina de Prensa", "", "GUSTAVO ADOLFO C.I. V-19.400.602", "3. LIENDO YEPEZ ROSA C.I. V-19.400.603",
                        "", "Comuniquese y publiquese.", "", "Pagina 2 de 2"));
        try (PDDocument doc = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage p = new PDPage();
                doc.addPage(p);
                try (PDPageContentStream out = new PDPageContentStream(doc, p)) {
                    out.beginText();
                    out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    out.newLineAtOffset(50, 740);
                    out.setLeading(16);
                    for (String line : lines) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), DocumentText.pdf(pdf), "c.pdf", sink);
        // then: three people, entry 2 whole with its cédula; nothing rejected
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("COLMENARES TOVAR ANA",
                "ESCALONA URDANETA GUSTAVO ADOLFO", "LIENDO YEPEZ ROSA");
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.account("c.pdf").balanced()).isTrue();
    }
}
