package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

/**
 * An NGO list kept in LibreOffice Calc and saved as .ods reads like an .xlsx. The fixture was
 * written by LibreOffice itself (soffice --convert-to ods), not by the library that reads it: a
 * notes sheet first, a title and a blank row above the header, a number cédula, a real date cell
 * and a text date, a blank row between records.
 */
class OdsWorkbookTest {

    private static final Path ODS = Path.of("src/test/resources/fixtures/ods/ong.ods");

    @TempDir
    Path dir;

    @Test
    void aLibreOfficeSpreadsheetReadsWithItsSheetTitleBlankRowsNumbersAndDates() {
        IngestSink sink = new IngestSink(Sources.ngoXlsx(null));

        new XlsxReader().read(sink.source(), ODS, "ong.ods", sink);

        assertThat(sink.records()).extracting(r -> r.row() + " " + r.value(Field.FULL_NAME) + " | " + r.value(Field.ID_NUMBER) + " | "
                + r.value(Field.DETENTION_DATE)).containsExactly(
                        "4 MARCANO ROJAS, WILMER JOSÉ | 15888222 | 2024-08-03",
                        "5 Yeraldine del Valle Suárez de Ortiz | V-21.456.000 | 05/09/2024",
                        "7 Bracho Fermín, Ender |  | 2024-07-30",
                        "8 Quintero, Elvis | no posee | 30/07/2024");
        assertThat(sink.rejected()).isEmpty();
    }

    @Test
    void theHeaderCheckBeforeARunFindsTheColumnsInAnOdsFile() {
        assertThat(new XlsxReader().header(Sources.ngoXlsx(null), ODS))
                .containsExactly("N°", "Apellidos y nombres", "Cédula", "Fecha de detención", "Observaciones");
    }

    @Test
    void aSpreadsheetWrittenWithoutAutomaticStylesStillHasItsSheets() throws Exception {
        // given an .ods a script wrote by hand: office:automatic-styles is optional in ODF, and LibreOffice opens it
        Path file = dir.resolve("hand.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
                    <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>""".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                    office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Managua">\
                    <table:table-row><table:table-cell office:value-type="string"><text:p>Nombre</text:p></table:table-cell></table:table-row>\
                    <table:table-row><table:table-cell office:value-type="string"><text:p>Ruth Tzul Caal</text:p></table:table-cell></table:table-row>\
                    </table:table></office:spreadsheet></office:body></office:document-content>""".getBytes(StandardCharsets.UTF_8));
        }

        try (Workbook wb = OdsWorkbook.read(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ruth Tzul Caal");
        }
    }

    @Test
    void anOdsFileIsKnownByItsContentWhateverItsName() throws Exception {
        Path renamed = Files.copy(ODS, dir.resolve("lista.xlsx"));

        assertThat(OdsWorkbook.isOds(renamed)).isTrue();
        assertThat(OdsWorkbook.isOds(Path.of("src/test/resources/fixtures/ods"))).isFalse();
    }
}
