package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;

/**
 * Communiqués as printed: running headers and footers on every page, lists under state headings,
 * lists in two columns. Every expected count below is worked out by hand from the fixture's lines.
 */
class CommuniquePagesAndHeadingsTest {

    @TempDir
    Path dir;

    private IngestSink readText(String text) throws Exception {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, text);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), file, "c.txt", sink);
        return sink;
    }

    private static void assertBalanced(IngestSink sink, String file) {
        SourceAccount a = sink.account(file);
        assertThat(a.read()).as("every line accounted for").isEqualTo(a.records() + a.rejected() + a.ignoredTotal());
    }

    @Test
    void aHeaderWithItsPageNumberAndALetterheadRepeatedOnEveryPageAreIgnoredNotRejectedOncePerPage() throws Exception {
        // given: 13 lines; three pages marked only by their running header and footer (no form feeds)
        IngestSink sink = readText("""
                MINISTERIO DEL PODER POPULAR PARA ASUNTOS PENITENCIARIOS — Página 1 de 3
                Se concede la libertad plena a SEIS (6) personas, a saber:
                1) ANDRADE VILLALBA, ROSA ELENA - cédula V-14.222.101
                2) BRITO SALCEDO, TOMÁS - cédula V-9.101.202
                Av. Urdaneta, esquina de Platanal, Caracas
                MINISTERIO DEL PODER POPULAR PARA ASUNTOS PENITENCIARIOS — Página 2 de 3
                3) CORONADO UZCÁTEGUI, LIDIA - cédula V-20.333.404
                4) DUARTE PINEDA, MARCOS - cédula V-7.404.505
                Av. Urdaneta, esquina de Platanal, Caracas
                MINISTERIO DEL PODER POPULAR PARA ASUNTOS PENITENCIARIOS — Página 3 de 3
                5) ESCALONA RUIZ, IRMA - cédula V-11.505.606
                6) FUENMAYOR LEAL, OSCAR - cédula V-16.606.707
                Av. Urdaneta, esquina de Platanal, Caracas
                """);
        // then: 6 entries, 3 headers + 3 footers ignored as page furniture, 1 line of prose, nothing rejected
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("ANDRADE VILLALBA, ROSA ELENA",
                "BRITO SALCEDO, TOMÁS", "CORONADO UZCÁTEGUI, LIDIA", "DUARTE PINEDA, MARCOS", "ESCALONA RUIZ, IRMA", "FUENMAYOR LEAL, OSCAR");
        assertThat(sink.rejected()).isEmpty();
        SourceAccount a = sink.account("c.txt");
        assertThat(a.read()).isEqualTo(13);
        assertThat(a.ignored()).isEqualTo(Map.of("page footer", 6, "prose", 1));
        assertThat(sink.claims()).extracting(Claim::value).containsExactly(6L);
    }

    @Test
    void withPageMarksAShortRunningHeaderIsIgnoredButAWrappedNameInTheMiddleOfAPageIsStillJoined() throws Exception {
        // given: pdftotext-style pages (a form feed opens pages 2 and 3); "GACETA OFICIAL" heads each page; in the
        // middle of each page, an entry without cédula whose name ends on the next line, "DE LOS ÁNGELES"
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (int page = 0; page < 3; page++) {
            text.append(page == 0 ? "" : "\f").append("GACETA OFICIAL\n").append(page == 0 ? "Lista de beneficiarios:\n" : "");
            for (int k = 0; k < 6; k++, n++) {
                text.append(n).append(". APELLIDO").append((char) ('A' + n)).append(", MARÍA");
                text.append(k == 2 ? "\nDE LOS ÁNGELES\n" : " C.I. V-10.200." + (300 + n) + "\n");
            }
        }
        IngestSink sink = readText(text.toString());
        // then: 9 + 8 + 8 = 25 lines = 18 entries + 3 page headers + 3 continuations + 1 heading
        assertThat(sink.records()).hasSize(18);
        assertThat(sink.records().get(2).value(Field.FULL_NAME)).isEqualTo("APELLIDOD, MARÍA DE LOS ÁNGELES");
        assertThat(sink.records().get(14).value(Field.FULL_NAME)).isEqualTo("APELLIDOP, MARÍA DE LOS ÁNGELES");
        assertThat(sink.records().get(12).row()).as("the line an editor shows").isEqualTo(19);
        assertThat(sink.account("c.txt").ignored()).isEqualTo(Map.of("page footer", 3, "continuation", 3, "heading", 1));
        assertThat(sink.rejected()).isEmpty();
        assertBalanced(sink, "c.txt");
    }

    @Test
    void aPdfWhoseEveryPageRepeatsTheMinistrysHeaderGivesEveryEntryAndNoRejectedLine() throws Exception {
        // given: a three-page PDF, each page headed by the ministry and footed by its page number, two entries a page
        Path pdf = dir.resolve("c.pdf");
        try (PDDocument doc = new PDDocument()) {
            int n = 1;
            for (int page = 1; page <= 3; page++) {
                PDPage p = new PDPage();
                doc.addPage(p);
                try (PDPageContentStream out = new PDPageContentStream(doc, p)) {
                    out.beginText();
                    out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    out.newLineAtOffset(50, 740);
                    out.setLeading(16);
                    out.showText("Republica Bolivariana - Ministerio de Asuntos Penitenciarios");
                    out.newLine();
                    if (page == 1) {
                        out.showText("Se acuerda la libertad de SEIS (6) ciudadanos:");
                        out.newLine();
                    }
                    for (int k = 0; k < 2; k++, n++) {
                        out.showText(n + ". CIUDADANO NUMERO " + "ABCDEF".charAt(n - 1) + " GARCIA, C.I. V-12.300.40" + n);
                        out.newLine();
                    }
                    out.showText("Pag. " + page + "/3 - Documento oficial");
                    out.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), DocumentText.pdf(pdf), "c.pdf", sink);
        // then: 6 entries; 3 headers and 3 footers are page furniture
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.account("c.pdf").ignored()).containsEntry("page footer", 6);
        assertBalanced(sink, "c.pdf");
    }

    @Test
    void aSentenceRepeatedOverSectionsWithItsOwnFiguresIsTextWhoseFiguresAllCount() throws Exception {
        // given: three sections, each opened by the same sentence with its own figure (2, 3, then 4: they go up like
        // page numbers), a list under each
        StringBuilder text = new StringBuilder();
        int[] sizes = {2, 3, 4};
        int id = 0;
        for (int k = 0; k < 3; k++) {
            text.append("En esta sección se acuerda la libertad plena de ").append(sizes[k]).append(" ciudadanos del circuito judicial\n");
            for (int n = 1; n <= sizes[k]; n++, id++) {
                text.append(n).append(". PERSONA ").append((char) ('A' + id)).append(" LEAL, C.I. V-16.000.1").append(10 + id).append('\n');
            }
        }
        IngestSink sink = readText(text.toString());
        // then: 12 lines = 9 entries + 3 lines of prose; none taken for a running header, each figure read
        assertThat(sink.records()).hasSize(9);
        assertThat(sink.account("c.txt").ignored()).doesNotContainKey("page footer");
        assertThat(sink.claims()).extracting(Claim::value).contains(2L, 3L, 4L);
        assertBalanced(sink, "c.txt");
    }

    @Test
    void listsNumberedFromOneUnderEachStateHeadingAreAllReadEvenAStateWithOneEntry() throws Exception {
        // given: four states, 3 + 1 + 2 + 1 entries, each list numbered from 1; "Estado Lara" has no colon
        IngestSink sink = readText("""
                Beneficiarios por entidad federal:
                DISTRITO CAPITAL:
                1.- ARRIETA, JUAN CARLOS (V-15.111.222)
                2.- BLANCO, PEDRO (V-16.222.333)
                3.- CÁCERES, LUZ (V-17.333.444)
                MÉRIDA:
                1.- DÁVILA, ROSA (V-18.444.555)
                ZULIA:
                1.- ECHEVERRÍA, ANA (V-19.555.666)
                2.- FARÍAS, LUIS (V-20.666.777)
                Estado Lara
                1.- GUDIÑO, MARTA (V-21.777.888)
                """);
        // then: 7 entries, none read as a numbering typo; 5 headings
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("ARRIETA, JUAN CARLOS", "BLANCO, PEDRO",
                "CÁCERES, LUZ", "DÁVILA, ROSA", "ECHEVERRÍA, ANA", "FARÍAS, LUIS", "GUDIÑO, MARTA");
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1");
        assertThat(sink.fieldProblems()).as("no entry taken for a typo in the numbering").isEmpty();
        assertThat(sink.account("c.txt").ignored()).isEqualTo(Map.of("heading", 5));
        assertThat(sink.rejected()).isEmpty();
        assertBalanced(sink, "c.txt");
    }

    @Test
    void aStateHeadingWithItsCountInParenthesesIsAHeading() throws Exception {
        // given: two states, "ZULIA (2):" and "Estado Lara (1 persona)", each list numbered from 1
        IngestSink sink = readText("""
                ZULIA (2):
                1) ECHEVERRÍA, ANA - V-19.555.666
                2) FARÍAS, LUIS - V-20.666.777
                Estado Lara (1 persona)
                1) GUDIÑO, MARTA - V-21.777.888
                """);
        // then: 5 lines = 3 entries + 2 headings
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1.1", "1.2", "2.1");
        assertThat(sink.account("c.txt").ignored()).isEqualTo(Map.of("heading", 2));
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.fieldProblems()).isEmpty();
    }

    @Test
    void aStateHeadingBetweenEntriesOfOneContinuingListIsAHeadingNotARejectedLine() throws Exception {
        // given: one list numbered 1 to 10 across three states, the headings in capitals without a colon
        StringBuilder text = new StringBuilder("Se otorga amnistía a DIEZ (10) ciudadanos:\nDISTRITO CAPITAL\n");
        for (int n = 1; n <= 10; n++) {
            if (n == 7) {
                text.append("TÁCHIRA\n");
            } else if (n == 9) {
                text.append("Estado Nueva Esparta\n");
            }
            text.append(n).append(". PERSONA ").append("ABCDEFGHIJ".charAt(n - 1)).append(" MORA, C.I. V-14.000.00").append(n - 1).append('\n');
        }
        IngestSink sink = readText(text.toString());
        // then: 12 + 1 lines: 10 entries, 3 headings, 1 prose line
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.account("c.txt").ignored()).isEqualTo(Map.of("heading", 3, "prose", 1));
        assertBalanced(sink, "c.txt");
    }

    @Test
    void problemsOfATwoColumnListCiteTheLineOfTheFileAnEditorShows() throws Exception {
        // given: two entries on each of lines 2, 3 and 6; a stray line (4) and an entry with only a cédula (5) in between
        IngestSink sink = readText("""
                Relación de ciudadanos liberados:
                1. ARAUJO, CARLOS  C.I. V-10.111.222      2. BRICEÑO, ANA  C.I. V-11.222.333
                3. CASTRO, LUIS  C.I. V-12.333.444      4. DUQUE, PEDRO  C.I. V-16.777.888
                sello 2024 ilegible
                5. C.I. V-13.444.555
                6. ESPINOZA, JUAN  C.I. V-14.555.666      7. GIL, MARTA  C.I. V-15.666.777 trasladada
                Se otorga amnistía a SIETE (7) ciudadanos.
                """);
        // then: records and problems carry lines 2, 3, 5, 6 and 7 of the file, not their place among the split entries
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(sink.records()).extracting(SourceRecord::row).containsExactly(2, 2, 3, 3, 5, 6, 6);
        assertThat(sink.rejected()).extracting(RejectedRow::row).containsExactly(4);
        assertThat(sink.fieldProblems()).extracting(Problem::location).containsExactly("c.txt, line 5", "c.txt, line 6");
        assertThat(sink.claims()).filteredOn(c -> c.value() == 7).extracting(Claim::line).containsExactly(7);
        SourceAccount a = sink.account("c.txt");
        assertThat(List.of(a.read(), a.records(), a.rejected(), a.ignoredTotal())).as("each column's entry counts as a line").containsExactly(10, 7, 1, 2);
        assertBalanced(sink, "c.txt");
    }

    @Test
    void aPdfListPrintedInTwoColumnsGivesEveryEntryOfBothColumns() throws Exception {
        // given: a page whose lines each hold an entry of the left column and one of the right, far apart (trial 14 lost the right column)
        Path pdf = dir.resolve("c2.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage();
            doc.addPage(p);
            try (PDPageContentStream out = new PDPageContentStream(doc, p)) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                out.beginText();
                out.setFont(font, 10);
                out.newLineAtOffset(40, 740);
                out.showText("Se otorga amnistia a SEIS (6) ciudadanos:");
                out.endText();
                String[][] rows = {{"1. ANA PEREZ ROJAS S/C", "4. BAYARDO GADEA MONTENEGRO, C.I. V-17.553.448"},
                        {"2. LUIS MORA DIAZ, C.I. V-10.000.002", "5. ROSA LEON GIL S/C"}, {"3. JUAN RIOS PAZ, C.I. V-10.000.003", "6. EVA SOSA LUGO"}};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 2; c++) {
                        out.beginText();
                        out.setFont(font, 10);
                        out.newLineAtOffset(c == 0 ? 40 : 320, 710 - 16 * r);
                        out.showText(rows[r][c]);
                        out.endText();
                    }
                }
            }
            doc.save(pdf.toFile());
        }
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), DocumentText.pdf(pdf), "c2.pdf", sink);
        // then: six entries, each with its own cédula or none; the right column's never glued to the left's
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6");
        assertThat(sink.records()).filteredOn(r -> r.recordRef().equals("1")).singleElement()
                .satisfies(r -> assertThat(r.values()).doesNotContainKey(Field.ID_NUMBER));
        assertThat(sink.records()).filteredOn(r -> r.recordRef().equals("4")).singleElement()
                .satisfies(r -> assertThat(r.value(Field.ID_NUMBER)).isEqualTo("V-17.553.448"));
        assertThat(sink.fieldProblems()).isEmpty();
        assertBalanced(sink, "c2.pdf");
    }

    @Test
    void aLineSayingTheListGoesOnElsewhereIsAPageFooterNeverPartOfTheNameAbove() throws Exception {
        IngestSink sink = readText("""
                Se otorga amnistía a CUATRO (4) ciudadanos:

                1. ANA PÉREZ ROJAS, C.I. V-10.000.001
                2. REINALDO RESTREPO MARTINEZ
                (continúa en la página siguiente)
                3. JUAN RÍOS PAZ, C.I. V-10.000.003
                - Continued on next page -
                4. EVA SOSA LUGO
                """);

        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME))
                .containsExactly("ANA PÉREZ ROJAS", "REINALDO RESTREPO MARTINEZ", "JUAN RÍOS PAZ", "EVA SOSA LUGO");
        assertThat(sink.account("c.txt").ignored()).containsEntry(Ignored.PAGE_FOOTER.key(), 2);
        assertBalanced(sink, "c.txt");
        for (String line : List.of("(continúa)", "Viene de la página anterior", "...continuación", "CONTINÚA EN LA PRÓXIMA HOJA")) {
            assertThat(CommuniqueReader.CONTINUED.matcher(line).matches()).as(line).isTrue();
        }
        for (String line : List.of("SIGUE MARTÍNEZ PÉREZ", "Continúa detenido en Rodeo I", "Viene Díaz", "MARÍA CONTINUA PÉREZ", "SIGUE DETENIDO EN LA SEDE ANTERIOR")) {
            assertThat(CommuniqueReader.continued(line)).as(line).isFalse();
        }
        for (String line : List.of("Comunicado N° 12 (continuación)", "LISTA DE BENEFICIARIOS (cont.)", "Anexo 2 - continuación")) {
            assertThat(CommuniqueReader.continued(line)).as(line).isTrue();
        }
    }
}
