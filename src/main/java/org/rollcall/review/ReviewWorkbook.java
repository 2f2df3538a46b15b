package org.rollcall.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rollcall.text.CellText;

/**
 * review.xlsx: one row per pair to decide, the two records side by side with their sources, the
 * model's probability and each field's contribution, then a decision (a dropdown), the reviewer
 * and a comment. A hidden sheet ties each row to its records, so a reviewed copy dropped in the
 * reviews folder is read back by the next run. A second sheet lists the decisions in force.
 */
public final class ReviewWorkbook {

    public static final String SHEET = "review";
    public static final String META = "_rollcall";
    public static final String DECISIONS_SHEET = "decisions";
    /** Column headers of the review sheet; the importer finds columns by these names. */
    public static final List<String> COLUMNS = List.of("pair_id", "priority", "probability", "source_a", "record_a", "name_a", "id_a",
            "where_a", "source_b", "record_b", "name_b", "id_b", "where_b", "why", "decision", "reviewer", "comment");

    private ReviewWorkbook() {
    }

    /**
     * @param job the job's name (a workbook from another job is refused on import)
     * @param decisionsInForce audit rows: pair, decision, reviewer, when, file, row
     */
    public static void write(Path file, String job, String run, String language, List<ReviewPair> pairs, List<List<String>> decisionsInForce)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = wb.createSheet(SHEET);
            Row h = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                h.createCell(i).setCellValue(COLUMNS.get(i));
                h.getCell(i).setCellStyle(bold);
            }
            Sheet meta = wb.createSheet(META);
            meta.createRow(0).createCell(0).setCellValue("job");
            meta.getRow(0).createCell(1).setCellValue(job);
            meta.createRow(1).createCell(0).setCellValue("run");
            meta.getRow(1).createCell(1).setCellValue(run);
            int r = 1;
            for (ReviewPair p : pairs) {
                Row row = sheet.createRow(r);
                String[] cells = {p.pairId(), String.valueOf(p.priority()), String.format(java.util.Locale.ROOT, "%.3f", p.probability()),
                    p.a().source(), p.a().recordId(), p.a().name(), p.a().idNumber(), p.a().where(),
                    p.b().source(), p.b().recordId(), p.b().name(), p.b().idNumber(), p.b().where(), p.why()};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(CellText.cut(cells[i]));
                }
                Row m = meta.createRow(r + 2);
                m.createCell(0).setCellValue(p.pairId());
                m.createCell(1).setCellValue(p.keyA());
                m.createCell(2).setCellValue(p.keyB());
                m.createCell(3).setCellValue(p.check());
                r++;
            }
            if (!pairs.isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidationConstraint list = helper.createExplicitListConstraint(Verdict.labels(language).toArray(new String[0]));
                int col = COLUMNS.indexOf("decision");
                DataValidation v = helper.createValidation(list, new CellRangeAddressList(1, pairs.size(), col, col));
                v.setShowErrorBox(true);
                sheet.addValidationData(v);
            }
            sheet.createFreezePane(1, 1);
            int[] widths = {14, 8, 10, 12, 18, 30, 13, 40, 12, 18, 30, 13, 40, 60, 18, 16, 30};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.setSheetHidden(wb.getSheetIndex(META), true);
            Sheet audit = wb.createSheet(DECISIONS_SHEET);
            List<String> auditHeader = List.of("pair_id", "decision", "reviewer", "comment", "decided_in_file", "row", "imported_in_run");
            Row ah = audit.createRow(0);
            for (int i = 0; i < auditHeader.size(); i++) {
                ah.createCell(i).setCellValue(auditHeader.get(i));
                ah.getCell(i).setCellStyle(bold);
            }
            int ar = 1;
            for (List<String> d : decisionsInForce) {
                Row row = audit.createRow(ar++);
                for (int i = 0; i < d.size(); i++) {
                    row.createCell(i).setCellValue(CellText.cut(d.get(i)));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
