package org.rollcall.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rollcall.text.TextFold;

/**
 * The running headers and footers of a printed communiqué: a line that repeats identically, page
 * numbers aside, on {@value #MIN_PAGES} pages or more ("MINISTERIO DEL PODER POPULAR … Página 2 de
 * 5", a letterhead) is the page's furniture, not text, and certainly not one rejected list line per
 * page.
 *
 * <p>Pages are known when the text marks them with a form feed (PDF text, {@code pdftotext}
 * output): the line then has to stand on that many different pages, among the first or last
 * {@value #MARGIN} lines with text of each. Without page marks, the line
 * has to occur that many times and look unlike a wrapped name: hold a digit (a page number) or at
 * least {@value #MIN_WORDS} words.
 */
final class RunningLines {

    /** Pages (or, without page marks, occurrences) on which a line must stand to be a running header or footer. */
    static final int MIN_PAGES = 3;

    /** Words a repeated line without page marks or digits needs: a wrapped name ("DE LOS ÁNGELES") has fewer. */
    static final int MIN_WORDS = 4;

    /** Lines with text at the top and at the bottom of a page where a running header or footer may stand. */
    static final int MARGIN = 3;

    private RunningLines() {
    }

    /**
     * Which lines are running headers or footers.
     *
     * @param lines the lines, form feeds already taken out
     * @param pages each line's page (0-based), or {@code null} when the text has no page marks
     * @param entryLike lines never taken for furniture: list entries, lines with a cédula
     */
    static boolean[] find(List<String> lines, int[] pages, Predicate<String> entryLike) {
        boolean[] out = new boolean[lines.size()];
        Map<String, Set<Integer>> seen = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        String[] keys = new String[lines.size()];
        boolean[] margin = pages == null ? null : margins(lines, pages);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (TextFold.isBlank(line) || line.length() > 500 || entryLike.test(line) || margin != null && !margin[i]) {
                continue;
            }
            keys[i] = key(line);
            if (keys[i].isEmpty()) {
                continue;
            }
            seen.computeIfAbsent(keys[i], k -> new HashSet<>()).add(pages == null ? i : pages[i]);
            count.merge(keys[i], 1, Integer::sum);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (keys[i] == null || seen.get(keys[i]).size() < MIN_PAGES) {
                continue;
            }
            boolean furniture = pages != null || keys[i].indexOf('#') >= 0 || keys[i].split(" ").length >= MIN_WORDS;
            out[i] = furniture;
        }
        return out;
    }

    /** The lines among the first or last {@value #MARGIN} lines with text of their page: where headers and footers stand. */
    private static boolean[] margins(List<String> lines, int[] pages) {
        boolean[] out = new boolean[lines.size()];
        int from = 0;
        while (from < lines.size()) {
            int to = from;
            while (to < lines.size() && pages[to] == pages[from]) {
                to++;
            }
            int seen = 0;
            for (int i = from; i < to && seen < MARGIN; i++) {
                if (!TextFold.isBlank(lines.get(i))) {
                    out[i] = true;
                    seen++;
                }
            }
            seen = 0;
            for (int i = to - 1; i >= from && seen < MARGIN; i--) {
                if (!TextFold.isBlank(lines.get(i))) {
                    out[i] = true;
                    seen++;
                }
            }
            from = to;
        }
        return out;
    }

    /** The line as compared: folded, every run of digits one '#', spaces collapsed. */
    static String key(String line) {
        return TextFold.fold(line).replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim();
    }
}
