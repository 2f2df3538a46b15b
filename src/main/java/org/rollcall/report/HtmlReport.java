package org.rollcall.report;

import org.rollcall.ingest.SourceAccount;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rollcall.match.ModelReport;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;

/**
 * report.html: one self-contained page (no network, no CDN) with the headline figures, a chart of
 * the gap from the announced figure to the people found, why the NGO's detainees are not covered,
 * and every list as a searchable table with its source rows.
 */
final class HtmlReport {

    /** Lists longer than this are cut in the page, which names the list's CSV (it holds every row). */
    static final int MAX_ROWS = 5000;

    private final Reconciliation rec;
    private final Labels labels;
    private final String title;
    private List<SourceAccount> accounts = List.of();
    private Map<String, Object> estimates = Map.of();
    private final RunHeader header;

    HtmlReport(Reconciliation rec, Labels labels, String title, RunHeader header) {
        this.rec = rec;
        this.labels = labels;
        this.title = title;
        this.header = header;
    }

    private List<ReportWriter.PairRow> pairs = List.of();
    private ModelReport model;

    /** Adds the matching evidence: the pairs' weights and waterfalls, the model's m and u. */
    HtmlReport withEvidence(List<ReportWriter.PairRow> pairs, ModelReport model) {
        this.pairs = pairs;
        this.model = model;
        return this;
    }

    /** Adds the table of what became of every row of every source file. */
    /** Adds the people-on-no-list section (see {@link EstimatesSection}). */
    HtmlReport withEstimates(Map<String, Object> estimates) {
        this.estimates = estimates == null ? Map.of() : estimates;
        return this;
    }

    HtmlReport withAccounting(List<SourceAccount> accounts) {
        this.accounts = accounts;
        return this;
    }

