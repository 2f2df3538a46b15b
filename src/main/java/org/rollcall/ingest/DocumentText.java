package org.rollcall.ingest;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a communiqué published as HTML (jsoup), PDF (Apache PDFBox) or Word .docx (Apache POI), as lines, so that
 * the same reading applies to every format. HTML block elements become lines, the items of a
 * numbered list ({@code <ol>}) get their numbers, which browsers draw but the text does not hold,
 * and a table becomes a line per row ({@link HtmlTable}).
 */
final class DocumentText {

    private DocumentText() {
    }

    static List<String> html(Path file) {
        Document doc;
        try {
            doc = Jsoup.parse(file.toFile(), null);
        } catch (IOException e) {
            throw SourceReadException.of(e, "html.unreadable", file, e.getMessage());
        }
        doc.select("script, style, noscript").remove();
        // a news page's navigation, sidebars ("Lo más leído") and footer are no part of the communiqué: their lists are no lists of people
        doc.select("nav, aside, footer, menu, form, [role=navigation], [role=complementary], [role=contentinfo], [role=search]").remove();
        // and a sidebar written as a class or id ("<div class=\"sidebar\">", "lo-mas-leido"), a whole word of it, unless it holds the page's
        // title or main content or anything that looks like a list of people (an ID number)
        for (Element e : doc.select("[class], [id]")) {
            if (e.parent() != null && !List.of("html", "body", "main", "article").contains(e.normalName()) && furniture(e)
                    && e.select("h1, main, article, [role=main]").isEmpty() && !ID_LIKE.matcher(e.text()).find()) {
                e.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        walk(doc.body() == null ? doc : doc.body(), out);
        List<String> lines = new ArrayList<>();
        for (String l : out.toString().split("\n", -1)) {
            lines.add(l.replaceAll("[ \\t\\u00a0]+", " ").trim());
        }
        return lines;
    }

    /** Class and id words (whole) of a news page's sidebar: never a list of people. */
    private static final Set<String> FURNITURE = Set.of("sidebar", "side-bar", "sidebar-wrapper", "barra-lateral", "lo-mas-leido", "mas-leido",
            "mas-leidos", "mas-leidas", "most-read", "most-popular", "related-posts", "trending");

    /** A number as ID numbers are written (V-12.345.678, 12345678, 001-230481-4373B): a list of people may be near. */
    private static final Pattern ID_LIKE = Pattern.compile("\\d{1,3}\\.\\d{3}\\.\\d{3}|\\d{6,}|[VvEe]-\\s?\\d");

    private static boolean furniture(Element e) {
        for (String word : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (FURNITURE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
            } else if (child instanceof Element e && e.normalName().equals("table")) {
                out.append('\n');
                HtmlTable.lines(e).forEach(l -> out.append(l).append('\n'));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                boolean block = List.of("p", "div", "li", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                        "header", "footer", "table", "ul", "ol", "blockquote", "pre").contains(tag);
                if (block) {
                    out.append('\n');
                }
                if (tag.equals("li") && e.parent() != null && e.parent().normalName().equals("ol")) {
                    int start = e.parent().hasAttr("start") ? parseOr(e.parent().attr("start"), 1) : 1;
                    out.append(start + e.elementSiblingIndex()).append(". ");
                }
                if (tag.equals("td") || tag.equals("th")) {
                    out.append(' ');
                }
                walk(e, out);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static List<String> pdf(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new ColumnGaps();
            stripper.setPageStart("\f"); // each page's first line marks its page: running headers and footers are told by page
            String text = stripper.getText(doc);
            if (text.isBlank()) {
                throw SourceReadException.of("pdf.no-text", file);
            }
            return List.of(text.split("\\r?\\n", -1));
        } catch (InvalidPasswordException e) {
            throw SourceReadException.of(e, "pdf.password", file);
        } catch (IOException e) {
            throw SourceReadException.of(e, "pdf.unreadable", file, e.getMessage());
        }
    }

    /**
     * PDFBox's text with a tab where two words of one line stand far apart: a list printed in two
     * columns ("79. NOMBRE, C.I. V-…" beside "117. NOMBRE …") keeps the gap that tells its entries
     * apart, as {@code pdftotext -layout} keeps it; PDFBox alone writes one space there.
     */
    static final class ColumnGaps extends PDFTextStripper {

        /** A gap wider than this many spaces of the font between two words of a line is a column's gap. */
        static final float GAP_SPACES = 4f;

        private float lastEnd = -1;
        private float lastY;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                float space = Math.max(first.getWidthOfSpace(), first.getFontSizeInPt() * 0.25f);
                boolean sameLine = Math.abs(first.getYDirAdj() - lastY) < Math.max(first.getHeightDir(), 1f);
                if (lastEnd >= 0 && sameLine && first.getXDirAdj() - lastEnd > GAP_SPACES * space) {
                    super.writeString("\t");
                }
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
                lastY = last.getYDirAdj();
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            lastEnd = -1;
            super.writeLineSeparator();
        }
    }

    /**
     * A Word (.docx) communiqué: each paragraph a line (a line break inside it too), the items of
     * an automatically numbered list given the numbers Word draws but the text does not hold (from
     * the list's start; bullets get none), a content control's text as lines, and
     * each table row a line ({@link HtmlTable}). Page headers and footers are not part of the body.
     */
    static List<String> docx(Path file) {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> lines = new ArrayList<>();
            Map<String, Integer> numbering = new HashMap<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = p.getText();
                    BigInteger numId = p.getNumID() != null ? p.getNumID() : styleNumbering(doc, p.getStyleID());
                    String format = p.getNumID() != null ? p.getNumFmt() : numberFormat(doc, numId);
                    if (numId != null && !text.isBlank() && !"bullet".equals(format) && !"none".equals(format)) {
                        String key = numId + "/" + (p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue());
                        BigInteger start = p.getNumStartOverride();
                        int n = numbering.merge(key, start == null ? 1 : start.intValue(), (a, b) -> a + 1);
                        text = n + ". " + text;
                    }
                    addLines(lines, text);
                } else if (element instanceof XWPFSDT sdt) {
                    addLines(lines, sdt.getContent().getText()); // a content control (a form field, a block a template fills in)
                } else if (element instanceof XWPFTable t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replaceAll("[ \\t\\u00a0\\r\\n]+", " ").trim());
                        }
                        rows.add(cells);
                    }
                    lines.addAll(HtmlTable.lines(rows));
                }
            }
            if (lines.stream().allMatch(String::isBlank)) {
                throw SourceReadException.of("docx.no-text", file);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SourceReadException sre) {
                throw sre;
            }
            throw SourceReadException.of(e, "docx.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The numbering a paragraph style gives its paragraphs (Word's "List Number", "Lista con
     * números"), following the styles it is based on; {@code null} when none does.
     */
    private static BigInteger styleNumbering(XWPFDocument doc, String styleId) {
        XWPFStyles styles = doc.getStyles();
        for (int depth = 0; styles != null && styleId != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.getNumPr() != null && ppr.getNumPr().getNumId() != null) {
                BigInteger id = ppr.getNumPr().getNumId().getVal();
                return id == null || id.signum() == 0 ? null : id;
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    /** The number format of a numbering's first level ("decimal", "bullet"), or {@code null}. */
    private static String numberFormat(XWPFDocument doc, BigInteger numId) {
        if (numId == null || doc.getNumbering() == null) {
            return null;
        }
        try {
            XWPFNum num = doc.getNumbering().getNum(numId);
            XWPFAbstractNum abs = doc.getNumbering().getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            return abs.getCTAbstractNum().getLvlArray(0).getNumFmt().getVal().toString();
        } catch (RuntimeException e) {
            return null; // a numbering Word can draw but that does not say its format: numbered
        }
    }

    /** A paragraph's text as lines (a line break inside it, Word's vertical tab too), white space folded. */
    private static void addLines(List<String> lines, String text) {
        for (String l : text.split("\\r?\\n|\\v", -1)) {
            lines.add(l.replaceAll("[ \\t\\u00a0]+", " ").trim());
        }
    }
}
