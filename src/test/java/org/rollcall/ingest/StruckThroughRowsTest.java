package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

/**
 * A row the list's keepers removed by striking it through (every written cell's font crossed out,
 * "duplicado") is an ignored row of kind struck-through, never a live row; a row with some cells
 * struck, or greyed, is read as usual. In an .xlsx (streamed) and an old .xls alike.
 */
class StruckThroughRowsTest {

    @TempDir
    Path dir;

    private static final String[] HEADER = {"N°", "APELLIDOS, Nombres", "C.I.", "Situación"};

    /**
     * Row 4: a live row; row 5: the same person struck through, "Liberado"; row 6: a person with only
     * the status cell struck; row 7: a greyed row; row 8: a struck row without an N°.
     */
    private Path workbook(Workbook wb, String name) throws Exception {
        CellStyle struck = wb.createCellStyle();
        Font strike = wb.createFont();
        strike.setStrikeout(true);
        struck.setFont(strike);
        CellStyle grey = wb.createCellStyle();
        grey.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        grey.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Sheet s = wb.createSheet("Enero");
        s.createRow(0).createCell(0).setCellValue("REGISTRO DE DETENIDOS — ENERO");
        Row h = s.createRow(2);
        for (int i = 0; i < HEADER.length; i++) {
            h.createCell(i).setCellValue(HEADER[i]);
        }
        row(s, 3, 1, "Quispe Mamani, Juan Carlos", 4100001, "Detención preventiva", null, -1);
        row(s, 4, 2, "Quispe Mamani, Juan Carlos", 4100001, "Liberado", struck, -1);
        row(s, 5, 3, "Choque Flores, Rosa", 4100002, "Liberado", struck, 3);
        row(s, 6, 4, "Condori Apaza, Wilfredo", 4100003, "Detención preventiva", grey, -1);
        Row noNumber = row(s, 7, 0, "Mamani Limachi, Elena", 4100004, "Detención preventiva", struck, -1);
        noNumber.removeCell(noNumber.getCell(0));
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** A row; {@code style} on every cell, or only on column {@code only} when it is 0 or more. */
    private static Row row(Sheet s, int index, int number, String name, int id, String status, CellStyle style, int only) {
        Row r = s.createRow(index);
        r.createCell(0).setCellValue(number);
        r.createCell(1).setCellValue(name);
        r.createCell(2).setCellValue(id);
        r.createCell(3).setCellValue(status);
        if (style != null) {
            for (int c = 0; c < 4; c++) {
                if (only < 0 || c == only) {
                    r.getCell(c).setCellStyle(style);
                }
            }
        }
        return r;
    }

    private static IngestSink read(Path file) {
        IngestSink sink = new IngestSink(MonthlySheetsTest.source(3));
        new XlsxReader().read(sink.source(), file, file.getFileName().toString(), sink);
        return sink;
    }

    private static void assertStruckRowsIgnored(IngestSink sink, String file) {
        assertThat(sink.records()).extracting(r -> r.row() + " " + r.value(Field.FULL_NAME) + " " + r.value(Field.STATUS)).containsExactly(
                "4 Quispe Mamani, Juan Carlos Detención preventiva", "6 Choque Flores, Rosa Liberado",
                "7 Condori Apaza, Wilfredo Detención preventiva");
        SourceAccount account = sink.account(file);
        assertThat(account.ignored()).containsEntry("struck-through", 2);
        assertThat(account.balanced()).as(account.toString()).isTrue();
        assertThat(account.problem()).isNull();
    }

    @Test
    void aRowWhoseWrittenCellsAreAllStruckThroughIsAnIgnoredRowInAnXlsx() throws Exception {
        assertStruckRowsIgnored(read(workbook(new XSSFWorkbook(), "registro.xlsx")), "registro.xlsx");
    }

    @Test
    void aRowWhoseWrittenCellsAreAllStruckThroughIsAnIgnoredRowInAnOldXls() throws Exception {
        assertStruckRowsIgnored(read(workbook(new HSSFWorkbook(), "registro.xls")), "registro.xls");
    }
}