    void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html>\n<html lang=\"" + labels.language() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title>\n<style>"
                    + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:1rem 2rem;color:#1d2433;max-width:1200px}"
                    + "h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:.6rem 0 .3rem}"
                    + ".headline{font-size:1.2rem;line-height:1.38;margin:.4rem 0}.headline p{margin:.15rem 0}"
                    + ".context{color:#4a5263;font-size:.8rem;line-height:1.35;margin:.3rem 0}"
                    + ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:.6rem;margin:.4rem 0}"
                    + ".cards.answer{grid-template-columns:repeat(3,1fr)}"
                    + ".card{border:1px solid #d7dce5;border-radius:8px;padding:.5rem .9rem;background:#f8f9fb}"
                    + ".card .v{font-size:1.7rem;font-weight:700}.card .l{font-size:.85rem;color:#4a5263}"
                    + "details{border:1px solid #d7dce5;border-radius:8px;margin:.6rem 0;padding:.4rem .8rem}"
                    + "summary{cursor:pointer;font-weight:600}table{border-collapse:collapse;width:100%;font-size:.85rem;margin-top:.5rem}"
                    + "th,td{border-bottom:1px solid #e4e7ee;padding:.3rem .4rem;text-align:left;vertical-align:top}th{background:#eef1f6;position:sticky;top:0}"
                    + "input.search{width:100%;padding:.4rem;margin-top:.4rem;box-sizing:border-box}.note{color:#5b6475;font-size:.85rem}"
                    + "svg{max-width:1000px;display:block}svg text{font-size:14px}svg.chart{max-width:900px}svg.chart text{font-size:12px}"
                    + "h3.pair{font-size:.9rem;margin:.8rem 0 .2rem}</style></head><body>\n");
            w.write("<h1>" + esc(title) + "</h1>\n");
            w.write("<div class=\"headline\" id=\"headline\">");
            for (String sentence : Headline.answer(rec, labels, header)) {
                w.write("<p>" + esc(sentence) + "</p>");
            }
            w.write("</div>\n<div class=\"context\" id=\"context\">" + String.join("<br>", Headline.context(rec, labels, header).stream()
                    .map(HtmlReport::esc).toList()) + "</div>\n");
            boolean rules = value("amnestied") != null && value("not-amnestied") != null;
            cards(w, "cards answer", rules ? List.of("ngo-people", "amnestied", "not-amnestied") : List.of("ngo-people", "listed-on-ngo-list", "ngo-not-listed"));
            Map<String, Long> reasons = new LinkedHashMap<>();
            // the job's coverage rules (not-amnestied-<reason>) when the run has them; the older not-covered-* view otherwise
            String reasonPrefix = rec.figures().stream().anyMatch(f -> f.key().startsWith("not-amnestied-")) ? "not-amnestied-" : "not-covered-";
            rec.figures().stream().filter(f -> f.key().startsWith(reasonPrefix) && (f.value() > 0 || reasonPrefix.equals("not-covered-")))
                    .forEach(f -> reasons.put(f.key(), f.value()));
            if (!reasons.isEmpty()) {
                w.write("<h2 id=\"why\">" + esc(labels.get("report.reasons")) + "</h2>\n");
                bars(w, reasons);
            }
            w.write("<h2>" + esc(labels.get("report.funnel")) + "</h2>\n");
            bars(w, funnel());
            List<String> listView = value("amnestied") != null ? List.of("listed-on-ngo-list", "ngo-not-listed") : List.of();
            cards(w, "cards", Stream.concat(listView.stream(), Stream.of("announced", "listed", "listed-unknown-to-ngo", "listed-granted-by-court", "listed-released", "rulings",
                    "granted-not-on-government-list", "pairs-to-review", "rejected-rows")).toList());
            w.write("<h2>" + esc(labels.get("report.changes")) + "</h2>\n");
            cards(w, "cards", rec.figures().stream().map(Figure::key).filter(k -> k.startsWith("changes-")).toList());
            evidence(w);
            w.write(EstimatesSection.html(estimates, labels));
            w.write(AccountingTable.html(accounts, labels.language()));
            w.write("<h2>" + esc(labels.get("report.lists")) + "</h2>\n<p class=\"note\">" + esc(labels.get("report.lists-note")) + "</p>\n");
            for (Figure f : rec.figures()) {
                List<ListRow> rows = rec.lists().get(f.key());
                if (rows != null) {
                    table(w, f, rows);
                }
            }
            w.write("<script>document.querySelectorAll('input.search').forEach(function(box){box.addEventListener('input',function(){"
                    + "var q=box.value.toLowerCase();var rows=document.getElementById(box.dataset.table).tBodies[0].rows;"
                    + "for(var i=0;i<rows.length;i++){rows[i].style.display=rows[i].textContent.toLowerCase().indexOf(q)>=0?'':'none';}});});"
                    + "</script>\n</body></html>\n");
        }
    }

    /** The matching evidence as pictures: weights of all pairs, the model's m and u, a waterfall per pair to review. */
    private void evidence(Writer w) throws IOException {
        if (pairs.isEmpty()) {
            return;
        }
        double review = EvidenceCharts.weightOf(header.reviewThreshold());
        double match = EvidenceCharts.weightOf(header.matchThreshold());
        w.write("<h2 id=\"evidence\">" + esc(labels.get("report.evidence")) + "</h2>\n<p class=\"note\">"
                + esc(labels.get("report.evidence-note")) + "</p>\n");
        w.write("<details open><summary>" + esc(labels.get("report.distribution")) + "</summary>"
                + EvidenceCharts.distribution(pairs, labels, review, match) + "</details>\n");
        if (model != null) {
            w.write("<details><summary>" + esc(labels.get("report.model")) + "</summary>" + EvidenceCharts.mu(model, labels) + "</details>\n");
        }
        List<ReportWriter.PairRow> asked = pairs.stream().filter(ReportWriter.PairRow::asked).toList();
        w.write("<details id=\"waterfalls\"><summary>" + esc(labels.get("report.waterfalls")) + " — " + asked.size() + "</summary>\n");
        for (ReportWriter.PairRow p : asked) {
            w.write("<h3 class=\"pair\">" + esc(p.sourceA() + " #" + p.recordA() + " · " + p.sourceB() + " #" + p.recordB()) + "</h3>"
                    + EvidenceCharts.waterfall(p, labels, review, match) + "\n");
        }
        w.write("</details>\n");
    }

    private void cards(Writer w, String css, List<String> keys) throws IOException {
        w.write("<div class=\"" + css + "\">\n");
        for (String key : keys) {
            Long v = value(key);
            if (v != null) {
                w.write("<a href=\"#" + key + "\" style=\"color:inherit;text-decoration:none\"><div class=\"card\" data-figure=\"" + key
                        + "\"><div class=\"v\">" + v + "</div><div class=\"l\">" + esc(labels.figure(key, label(key))) + "</div></div></a>\n");
            }
        }
        w.write("</div>\n");
    }

    /** Nested sets only: announced ⊇ listed ⊇ listed and found on the NGO list. */
    private Map<String, Long> funnel() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String key : List.of("announced", "listed", "listed-on-ngo-list")) {
            if (value(key) != null) {
                out.put(key, value(key));
            }
        }
        return out;
    }

    private void bars(Writer w, Map<String, Long> bars) throws IOException {
        long max = Math.max(1, bars.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int rowHeight = 20;
        int labelWidth = 520;
        int width = 1000;
        w.write("<svg role=\"img\" width=\"100%\" viewBox=\"0 0 " + width + " " + (bars.size() * rowHeight + 10) + "\">\n");
        int y = 5;
        for (Map.Entry<String, Long> e : bars.entrySet()) {
            int len = (int) Math.round((width - labelWidth - 80) * (double) e.getValue() / max);
            String text = labels.figure(e.getKey(), label(e.getKey()));
            if (e.getKey().startsWith("not-amnestied-") && text.indexOf(':') > 0) {
                text = text.substring(text.indexOf(':') + 1).trim(); // the chart's title says "not amnestied"
            }
            w.write("<text x=\"0\" y=\"" + (y + 15) + "\" " + (text.length() > 64 ? "textLength=\"" + (labelWidth - 10) + "\" lengthAdjust=\"spacingAndGlyphs\"" : "") + ">"
                    + esc(text) + "</text>");
            w.write("<rect x=\"" + labelWidth + "\" y=\"" + (y + 2) + "\" width=\"" + Math.max(len, 1) + "\" height=\"16\" fill=\""
                    + (e.getKey().startsWith("not-covered") || e.getKey().startsWith("not-amnestied") || e.getKey().equals("ngo-not-listed")
                    ? "#c2553d" : "#3d6fc2") + "\"/>");
            w.write("<text x=\"" + (labelWidth + len + 6) + "\" y=\"" + (y + 15) + "\" font-weight=\"bold\">" + e.getValue() + "</text>\n");
            y += rowHeight;
        }
        w.write("</svg>\n");
    }

    private void table(Writer w, Figure f, List<ListRow> rows) throws IOException {
        String id = "t-" + f.key();
        w.write("<details id=\"" + f.key() + "\"><summary>" + esc(labels.figure(f.key(), f.label())) + " — " + f.value() + "</summary>\n");
        if (rows.isEmpty()) {
            w.write("<p class=\"note\">" + esc(labels.get("report.empty")) + "</p></details>\n");
            return;
        }
        w.write("<input class=\"search\" type=\"search\" placeholder=\"" + esc(labels.get("report.search")) + "\" data-table=\"" + id + "\">\n");
        w.write("<table id=\"" + id + "\"><thead><tr>");
        for (String h : labels.listHeader(f.key())) {
            w.write("<th>" + esc(h) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        // the first rows only, read no further (a list may be read from its stage file)
        for (ListRow r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            w.write("<tr><td>" + esc(r.entityId()) + "</td><td>" + esc(r.name()) + "</td><td>" + esc(r.idNumber()) + "</td><td>"
                    + esc(r.sourceRows()) + "</td><td>" + esc(r.detail()) + "</td><td>" + (r.date() == null ? "" : r.date()) + "</td></tr>\n");
        }
        w.write("</tbody></table>");
        if (rows.size() > MAX_ROWS) {
            w.write("<p class=\"note\">" + esc(labels.format("report.cut", MAX_ROWS, f.key())) + "</p>");
        }
        w.write("</details>\n");
    }

    private Long value(String key) {
        return rec.figures().stream().filter(f -> f.key().equals(key)).map(Figure::value).findFirst().orElse(null);
    }

    private String label(String key) {
        return rec.figures().stream().filter(f -> f.key().equals(key)).map(Figure::label).findFirst().orElse(key);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
