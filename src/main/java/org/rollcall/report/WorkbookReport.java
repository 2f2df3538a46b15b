package org.rollcall.report;

import org.rollcall.ingest.SourceAccount;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rollcall.config.ReportSettings;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;
import org.rollcall.text.CellText;
import org.rollcall.text.StreamingWorkbook;

/**
 * reconciliation.xlsx. The first sheet (Summary / Resumen) opens with the answer in a sentence,
 * the run and its sources, then the figures, each linked to its sheet; every list sheet links back.
 * Figures are number cells, dates date cells, text is never a formula. Every sheet prints as a
 * document: landscape, one page wide, the header row repeated. Sheet names come from the bundle
 * (at most 31 characters, unique). Written with POI's streaming workbook, so memory stays flat
 * whatever the size of the lists.
 */
final class WorkbookReport {

    /** Excel's limit on a sheet name. */
    static final int MAX_SHEET_NAME = 31;
    /** Columns of the Summary's figure table: label, value, sheet (a link), kind, key. */
    static final int SUMMARY_COLUMNS = 5;

    private final Reconciliation rec;
    private final Labels labels;
    private List<SourceAccount> accounts = List.of();
    private Map<String, Object> estimates = Map.of();
    private final String title;
    private final RunHeader header;
    private final Map<String, String> sheetOf = new HashMap<>();
    private int sheetRows = ReportSettings.DEFAULT_SHEET_ROWS;

    WorkbookReport(Reconciliation rec, Labels labels, String title, RunHeader header) {
        this.rec = rec;
        this.labels = labels;
        this.title = title;
        this.header = header;
    }

    /** Adds the "Estimates" sheet: people on no list (see {@link EstimatesSection}). */
    WorkbookReport withEstimates(Map<String, Object> estimates) {
        this.estimates = estimates == null ? Map.of() : estimates;
        return this;
    }

    /** The most rows a list's sheet shows; a longer list's sheet says it is cut and names its CSV. */
    WorkbookReport withSheetRows(int rows) {
        this.sheetRows = rows;
        return this;
    }

    /** Adds the "Accounting" sheet: what became of every row of every source file. */
    WorkbookReport withAccounting(List<SourceAccount> accounts) {
        this.accounts = accounts;
        return this;
    }

