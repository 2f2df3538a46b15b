package org.rollcall.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.rollcall.review.VerdictsInForce.StoredVerdict;
import org.rollcall.text.Messages;
import org.rollcall.text.TextFold;
import org.rollcall.text.CellText;
import org.rollcall.text.StreamingWorkbook;

/**
 * review.xlsx: one row per pair to decide. The decision (a dropdown), the reviewer and a comment
 * come right after the pair id; then the model's priority and probability (numbers), the two
 * records' deciding facts side by side (name, cédula, birth and detention dates as dates, place,
 * offence, status, ruling, file and row), and why the pair is asked. The header row has a filter
 * and stays in view. A hidden sheet ties each row to its records, so a reviewed copy dropped in the
 * reviews folder is read back by the next run. Written with POI's streaming workbook
 * ({@link StreamingWorkbook}), its texts in the shared strings table as a workbook edited and
 * read back should have them. A second sheet lists the decisions in force. Headers
 * and sheet names are in the job's language; the importer reads either language.
 */
public final class ReviewWorkbook {

    /** The review sheet's name in English; {@link #sheetNames()} gives both languages. */
    public static final String SHEET = "review";
    public static final String META = "_rollcall";
    /** Column keys of the review sheet, in order; headers are their labels ({@code review.col.<key>}). */
    public static final List<String> COLUMNS = List.of("pair_id", "decision", "reviewer", "comment", "priority", "probability",
            "name_a", "id_a", "birth_a", "detained_a", "place_a", "offence_a", "status_a", "ruling_a", "source_a", "record_a", "where_a",
            "name_b", "id_b", "birth_b", "detained_b", "place_b", "offence_b", "status_b", "ruling_b", "source_b", "record_b", "where_b",
            "why");
    /** The columns the importer needs: the pair, the decision and the fields its check covers. */
    static final List<String> REQUIRED = List.of("pair_id", "decision", "reviewer", "comment", "name_a", "id_a", "name_b", "id_b");
    private static final List<String> AUDIT = List.of("pair_id", "decision", "reviewer", "comment", "file", "row", "run");

    private ReviewWorkbook() {
    }

    /** The review sheet's name in each language. */
    static List<String> sheetNames() {
        return Messages.LANGUAGES.stream().map(l -> Messages.of(l).get("review.sheet.review")).toList();
    }

    /** Column key of a header as written in either language (or as the key itself), folded; {@code null} if none. */
    static Map<String, String> headerKeys() {
        Map<String, String> out = new HashMap<>();
        for (String key : COLUMNS) {
            out.put(TextFold.fold(key).replace(' ', '_'), key);
            for (String language : Messages.LANGUAGES) {
                out.put(TextFold.fold(Messages.of(language).get("review.col." + key)).replace(' ', '_'), key);
            }
        }
        return out;
    }

    /**
     * @param job the job's name (a workbook from another job is refused on import)
     * @param decisionsInForce the analysts' verdicts in force, for the audit sheet
     */
    public static void write(Path file, String job, String run, String language, List<ReviewPair> pairs, List<StoredVerdict> decisionsInForce)
            throws IOException {
        Messages m = Messages.of(language);
        try (StreamingWorkbook wb = new StreamingWorkbook(200, true)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle prob = wb.createCellStyle();
            prob.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0.000"));
            Sheet sheet = wb.createSheet(m.get("review.sheet.review"));
            header(sheet, COLUMNS.stream().map(k -> m.get("review.col." + k)).toList(), bold);
            Sheet meta = wb.createSheet(META);
            meta.createRow(0).createCell(0).setCellValue("job");
            meta.getRow(0).createCell(1).setCellValue(job);
            meta.createRow(1).createCell(0).setCellValue("run");
            meta.getRow(1).createCell(1).setCellValue(run);
            int r = 1;
            for (ReviewPair p : pairs) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(p.pairId());
                row.createCell(4).setCellValue(p.priority());
                Cell pc = row.createCell(5);
                pc.setCellValue(p.probability());
                pc.setCellStyle(prob);
                side(row, 6, p.a(), date, m);
                side(row, 17, p.b(), date, m);
                row.createCell(28).setCellValue(CellText.cut(p.why()));
                Row mr = meta.createRow(r + 2);
                mr.createCell(0).setCellValue(p.pairId());
                mr.createCell(1).setCellValue(p.keyA());
                mr.createCell(2).setCellValue(p.keyB());
                mr.createCell(3).setCellValue(p.check());
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
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, pairs.size()), 0, COLUMNS.size() - 1));
            sheet.createFreezePane(2, 1);
            int[] widths = {15, 18, 16, 24, 9, 11, 30, 13, 12, 12, 16, 24, 14, 18, 10, 9, 40, 30, 13, 12, 12, 16, 24, 14, 18, 10, 9, 40, 70};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            printable(sheet, 3);
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
            wb.setSheetHidden(wb.getSheetIndex(META), true);
            Sheet audit = wb.createSheet(m.get("review.sheet.decisions"));
            header(audit, AUDIT.stream().map(k -> m.get("review.audit." + k)).toList(), bold);
            int ar = 1;
            for (StoredVerdict d : decisionsInForce) {
                Row row = audit.createRow(ar++);
                row.createCell(0).setCellValue(d.pairId());
                row.createCell(1).setCellValue(d.verdict().label(language));
                row.createCell(2).setCellValue(d.reviewer());
                row.createCell(3).setCellValue(CellText.cut(d.comment()));
                row.createCell(4).setCellValue(d.file());
                row.createCell(5).setCellValue(d.row());
                row.createCell(6).setCellValue(d.importedRun());
            }
            int[] auditWidths = {15, 18, 20, 40, 40, 8, 12};
            for (int i = 0; i < auditWidths.length; i++) {
                audit.setColumnWidth(i, auditWidths[i] * 256);
            }
            audit.createFreezePane(0, 1);
            printable(audit, 1);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void header(Sheet sheet, List<String> labels, CellStyle bold) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            h.createCell(i).setCellValue(labels.get(i));
            h.getCell(i).setCellStyle(bold);
        }
    }

    /** Writes a record's facts from column {@code from} on, in the order of {@link #COLUMNS}. */
    private static void side(Row row, int from, ReviewPair.Side s, CellStyle date, Messages m) {
        text(row, from, s.name());
        text(row, from + 1, s.idNumber());
        date(row, from + 2, s.birthDate(), date);
        date(row, from + 3, s.detentionDate(), date);
        text(row, from + 4, s.place());
        text(row, from + 5, s.offence());
        text(row, from + 6, s.status() == null || s.status().isEmpty() ? "" : (m.has("status." + s.status()) ? m.get("status." + s.status()) : s.status()));
        text(row, from + 7, s.ruling());
        text(row, from + 8, s.source());
        text(row, from + 9, s.recordId());
        text(row, from + 10, s.where());
    }

    private static void text(Row row, int col, String value) {
        row.createCell(col).setCellValue(value == null ? "" : CellText.cut(value));
    }

    private static void date(Row row, int col, LocalDate value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(style);
        }
    }

    /** Landscape, {@code pagesWide} pages wide, the header row repeated on every page. */
    static void printable(Sheet sheet, int pagesWide) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) pagesWide);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }
}
