package org.rollcall.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rollcall.text.CellText;

/**
 * The people on no list, for a reader: the estimate with its interval in one sentence, the spread
 * across models, how it moves with the uncertain pairs, what the method assumes, and the overlap
 * table as a picture (one bar per pattern of lists, its lists marked as dots, UpSet-style).
 * Reads the {@code estimates} object of summary.json (see docs/summary-json.md).
 */
final class EstimatesSection {

    private EstimatesSection() {
    }

    static String html(Map<String, Object> estimates, Labels labels) {
        if (estimates == null || estimates.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2 id=\"estimates\">").append(HtmlReport.esc(labels.get("estimates.title"))).append("</h2>\n");
        for (String line : sentences(estimates, labels)) {
            sb.append("<p>").append(HtmlReport.esc(line)).append("</p>\n");
        }
        sb.append(upset(estimates));
        sb.append("<p class=\"note\">").append(HtmlReport.esc(labels.get("estimates.assumptions"))).append("</p>\n");
        return sb.toString();
    }

    /** A sheet "Estimates": the sentences, then the overlap table (pattern, count) and every model fitted. */
    static void sheet(SXSSFWorkbook wb, CellStyle bold, Map<String, Object> estimates, Labels labels, String name) {
        if (estimates == null || estimates.isEmpty()) {
            return;
        }
        Sheet sheet = wb.createSheet(name);
        int r = 0;
        for (String line : sentences(estimates, labels)) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] columns = {labels.get("estimates.pattern"), labels.get("estimates.count"), labels.get("estimates.people")};
        for (int i = 0; i < columns.length; i++) {
            head.createCell(i).setCellValue(columns[i]);
            head.getCell(i).setCellStyle(bold);
        }
        for (Map<String, Object> cell : maps(estimates.get("overlap"))) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(String.valueOf(cell.get("pattern")));
            row.createCell(1).setCellValue(((Number) cell.get("count")).doubleValue());
            if (cell.get("people") instanceof List<?> people) {
                row.createCell(2).setCellValue(CellText.cut(String.join(", ", people.stream().map(String::valueOf).toList())));
            }
        }
        r++;
        Row models = sheet.createRow(r++);
        String[] modelColumns = {labels.get("estimates.model-column"), "AIC", "BIC", labels.get("estimates.estimate"), labels.get("estimates.low"),
                labels.get("estimates.high")};
        for (int i = 0; i < modelColumns.length; i++) {
            models.createCell(i).setCellValue(modelColumns[i]);
            models.getCell(i).setCellStyle(bold);
        }
        for (Map<String, Object> m : maps(estimates.get("models"))) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(String.valueOf(m.get("name")));
            Object[] values = {m.get("AIC"), m.get("BIC"), m.get("estimate"), m.get("low"), m.get("high")};
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Number n) {
                    row.createCell(i + 1).setCellValue(Math.round(n.doubleValue() * 10) / 10.0);
                }
            }
        }
        sheet.setColumnWidth(0, 60 * 256);
    }

    /** The estimate, its interval and population; the spread over models; Chao's bound; the review pairs' effect. */
    static List<String> sentences(Map<String, Object> e, Labels labels) {
        Map<String, Object> h = map(e.get("people-on-no-list"));
        long lists = ((List<?>) e.get("lists")).size();
        if (!Boolean.TRUE.equals(h.get("estimable"))) {
            return List.of(labels.format("estimates.not-estimable", lists, String.valueOf(h.get("reason"))));
        }
        List<String> out = new ArrayList<>();
        out.add(labels.format("estimates.headline", round(h.get("estimate")), round(h.get("low")), round(h.get("high")), lists,
                round(h.get("population")), round(h.get("population-low")), round(h.get("population-high")), e.get("observed")));
        Map<String, Object> spread = map(e.get("model-spread"));
        out.add(labels.format("estimates.model", String.valueOf(h.get("model")), String.valueOf(e.get("criterion")),
                spread.get("estimable-models"), round(spread.get("lowest")), round(spread.get("highest"))));
        Map<String, Object> chao = map(e.get("chao-lower-bound"));
        if (Boolean.TRUE.equals(chao.get("estimable"))) {
            out.add(labels.format("estimates.chao", round(chao.get("estimate"))));
        }
        Map<String, Object> sensitivity = map(e.get("linkage-sensitivity"));
        Map<String, Object> linked = map(sensitivity.get("all-linked"));
        if (Boolean.TRUE.equals(linked.get("estimable"))) {
            out.add(labels.format("estimates.linked", round(linked.get("estimate")), round(linked.get("low")), round(linked.get("high"))));
        }
        map(e.get("strata")).forEach((name, value) -> {
            Map<String, Object> stratified = map(value);
            List<String> parts = new ArrayList<>();
            map(stratified.get("strata")).forEach((stratum, estimates) -> {
                Map<String, Object> s = map(map(estimates).get("people-on-no-list"));
                parts.add(Boolean.TRUE.equals(s.get("estimable"))
                        ? labels.format("estimates.stratum", stratum, round(s.get("estimate")), round(s.get("low")), round(s.get("high")))
                        : labels.format("estimates.stratum-not-estimable", stratum));
            });
            out.add(labels.format("estimates.strata", name, String.join("; ", parts),
                    round(map(stratified.get("sum-of-strata")).get("estimate"))));
        });
        return out;
    }

    /** One bar per pattern, its lists as filled dots beneath the list names. */
    private static String upset(Map<String, Object> e) {
        List<?> lists = (List<?>) e.get("lists");
        List<Map<String, Object>> cells = maps(e.get("overlap"));
        long max = cells.stream().mapToLong(c -> ((Number) c.get("count")).longValue()).max().orElse(1);
        int labelWidth = 140;
        int col = 54;
        int barHeight = 120;
        int width = labelWidth + col * cells.size() + 10;
        int height = barHeight + 30 + 18 * lists.size() + 10;
        StringBuilder sb = new StringBuilder("<svg class=\"upset\" role=\"img\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-size=\"12\">\n");
        for (int i = 0; i < cells.size(); i++) {
            long count = ((Number) cells.get(i).get("count")).longValue();
            int h = (int) Math.round(barHeight * (double) count / Math.max(1, max));
            int x = labelWidth + i * col + 8;
            sb.append("<rect x=\"").append(x).append("\" y=\"").append(20 + barHeight - h).append("\" width=\"").append(col - 16)
                    .append("\" height=\"").append(h).append("\" fill=\"#4a6fa5\"><title>").append(HtmlReport.esc(String.valueOf(cells.get(i)
                            .get("pattern")))).append(": ").append(count).append("</title></rect>");
            sb.append("<text x=\"").append(x + (col - 16) / 2).append("\" y=\"").append(16 + barHeight - h)
                    .append("\" text-anchor=\"middle\">").append(count).append("</text>\n");
        }
        for (int j = 0; j < lists.size(); j++) {
            int y = barHeight + 40 + 18 * j;
            sb.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                    .append(HtmlReport.esc(String.valueOf(lists.get(j)))).append("</text>");
            for (int i = 0; i < cells.size(); i++) {
                List<?> on = (List<?>) cells.get(i).get("lists");
                sb.append("<circle cx=\"").append(labelWidth + i * col + col / 2).append("\" cy=\"").append(y).append("\" r=\"6\" fill=\"")
                        .append(on.contains(lists.get(j)) ? "#222" : "#ddd").append("\"/>");
            }
            sb.append('\n');
        }
        return sb.append("</svg>\n").toString();
    }

    private static String round(Object n) {
        return n instanceof Number x ? String.valueOf(Math.round(x.doubleValue())) : "—";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        return o instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
