package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

/** A number in the ID-number column is its digits whatever the cell's style; other columns keep reading dates. */
class IdNumberCellsTest {

    @TempDir
    Path dir;

    @Test
    void aCedulaCellStyledAsADateIsItsDigitsAndAFloatArtefactIsTheWholeNumber() throws Exception {
        // given a sheet whose first cédula cell carries a date style, the second a stored 14200300.999999998
        Path file = dir.resolve("ngo.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet s = wb.createSheet("Detenidos");
            Row h = s.createRow(0);
            String[] header = {"N°", "Apellidos y nombres", "Cédula", "Fecha de detención"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row a = s.createRow(1);
            a.createCell(0).setCellValue(1);
            a.createCell(1).setCellValue("Yépez Nieves, Omar");
            a.createCell(2).setCellValue(14200301);
            a.getCell(2).setCellStyle(date);
            a.createCell(3).setCellValue(LocalDate.of(2025, 3, 10));
            a.getCell(3).setCellStyle(date);
            Row b = s.createRow(2);
            b.createCell(0).setCellValue(2);
            b.createCell(1).setCellValue("Lugo Rivas, Ana");
            b.createCell(2).setCellValue(14200300.999999998);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        IngestSink sink = new IngestSink(Sources.ngoXlsx(1));
        new XlsxReader().read(sink.source(), file, "ngo.xlsx", sink);
        // then the cédulas are their digits, and the date column still reads a date
        assertThat(sink.records()).extracting(r -> r.value(Field.ID_NUMBER)).containsExactly("14200301", "14200301");
        assertThat(sink.records().get(0).value(Field.DETENTION_DATE)).isEqualTo("2025-03-10");
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).doesNotContainNull();
    }
}
