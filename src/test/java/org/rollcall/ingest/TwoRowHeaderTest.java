package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;

/**
 * Headers over two rows, as volunteers and clerks draw them: a group title merged over some
 * columns with other names merged down over both rows, and names broken over two lines. Expected
 * counts are worked out by hand from the fixtures.
 */
class TwoRowHeaderTest {

    @TempDir
    Path dir;

    private static SourceDefinition ngo(Integer headerRow) {
        return new SourceDefinition("red", SourceKind.NGO_LIST, "red.xlsx", SourceFormat.XLSX, null, headerRow, null, null,
                Map.of(Field.RECORD_REF, "Nro.", Field.SURNAMES, "Apellidos", Field.GIVEN_NAMES, "Nombres", Field.ID_NUMBER, "C.I.",
                        Field.DETENTION_DATE, "Fecha de detención", Field.STATUS, "Situación"),
                List.of("dd/MM/yyyy"), null, Map.of(), Map.of());
    }

    /**
     * Row 1 a title; row 2 not stored; row 3: "Nro." merged over A3:A4, "Datos personales" merged
     * over B3:D3, "Fecha de" (its second half in E4), "Situación" merged over F3:F4; row 4:
     * "Apellidos", "Nombres", "C.I.", "detención"; rows 5–9: four people (one with neither a name
     * nor a cédula) and a totals row.
     */
    private Path groupedWorkbook() throws Exception {
        Path file = dir.resolve("red.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Hoja1");
            s.createRow(0).createCell(0).setCellValue("Registro de detenciones — Red de Defensores (ficticia)");
            Row group = s.createRow(2);
            group.createCell(0).setCellValue("Nro.");
            group.createCell(1).setCellValue("Datos personales");
            group.createCell(4).setCellValue("Fecha de");
            group.createCell(5).setCellValue("Situación");
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            s.addMergedRegion(new CellRangeAddress(2, 2, 1, 3));
            s.addMergedRegion(new CellRangeAddress(2, 3, 5, 5));
            Row names = s.createRow(3);
            names.createCell(1).setCellValue("Apellidos");
            names.createCell(2).setCellValue("Nombres");
            names.createCell(3).setCellValue("C.I.");
            names.createCell(4).setCellValue("detención");
            String[][] rows = {
                {"1", "Salcedo Ruiz", "maría josé", "15.222.333", "03/04/2025", "Detenida"},
                {"2", "Ortega", "Luis", "V-9.111.222", "05/04/2025", "Detenido"},
                {"3", "", "", "abc", "", ""},
                {"4", "Páez León", "Carmen", "", "31/02/2025", "Detenida"},
                {"TOTAL", "4"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(4 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void aGroupTitleMergedAboveTheNamesIsReadTogetherWithThemAndEveryRowIsAccounted() throws Exception {
        Path file = groupedWorkbook();
        for (Integer headerRow : new Integer[] {null, 4}) {
            IngestSink sink = new IngestSink(ngo(headerRow));
            new XlsxReader().read(sink.source(), file, "red.xlsx", sink);
            assertThat(sink.records()).extracting(SourceRecord::row).as("header-row %s", headerRow).containsExactly(5, 6, 8);
            assertThat(sink.records().get(0).values()).containsEntry(Field.SURNAMES, "Salcedo Ruiz").containsEntry(Field.RECORD_REF, "1")
                    .containsEntry(Field.DETENTION_DATE, "03/04/2025").containsEntry(Field.STATUS, "Detenida");
            assertThat(sink.rejected()).extracting(RejectedRow::row).containsExactly(7);
            SourceAccount a = sink.account("red.xlsx");
            assertThat(a.read()).isEqualTo(9);
            assertThat(a.ignored()).isEqualTo(Map.of("title", 1, "blank", 1, "header", 2, "totals", 1));
            assertThat(a.balanced()).isTrue();
        }
    }

    @Test
    void theHeaderCheckedBeforeARunIsTheTwoRowsReadTogether() throws Exception {
        Path file = groupedWorkbook();
        assertThat(new XlsxReader().header(ngo(null), file)).containsExactly("Nro.", "Apellidos", "Nombres", "C.I.", "Fecha de detención",
                "Situación");
    }

    private static SourceDefinition courts(Map<Field, String> columns) {
        return new SourceDefinition("cortes", SourceKind.COURT_RULINGS, "cortes.csv", SourceFormat.CSV, null, null, ";", null, columns,
                List.of(), null, Map.of(RulingDecision.GRANTED, List.of("Amnistía otorgada")), Map.of());
    }

    @Test
    void aCsvColumnNameBrokenOverTwoLinesIsReadWhole() throws Exception {
        // given: a title, the names on lines 2 and 3 ("Cédula de" / "identidad"), two rulings, a blank line, a ruling without a defendant
        Path file = dir.resolve("cortes.csv");
        Files.writeString(file, """
                Listado de causas (ficticio);;;
                Expediente;Imputado;Cédula de;Decisión
                ;;identidad;
                CA-101-2025;GIL PÉREZ, ANA;V-12.222.333;Amnistía otorgada
                CA-102-2025;MORA, LUIS;13444555;Amnistía otorgada

                CA-103-2025;;;Amnistía otorgada
                """, StandardCharsets.UTF_8);
        SourceDefinition source = courts(Map.of(Field.CASE_NUMBER, "Expediente", Field.FULL_NAME, "Imputado",
                Field.ID_NUMBER, "Cédula de identidad", Field.DECISION, "Decisión"));
        IngestSink sink = new IngestSink(source);
        new CsvReader().read(source, file, "cortes.csv", sink);
        // then: 7 lines = 2 records + 1 rejected + title 1, header 2, blank 1
        assertThat(sink.records()).extracting(r -> r.value(Field.ID_NUMBER)).containsExactly("V-12.222.333", "13444555");
        assertThat(sink.records()).extracting(SourceRecord::row).containsExactly(4, 5);
        assertThat(sink.rejected()).extracting(RejectedRow::row).containsExactly(7);
        SourceAccount a = sink.account("cortes.csv");
        assertThat(a.read()).isEqualTo(7);
        assertThat(a.ignored()).isEqualTo(Map.of("title", 1, "header", 2, "blank", 1));
        assertThat(new CsvReader().header(source, file)).contains("Cédula de identidad");
    }

    @Test
    void aGroupTitleAboveACompleteHeaderLineIsATitleAndTheHeaderIsOneLine() throws Exception {
        Path file = dir.resolve("cortes.csv");
        Files.writeString(file, """
                ;Datos del imputado;;
                Expediente;Imputado;Cédula;Decisión
                CA-201-2025;RÍOS, PEDRO;V-14.555.666;Amnistía otorgada
                """, StandardCharsets.UTF_8);
        SourceDefinition source = courts(Map.of(Field.CASE_NUMBER, "Expediente", Field.FULL_NAME, "Imputado", Field.ID_NUMBER, "Cédula",
                Field.DECISION, "Decisión"));
        IngestSink sink = new IngestSink(source);
        new CsvReader().read(source, file, "cortes.csv", sink);
        assertThat(sink.records()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(3));
        assertThat(sink.account("cortes.csv").ignored()).isEqualTo(Map.of("title", 1, "header", 1));
    }

    @Test
    void aQuotedColumnNameWithALineBreakBelowATitleIsFound() throws Exception {
        // given: a title, then a header whose third name is "Cédula de⏎identidad" in quotes (lines 2–3), one ruling
        Path file = dir.resolve("cortes.csv");
        Files.writeString(file, "Causas (ficticio);;;\nExpediente;Imputado;\"Cédula de\nidentidad\";Decisión\n"
                + "CA-401-2025;LUGO, RITA;V-17.777.888;Amnistía otorgada\n", StandardCharsets.UTF_8);
        SourceDefinition source = courts(Map.of(Field.CASE_NUMBER, "Expediente", Field.FULL_NAME, "Imputado",
                Field.ID_NUMBER, "Cédula de identidad", Field.DECISION, "Decisión"));
        IngestSink sink = new IngestSink(source);
        new CsvReader().read(source, file, "cortes.csv", sink);
        assertThat(sink.records()).singleElement().satisfies(r -> assertThat(r.value(Field.ID_NUMBER)).isEqualTo("V-17.777.888"));
        assertThat(sink.account("cortes.csv").balanced()).isTrue();
    }

    @Test
    void twoLinesThatDoNotHoldEveryMappedColumnEvenTogetherAreNoHeader() throws Exception {
        Path file = dir.resolve("cortes.csv");
        Files.writeString(file, """
                Expediente;Imputado;Cédula de;Decisión
                ;;nacimiento;
                CA-301-2025;SOTO, ANA;V-15.666.777;Amnistía otorgada
                """, StandardCharsets.UTF_8);
        SourceDefinition source = courts(Map.of(Field.CASE_NUMBER, "Expediente", Field.FULL_NAME, "Imputado",
                Field.ID_NUMBER, "Cédula de identidad", Field.DECISION, "Decisión"));
        assertThat(new CsvReader().header(source, file)).as("line 1, whose missing column the check names")
                .containsExactly("Expediente", "Imputado", "Cédula de", "Decisión");
    }
}
