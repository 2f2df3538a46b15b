package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;

/** An NGO workbook that keeps its list on several sheets (one per region), and a sheet of notes. */
class WorkbookSheetsTest {

    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        Path file = dir.resolve("ong.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "Caracas", "Rondón Pérez, Luisa", "Quintero, Yorman");
            sheet(wb, "Interior", "Marcano de Salas, Carmen Elena");
            Sheet notes = wb.createSheet("Notas");
            notes.createRow(0).createCell(0).setCellValue("Actualizado por el equipo de datos");
            notes.createRow(1).createCell(0).setCellValue("Ver también el listado de excarcelados");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void sheet(XSSFWorkbook wb, String name, String... people) {
        Sheet s = wb.createSheet(name);
        s.createRow(0).createCell(0).setCellValue("DETENIDOS — " + name.toUpperCase());
        Row h = s.createRow(2);
        h.createCell(0).setCellValue("Nombre completo");
        h.createCell(1).setCellValue("C.I.");
        for (int i = 0; i < people.length; i++) {
            Row r = s.createRow(3 + i);
            r.createCell(0).setCellValue(people[i]);
            r.createCell(1).setCellValue(10_000_000 + i);
        }
    }

    private static SourceDefinition source(String sheet) {
        return source(sheet, null);
    }

    private static SourceDefinition source(String sheet, Integer headerRow) {
        return new SourceDefinition("ong", SourceKind.NGO_LIST, "ong.xlsx", SourceFormat.XLSX, sheet, headerRow, null, null,
                Map.of(Field.FULL_NAME, "Nombre completo", Field.ID_NUMBER, "C.I."), List.of(), null, Map.of(), Map.of());
    }

    private IngestSink read(String sheet) throws Exception {
        IngestSink sink = new IngestSink(source(sheet));
        new XlsxReader().read(sink.source(), workbook(), "ong.xlsx", sink);
        return sink;
    }

    @Test
    void withoutASheetNamedASecondSheetHoldingTheListIsAFileProblemNotLostInSilence() throws Exception {
        IngestSink sink = read(null);

        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("Rondón Pérez, Luisa", "Quintero, Yorman");
        assertThat(sink.account("ong.xlsx").problem()).contains("sheet 'Interior' also holds the list's columns", "sheet: \"*\"");
        assertThat(sink.account("ong.xlsx").problem()).doesNotContain("Notas");
    }

    @Test
    void aWildcardReadsEverySheetHoldingTheColumnsAndLeavesOutTheNotes() throws Exception {
        IngestSink sink = read("*");

        assertThat(sink.records()).extracting(r -> r.sheet() + "/" + r.row() + "/" + r.recordRef() + "/" + r.value(Field.FULL_NAME))
                .containsExactly("Caracas/4/1/Rondón Pérez, Luisa", "Caracas/5/2/Quintero, Yorman", "Interior/4/3/Marcano de Salas, Carmen Elena");
        SourceAccount account = sink.account("ong.xlsx");
        assertThat(account.problem()).isNull();
        assertThat(account.balanced()).as(account.toString()).isTrue();
        assertThat(account.records()).isEqualTo(3);
    }

    @Test
    void aWildcardMatchingNoSheetWithTheColumnsNamesTheSheets() {
        assertThatThrownBy(() -> read("Notas*")).isInstanceOf(LayoutException.class)
                .hasMessageContaining("no sheet matching 'Notas*'").hasMessageContaining("[Caracas, Interior, Notas]");
    }

    @Test
    void aWildcardWithAHeaderRowStillLeavesOutTheNotesSheet() throws Exception {
        IngestSink sink = new IngestSink(source("*", 3));

        new XlsxReader().read(sink.source(), workbook(), "ong.xlsx", sink);

        assertThat(sink.records()).hasSize(3);
        assertThat(sink.account("ong.xlsx").problem()).isNull();
        assertThat(sink.account("ong.xlsx").balanced()).isTrue();
    }

    @Test
    void aMatchingSheetHoldingATableInAnotherLayoutIsAFileProblemNotLeftOutInSilence() throws Exception {
        Path file = dir.resolve("regiones.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "Capital", "Rondón Pérez, Luisa");
            Sheet other = wb.createSheet("Oriente");
            Row h = other.createRow(0);
            h.createCell(0).setCellValue("Apellidos y nombres");
            h.createCell(1).setCellValue("Documento");
            for (int i = 1; i <= 3; i++) {
                Row r = other.createRow(i);
                r.createCell(0).setCellValue("Persona de Oriente " + i);
                r.createCell(1).setCellValue(20_000_000 + i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        IngestSink sink = new IngestSink(source("*"));

        new XlsxReader().read(sink.source(), file, "regiones.xlsx", sink);

        assertThat(sink.records()).hasSize(1);
        assertThat(sink.account("regiones.xlsx").problem()).contains("sheet 'Oriente'", "holds a table", "not read");
    }
}
