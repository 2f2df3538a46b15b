package org.rollcall.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rollcall.ingest.Ignored;
import org.rollcall.ingest.SheetAccount;
import org.rollcall.ingest.SourceAccount;

/**
 * The accounting identity of every source file, as the workbook's "Accounting" sheet and the
 * html report's table: rows read = records − records sharing a row + rejected + ignored (by kind), and
 * the file's problem.
 * summary.json carries the same accounts under {@code accounting} (see docs/summary-json.md).
 */
final class AccountingTable {

    /** The key of summary.json (and of the run information) holding the accounts. */
    static final String KEY = "accounting";

    private AccountingTable() {
    }

    /** The accounts in a run's information, or none. */
    static List<SourceAccount> from(Map<String, Object> runInfo) {
        Object value = runInfo.get(KEY);
        if (value instanceof List<?> list) {
            return list.stream().filter(SourceAccount.class::isInstance).map(SourceAccount.class::cast).toList();
        }
        return List.of();
    }

    private static List<String> header(String language) {
        List<String> kinds = Arrays.stream(Ignored.values()).map(k -> (language.equals("es") ? "ignoradas: " : "ignored: ") + k.key()).toList();
        List<String> head = new ArrayList<>(language.equals("es")
                ? List.of("fuente", "archivo", "filas leídas", "registros", "registros que comparten fila", "rechazadas", "ignoradas", "cuadra",
                        "problema del archivo")
                : List.of("source", "file", "rows read", "records", "records sharing a row", "rejected", "ignored", "balanced", "file problem"));
        head.addAll(kinds);
        head.add(language.equals("es") ? "hojas" : "sheets");
        return head;
    }

    private static List<Object> cells(SourceAccount a, String language) {
        List<Object> row = new ArrayList<>(List.of(a.sourceId(), a.file(), a.read(), a.records(), a.sharedRowRecords(), a.rejected(), a.ignoredTotal(),
                a.balanced() ? "yes" : "NO", a.problem() == null ? "" : a.problem()));
        for (Ignored k : Ignored.values()) {
            row.add(a.ignored().getOrDefault(k.key(), 0));
        }
        row.add(sheets(a, language));
        return row;
    }

    /**
     * The sheets of a workbook read with {@code sheet: "*"}, one by one: "Enero: read, header on row 3, 237 rows;
     * Notas: ignored (not a list), 5 rows"; empty for other files.
     */
    private static String sheets(SourceAccount a, String language) {
        boolean es = language.equals("es");
        List<String> out = new ArrayList<>();
        for (SheetAccount s : a.sheets()) {
            String outcome = switch (s.outcome()) {
                case SheetAccount.READ -> (es ? "leída, encabezado en la fila " : "read, header on row ") + s.headerRow()
                        + (s.declaredHeaderRow() == null ? "" : " (header-row " + s.declaredHeaderRow() + ")");
                case SheetAccount.IGNORED -> (es ? "ignorada (" : "ignored (") + Ignored.NOT_A_LIST.key() + ")";
                default -> es ? "no se pudo leer (problema del archivo)" : "could not be read (file problem)";
            };
            out.add(s.sheet() + ": " + outcome + ", " + s.read() + (es ? " filas" : " rows"));
        }
        return String.join("; ", out);
    }

    static void sheet(SXSSFWorkbook wb, CellStyle bold, List<SourceAccount> accounts, String language) {
        SXSSFSheet sheet = wb.createSheet(language.equals("es") ? "Contabilidad" : "Accounting");
        List<String> head = header(language);
        Row h = sheet.createRow(0);
        for (int i = 0; i < head.size(); i++) {
            h.createCell(i).setCellValue(head.get(i));
            h.getCell(i).setCellStyle(bold);
        }
        int r = 1;
        for (SourceAccount a : accounts) {
            Row row = sheet.createRow(r++);
            List<Object> cells = cells(a, language);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) instanceof Integer n) {
                    row.createCell(i).setCellValue(n);
                } else {
                    row.createCell(i).setCellValue(String.valueOf(cells.get(i)));
                }
            }
        }
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(8, 60 * 256);
    }

    static String html(List<SourceAccount> accounts, String language) {
        if (accounts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<h2>").append(language.equals("es") ? "Contabilidad de cada archivo" : "What became of every row of every file")
                .append("</h2>\n<p class=\"note\">").append(language.equals("es")
                        ? "filas leídas = registros − registros que comparten fila + rechazadas + ignoradas (títulos, encabezados, líneas en"
                                + " blanco, totales, pies de página…); una fila que nombra a dos personas es una fila leída y dos registros"
                        : "rows read = records − records sharing a row + rejected + ignored (titles, headers, blank lines, totals, page"
                                + " footers…); a row naming two people is one row read and two records")
                .append("</p>\n<table id=\"accounting\"><thead><tr>");
        header(language).forEach(c -> sb.append("<th>").append(HtmlReport.esc(c)).append("</th>"));
        sb.append("</tr></thead><tbody>\n");
        for (SourceAccount a : accounts) {
            sb.append("<tr>");
            cells(a, language).forEach(c -> sb.append("<td>").append(HtmlReport.esc(String.valueOf(c))).append("</td>"));
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }
}
