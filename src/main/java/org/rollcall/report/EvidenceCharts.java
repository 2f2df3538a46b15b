package org.rollcall.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rollcall.match.Contribution;
import org.rollcall.match.ModelReport;

/**
 * The matching evidence as pictures, drawn here as SVG (no script, no network): a waterfall of a
 * pair's match weight (each field's contribution in bits, from the prior to the total, against the
 * two thresholds), the model's m and u per comparison level, and the distribution of pair weights
 * with the thresholds marked. A weight w in bits is a probability of 2^w / (1 + 2^w).
 */
final class EvidenceCharts {

    private static final int WIDTH = 900;
    private static final int LABEL = 330;
    private static final int ROW = 20;
    private static final String UP = "#2f8f5b";
    private static final String DOWN = "#c2553d";
    private static final String TOTAL = "#3d6fc2";

    private EvidenceCharts() {
    }

    /** The weight in bits of a probability: log2(p / (1 - p)). */
    static double weightOf(double probability) {
        double p = Math.min(Math.max(probability, 1e-9), 1 - 1e-9);
        return Math.log(p / (1 - p)) / Math.log(2);
    }

    /**
     * A pair's waterfall: one bar per contribution starting where the previous ended, then the
     * total; dashed lines at the review and match thresholds.
     */
    static String waterfall(ReportWriter.PairRow pair, Labels labels, double reviewWeight, double matchWeight) {
        List<Contribution> parts = pair.contributions();
        double lo = Math.min(0, Math.min(reviewWeight, matchWeight));
        double hi = Math.max(0, Math.max(reviewWeight, matchWeight));
        double cum = 0;
        for (Contribution c : parts) {
            cum += c.weight();
            lo = Math.min(lo, cum);
            hi = Math.max(hi, cum);
        }
        Scale x = new Scale(lo - 1, hi + 1);
        int height = (parts.size() + 1) * ROW + 34;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">");
        threshold(svg, x, reviewWeight, height, labels.get("chart.review-threshold"));
        threshold(svg, x, matchWeight, height, labels.get("chart.match-threshold"));
        int y = 4;
        cum = 0;
        for (Contribution c : parts) {
            double from = cum;
            cum += c.weight();
            label(svg, y, c.field() + ": " + c.level());
            bar(svg, x, from, cum, y, c.weight() >= 0 ? UP : DOWN, String.format(Locale.ROOT, "%+.1f", c.weight()));
            y += ROW;
        }
        label(svg, y, labels.format("chart.total", String.format(Locale.ROOT, "%.3f", pair.probability())));
        bar(svg, x, 0, cum, y, TOTAL, String.format(Locale.ROOT, "%.1f", cum));
        axis(svg, x, y + ROW + 4);
        return svg.append("</svg>").toString();
    }

    /** The model's m and u per level of each comparison, as paired bars from 0 to 1. */
    static String mu(ModelReport model, Labels labels) {
        int rows = model.comparisons().stream().mapToInt(c -> c.levels().size() + 1).sum();
        int height = rows * ROW * 2 / 2 + rows * 4 + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">");
        svg.append("<rect x=\"").append(LABEL).append("\" y=\"2\" width=\"12\" height=\"10\" fill=\"").append(TOTAL).append("\"/>")
                .append("<text x=\"").append(LABEL + 16).append("\" y=\"11\">").append(HtmlReport.esc(labels.get("chart.m"))).append("</text>")
                .append("<rect x=\"").append(LABEL + 300).append("\" y=\"2\" width=\"12\" height=\"10\" fill=\"#e0a030\"/>")
                .append("<text x=\"").append(LABEL + 316).append("\" y=\"11\">").append(HtmlReport.esc(labels.get("chart.u"))).append("</text>");
        Scale x = new Scale(0, 1.3); // the last quarter of the plot holds the figures
        int y = 20;
        for (ModelReport.ComparisonReport c : model.comparisons()) {
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-weight=\"bold\">").append(HtmlReport.esc(c.name())).append("</text>");
            y += ROW;
            for (int l = 0; l < c.levels().size(); l++) {
                label(svg, y, "  " + c.levels().get(l));
                double m = c.m().get(l);
                double u = c.u().get(l);
                svg.append(rect(x.at(0), y + 2, x.at(m) - x.at(0), 8, TOTAL));
                svg.append(rect(x.at(0), y + 10, x.at(u) - x.at(0), 8, "#e0a030"));
                svg.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", x.at(1.02))).append("\" y=\"").append(y + 15).append("\">")
                        .append(String.format(Locale.ROOT, "m %.3f · u %.3f · %+.1f", m, u, c.weight().get(l))).append("</text>");
                y += ROW + 4;
            }
        }
        return svg.append("</svg>").toString();
    }

    /** How many pairs have each weight (bins of 2 bits), with the two thresholds marked. */
    static String distribution(List<ReportWriter.PairRow> pairs, Labels labels, double reviewWeight, double matchWeight) {
        double lo = Math.floor(Math.min(reviewWeight, pairs.stream().mapToDouble(ReportWriter.PairRow::weight).min().orElse(0)) / 2) * 2;
        double hi = Math.ceil(Math.max(matchWeight, pairs.stream().mapToDouble(ReportWriter.PairRow::weight).max().orElse(0)) / 2) * 2;
        int bins = Math.max(1, (int) ((hi - lo) / 2));
        int[] count = new int[bins];
        for (ReportWriter.PairRow p : pairs) {
            count[Math.min(bins - 1, (int) ((p.weight() - lo) / 2))]++;
        }
        int max = 1;
        for (int n : count) {
            max = Math.max(max, n);
        }
        int plot = 180;
        int height = plot + 50;
        Scale x = new Scale(lo, hi);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">");
        label(svg, 4, labels.format("chart.pairs", pairs.size()));
        for (int b = 0; b < bins; b++) {
            double h = plot * (double) count[b] / max;
            double from = lo + 2 * b;
            String color = from + 2 <= reviewWeight ? "#9aa3b5" : from >= matchWeight ? TOTAL : "#e0a030";
            svg.append(rect(x.at(from) + 1, 20 + plot - h, x.at(from + 2) - x.at(from) - 2, h, color));
            if (count[b] > 0) {
                svg.append("<text x=\"").append(x.at(from) + 2).append("\" y=\"").append(String.format(Locale.ROOT, "%.0f", 16 + plot - h))
                        .append("\" font-size=\"11\">").append(count[b]).append("</text>");
            }
        }
        threshold(svg, x, reviewWeight, plot + 24, labels.get("chart.review-threshold"));
        threshold(svg, x, matchWeight, plot + 24, labels.get("chart.match-threshold"));
        axis(svg, x, plot + 40);
        return svg.append("</svg>").toString();
    }

    private static void label(StringBuilder svg, int y, String text) {
        String shown = text.length() > 48 ? text.substring(0, 47) + "…" : text;
        svg.append("<text x=\"0\" y=\"").append(y + 14).append("\"><title>").append(HtmlReport.esc(text)).append("</title>")
                .append(HtmlReport.esc(shown)).append("</text>");
    }

    private static void bar(StringBuilder svg, Scale x, double from, double to, int y, String color, String value) {
        double left = x.at(Math.min(from, to));
        double right = x.at(Math.max(from, to));
        svg.append(rect(left, y + 3, Math.max(1, right - left), ROW - 6, color));
        svg.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", right + 4)).append("\" y=\"").append(y + 14)
                .append("\" font-size=\"11\">").append(value).append("</text>");
    }

    private static void threshold(StringBuilder svg, Scale x, double weight, int height, String name) {
        String at = String.format(Locale.ROOT, "%.1f", x.at(weight));
        svg.append("<line x1=\"").append(at).append("\" x2=\"").append(at).append("\" y1=\"0\" y2=\"").append(height)
                .append("\" stroke=\"#5b6475\" stroke-dasharray=\"4 3\"><title>").append(HtmlReport.esc(name)).append("</title></line>");
    }

    private static void axis(StringBuilder svg, Scale x, int y) {
        List<String> ticks = new ArrayList<>();
        int step = Math.max(2, (int) Math.ceil((x.hi - x.lo) / 10 / 2) * 2);
        for (int t = (int) Math.ceil(x.lo / step) * step; t <= x.hi; t += step) {
            ticks.add("<text x=\"" + String.format(Locale.ROOT, "%.1f", x.at(t)) + "\" y=\"" + y + "\" font-size=\"11\" text-anchor=\"middle\">"
                    + t + "</text>");
        }
        svg.append(String.join("", ticks));
    }

    private static String rect(double x, double y, double w, double h, String color) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, w, h, color);
    }

    /** Weight (bits) → x in the plot area right of the labels. */
    private record Scale(double lo, double hi) {
        double at(double v) {
            return LABEL + (WIDTH - LABEL - 60) * (v - lo) / Math.max(1e-9, hi - lo);
        }
    }
}
