package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void anOdsFileIsKnownByItsContentWhateverItsName() throws Exception {
        Path renamed = Files.copy(ODS, dir.resolve("lista.xlsx"));

        assertThat(OdsWorkbook.isOds(renamed)).isTrue();
        assertThat(OdsWorkbook.isOds(Path.of("src/test/resources/fixtures/ods"))).isFalse();
    }
}
