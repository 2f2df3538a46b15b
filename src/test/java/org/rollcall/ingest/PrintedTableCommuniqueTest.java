package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

/** A web page's table of names printed to PDF by a browser, and the same table as HTML with its header repeated. */
class PrintedTableCommuniqueTest {

    @TempDir
    Path dir;

    /** The text PDFBox gives of a two-page print: each page opens with a form feed. */
    private static final List<String> PRINTED = List.of(
            "\f3/14/27, 9:05 PM Boletín de Beneficiarios",
            "MINISTERIO DE JUSTICIA",
            "Se concede la medida a CINCO (5) personas, a saber:",
            "N° APELLIDOS Y NOMBRES CÉDULA DE",
            "IDENTIDAD ENTIDAD",
            "1 LORENA BEATRIZ QUIJADA V-13.402.118 Portuguesa",
            "2 SAMUEL ELIAS BRACAMONTE V-18.220.941 Nueva Esparta",
            "3 TERESA DEL PILAR",
            "ECHENIQUE V-9.771.305 Apure",
            "https://boletin.example.org/beneficiarios.html 1/2",
            "\f3/14/27, 9:05 PM Boletín de Beneficiarios",
            "N° APELLIDOS Y NOMBRES CÉDULA DE",
            "IDENTIDAD ENTIDAD",
            "4 DOUGLAS ALFONSO RENGIFO S/C Cojedes",
            "5 YAMILET COROMOTO",
            "ARVELÁEZ S/C Delta Amacuro",
            "Publíquese.",
            "https://boletin.example.org/beneficiarios.html 2/2");

    private IngestSink readPrinted() {
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), PRINTED, "b.pdf", sink);
        return sink;
    }

    @Test
    void theBrowsersPageHeaderAndFooterArePageFurnitureNotRejectedLines() {
        IngestSink sink = readPrinted();
        assertThat(sink.rejected()).isEmpty();
        SourceAccount a = sink.account("b.pdf");
        assertThat(a.ignored()).containsEntry("page footer", 4);
        assertThat(a.balanced()).isTrue();
    }

    @Test
    void theColumnAfterTheCedulaIsLeftOutOfNamesWithoutAProblemPerEntry() {
        IngestSink sink = readPrinted();
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("LORENA BEATRIZ QUIJADA",
                "SAMUEL ELIAS BRACAMONTE", "TERESA DEL PILAR ECHENIQUE", "DOUGLAS ALFONSO RENGIFO", "YAMILET COROMOTO ARVELÁEZ");
        assertThat(sink.records()).extracting(r -> r.value(Field.ID_NUMBER)).containsExactly("V-13.402.118", "V-18.220.941", "V-9.771.305", "", "");
        assertThat(sink.fieldProblems()).isEmpty();
    }

    @Test
    void theLastEntrysWrappedSurnameIsJoinedToIt() {
        assertThat(readPrinted().records().get(4).value(Field.FULL_NAME)).isEqualTo("YAMILET COROMOTO ARVELÁEZ");
    }

    @Test
    void theHeaderPrintedAgainOnTheNextPageIsAHeaderLine() {
        SourceAccount a = readPrinted().account("b.pdf");
        assertThat(a.ignored()).containsEntry("header", 2);
    }

    @Test
    void aHeaderRowRepeatedInsideAnHtmlTableIsIgnoredAsAHeader() throws Exception {
        Path file = dir.resolve("b.html");
        Files.writeString(file, """
                <html><body><p>Se concede la medida a TRES (3) personas.</p><table>
                <tr><th>N°</th><th>Apellidos y nombres</th><th>Cédula</th><th>Entidad</th></tr>
                <tr><td>1</td><td>QUIJADA, LORENA BEATRIZ</td><td>V-13.402.118</td><td>Portuguesa</td></tr>
                <tr><td>2</td><td>BRACAMONTE, SAMUEL ELIAS</td><td>V-18.220.941</td><td>Nueva Esparta</td></tr>
                <tr><th>N°</th><th>Apellidos y nombres</th><th>Cédula</th><th>Entidad</th></tr>
                <tr><td>3</td><td>ECHENIQUE, TERESA DEL PILAR</td><td>V-9.771.305</td><td>Apure</td></tr>
                </table></body></html>
                """);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), DocumentText.html(file), "b.html", sink);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3");
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.account("b.html").ignored()).containsEntry("header", 1);
        assertThat(sink.account("b.html").balanced()).isTrue();
    }
}