    void write(Path file) throws IOException {
        try (SXSSFWorkbook wb = new StreamingWorkbook(200)) {
            Styles styles = new Styles(wb);
            nameSheets();
            summary(wb, styles);
            if (!accounts.isEmpty()) {
                AccountingTable.sheet(wb, styles.bold, accounts, labels.language());
            }
            EstimatesSection.sheet(wb, styles.bold, estimates, labels, labels.get("estimates.sheet"));
            for (Map.Entry<String, List<ListRow>> e : rec.lists().entrySet()) {
                list(wb, styles, e.getKey(), e.getValue());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** Gives every list a sheet name: its bundle name, made unique and at most 31 characters. */
    private void nameSheets() {
        Set<String> used = new HashSet<>();
        used.add(labels.sheet("summary").toLowerCase());
        for (String key : rec.lists().keySet()) {
            String name = sheetName(labels.sheet(key));
            String unique = name;
            for (int n = 2; used.contains(unique.toLowerCase()); n++) {
                String suffix = " (" + n + ")";
                unique = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
            }
            used.add(unique.toLowerCase());
            sheetOf.put(key, unique);
        }
    }

    private void summary(SXSSFWorkbook wb, Styles styles) {
        SXSSFSheet sheet = wb.createSheet(sheetName(labels.sheet("summary")));
        int r = 0;
        r = line(sheet, r, title, styles.title);
        for (String sentence : Headline.answer(rec, labels, header)) {
            r = line(sheet, r, sentence, styles.headline);
        }
        for (String sentence : Headline.context(rec, labels, header)) {
            r = line(sheet, r, sentence, styles.note);
        }
        r++;
        int headerRow = r;
        header(sheet, r++, styles.bold, List.of(labels.summaryHeader().get(2), labels.summaryHeader().get(1),
                labels.summaryHeader().get(4), labels.summaryHeader().get(3), labels.summaryHeader().get(0)));
        for (Figure f : rec.figures()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(labels.figure(f.key(), f.label()));
            row.createCell(1).setCellValue(f.value());
            String target = sheetOf.get(f.key());
            if (target != null) {
                link(wb, row.createCell(2), target, target, styles.link);
            }
            row.createCell(3).setCellValue(labels.get(f.stated() ? "report.stated" : "report.counted"));
            row.createCell(4).setCellValue(f.key());
        }
        widths(sheet, 70, 10, 32, 24, 30);
        printable(sheet, headerRow);
    }

    /** One sentence across the summary's columns, wrapped. */
    private static int line(SXSSFSheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(CellText.cut(text));
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, SUMMARY_COLUMNS - 1));
        row.setHeightInPoints(Math.max(1, (int) Math.ceil(text.length() / 150.0)) * 16f);
        return r + 1;
    }

    private void list(SXSSFWorkbook wb, Styles styles, String key, List<ListRow> rows) {
        SXSSFSheet sheet = wb.createSheet(sheetOf.get(key));
        List<String> columns = labels.listHeader(key);
        header(sheet, 0, styles.bold, columns);
        String summary = sheetName(labels.sheet("summary"));
        link(wb, sheet.getRow(0).createCell(columns.size()), labels.get("report.back"), summary, styles.link);
        int shown = Math.min(rows.size(), sheetRows);
        String cut = shown < rows.size() ? labels.format("report.sheet-cut", shown, rows.size(), key) : null;
        if (cut != null) {
            sheet.getRow(0).createCell(columns.size() + 1).setCellValue(cut);
            sheet.getRow(0).getCell(columns.size() + 1).setCellStyle(styles.cut);
        }
        int r = 1;
        // the first rows only, read no further (a list may be read from its stage file)
        for (ListRow l : rows.subList(0, shown)) {
            Row row = sheet.createRow(r++);
            text(row, 0, l.entityId(), styles.plain);
            text(row, 1, l.name(), styles.plain);
            text(row, 2, l.idNumber(), styles.plain);
            text(row, 3, l.sourceRows(), styles.plain);
            text(row, 4, l.detail(), styles.plain);
            if (l.date() != null) {
                row.createCell(5).setCellValue(l.date());
                row.getCell(5).setCellStyle(styles.date);
            }
        }
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, columns.size() - 1));
        }
        if (cut != null) {
            sheet.createRow(r).createCell(0).setCellValue(cut);
            sheet.getRow(r).getCell(0).setCellStyle(styles.cut);
        }
        widths(sheet, 12, 34, 13, 60, 60, 11, 14);
        printable(sheet, 0);
    }

    /**
     * A text cell with the workbook's default style set on it: a cell without a style looks its
     * column's style up each time it is written (a search of the sheet's column definitions).
     */
    private static void text(Row row, int column, String value, CellStyle plain) {
        Cell cell = row.createCell(column);
        cell.setCellValue(CellText.cut(value));
        cell.setCellStyle(plain);
    }

    private static void link(SXSSFWorkbook wb, Cell cell, String text, String sheet, CellStyle style) {
        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheet.replace("'", "''") + "'!A1");
        cell.setCellValue(text);
        cell.setHyperlink(link);
        cell.setCellStyle(style);
    }

    private static void header(Sheet sheet, int r, CellStyle bold, List<String> names) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, r + 1);
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    /** Landscape A4, one page wide, the header row repeated on every page. */
    static void printable(Sheet sheet, int headerRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** A sheet name within Excel's rules: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", "-");
        // cut with a visible marker; nameSheets() keeps names unique
        return clean.length() <= MAX_SHEET_NAME ? clean : clean.substring(0, MAX_SHEET_NAME - 1) + "…";
    }

    /** The workbook's cell styles. */
    private static final class Styles {
        final CellStyle bold;
        /** The workbook's default style (index 0: written as no style at all). */
        final CellStyle plain;
        final CellStyle date;
        final CellStyle link;
        final CellStyle title;
        final CellStyle headline;
        final CellStyle note;
        /** The note of a cut sheet: bold, on one line (it runs on over the empty cells to its right). */
        final CellStyle cut;

        Styles(SXSSFWorkbook wb) {
            plain = wb.getCellStyleAt(0);
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            bold.setWrapText(true);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Font linkFont = wb.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(linkFont);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            Font headlineFont = wb.createFont();
            headlineFont.setBold(true);
            headlineFont.setFontHeightInPoints((short) 12);
            headline = wb.createCellStyle();
            headline.setFont(headlineFont);
            headline.setWrapText(true);
            headline.setVerticalAlignment(VerticalAlignment.TOP);
            note = wb.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            cut = wb.createCellStyle();
            cut.setFont(boldFont);
            cut.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
