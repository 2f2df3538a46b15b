package org.rollcall.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.text.CellText;

/**
 * reconciliation.xlsx: a Summary sheet with the headline figures first, then one sheet per
 * list, each row pointing at its source rows. Written with POI's streaming workbook, so memory
 * stays flat whatever the size of the lists. Text is written as text cells, never as formulas.
 */
final class WorkbookReport {

    static final String[] LIST_HEADER = {"entity_id", "name", "id_number", "source_rows", "detail", "date"};

    private final Reconciliation rec;
    private final Labels labels;

    WorkbookReport(Reconciliation rec, Labels labels) {
        this.rec = rec;
        this.labels = labels;
    }

    void write(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            summary(wb, bold);
            for (Map.Entry<String, List<ListRow>> e : rec.lists().entrySet()) {
                list(wb, bold, date, e.getKey(), e.getValue());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private void summary(SXSSFWorkbook wb, CellStyle bold) {
        SXSSFSheet sheet = wb.createSheet("Summary");
        header(sheet, bold, labels.summaryHeader().toArray(new String[0]));
        int r = 1;
        for (Figure f : rec.figures()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(CellText.cut(f.key()));
            row.createCell(1).setCellValue(f.value());
            row.createCell(2).setCellValue(CellText.cut(labels.figure(f.key(), f.label())));
            row.createCell(3).setCellValue(labels.get(f.stated() ? "report.stated" : "report.counted"));
            row.createCell(4).setCellValue(sheetName(f.key()));
        }
        widths(sheet, 28, 10, 60, 26, 28);
    }

    private void list(SXSSFWorkbook wb, CellStyle bold, CellStyle dateStyle, String key, List<ListRow> rows) {
        SXSSFSheet sheet = wb.createSheet(sheetName(key));
        header(sheet, bold, labels.listHeader().toArray(new String[0]));
        int r = 1;
        for (ListRow l : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(CellText.cut(l.entityId()));
            row.createCell(1).setCellValue(CellText.cut(l.name()));
            row.createCell(2).setCellValue(CellText.cut(l.idNumber()));
            row.createCell(3).setCellValue(CellText.cut(l.sourceRows()));
            row.createCell(4).setCellValue(CellText.cut(l.detail()));
            if (l.date() != null) {
                row.createCell(5).setCellValue(l.date());
                row.getCell(5).setCellStyle(dateStyle);
            }
        }
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, LIST_HEADER.length - 1));
        }
        widths(sheet, 10, 36, 14, 70, 60, 12);
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    /** Sheet names are at most 31 characters, cut with a visible marker ({@link CellText#sheetName}). */
    static String sheetName(String key) {
        return CellText.sheetName(key);
    }
}
