package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

/** An NGO list exported every night as an old Excel 97-2003 (.xls) workbook reads like an .xlsx. */
class OldXlsWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void anOldXlsWorkbookReadsWithItsTitleBlankRowsNumbersAndDates() throws Exception {
        Path file = dir.resolve("ong.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet s = wb.createSheet("Detenidos");
            s.createRow(0).createCell(0).setCellValue("REGISTRO DE DETENCIONES");
            Row h = s.createRow(2);
            String[] header = {"N°", "APELLIDOS Y NOMBRES", "CÉDULA", "FECHA DE DETENCIÓN"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row a = s.createRow(3);
            a.createCell(0).setCellValue(1);
            a.createCell(1).setCellValue("VILLEGAS ARAUJO, YOSMAR");
            a.createCell(2).setCellValue(20111222);
            a.createCell(3).setCellValue(LocalDate.of(2025, 2, 14));
            a.getCell(3).setCellStyle(date);
            Row b = s.createRow(5);
            b.createCell(0).setCellValue(2);
            b.createCell(1).setCellValue("Ana Isabel de la Cruz");
            b.createCell(2).setCellValue("E-81.000.111");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        IngestSink sink = new IngestSink(Sources.ngoXlsx(null));

        new XlsxReader().read(sink.source(), file, "ong.xls", sink);

        assertThat(sink.records()).extracting(r -> r.row() + " " + r.value(Field.FULL_NAME) + " " + r.value(Field.ID_NUMBER) + " "
                + r.value(Field.DETENTION_DATE)).containsExactly("4 VILLEGAS ARAUJO, YOSMAR 20111222 2025-02-14",
                        "6 Ana Isabel de la Cruz E-81.000.111 ");
        assertThat(sink.rejected()).isEmpty();
    }
}
