package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.text.TextFold;

/**
 * The running headers and footers of a printed communiqué: a line that repeats identically, page
 * numbers aside, on {@value #MIN_PAGES} pages or more, or on both pages of a two-page document whose
 * pages are marked ("MINISTERIO DEL PODER POPULAR … Página 2 de
 * 5", a letterhead) is the page's furniture, not text, and certainly not one rejected list line per
 * page.
 *
 * <p>Pages are known when the text marks them with a form feed (PDF text, {@code pdftotext}
 * output): the line then has to stand on that many different pages, among the first or last
 * {@value #MARGIN} lines with text of each. Without page marks, the line
 * has to occur that many times and look unlike a wrapped name: hold a digit (a page number) or at
 * least {@value #MIN_WORDS} words. Either way, its numbers must stay the same or go up from one
 * occurrence to the next (a page number), else the lines are text whose figures count; a line
 * ending with a colon introduces what follows it and is never one. What a browser prints in the
 * margins of a printed web page (the date and time, the page's address and "1/2") is furniture
 * wherever it stands in them, however few the pages.
 */
final class RunningLines {

    /** Pages (or, without page marks, occurrences) on which a line must stand to be a running header or footer. */
    static final int MIN_PAGES = 3;

    /** Words a repeated line without page marks or digits needs: a wrapped name ("DE LOS ÁNGELES") has fewer. */
    static final int MIN_WORDS = 4;

    /** Lines with text at the top and at the bottom of a page where a running header or footer may stand. */
    static final int MARGIN = 3;

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * What a browser prints in a page's margins when it prints a web page: the date and time with
     * the page's title at the top ("11/25/26, 1:20 AM Gaceta Oficial …"), the page's address with
     * "page/pages" at the bottom ("file:///…/gaceta.html 1/2"). Furniture on any number of pages.
     */
    private static final Pattern BROWSER_MARGIN = Pattern.compile("(?i)^\\s*(?:\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s.*)?|(?:https?|file)://\\S+(?:\\s+\\d{1,4}\\s*/\\s*\\d{1,4})?)\\s*$");

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
        return find(lines, pages, entryLike, l -> false);
    }

    /**
     * As {@link #find(List, int[], Predicate)}; a line that {@code statesFigure} (a sentence whose
     * figure is a claim: "se acuerda la libertad de 4 ciudadanos") is never furniture, however often
     * it repeats.
     */
    static boolean[] find(List<String> lines, int[] pages, Predicate<String> entryLike, Predicate<String> statesFigure) {
        boolean[] out = new boolean[lines.size()];
        Map<String, Set<Integer>> seen = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        String[] keys = new String[lines.size()];
        boolean[] margin = pages == null ? null : margins(lines, pages);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (TextFold.isBlank(line) || line.length() > 500 || line.trim().endsWith(":") || entryLike.test(line) || margin != null && !margin[i]) {
                continue;
            }
            keys[i] = key(line);
            if (keys[i].isEmpty()) {
                continue;
            }
            seen.computeIfAbsent(keys[i], k -> new HashSet<>()).add(pages == null ? i : pages[i]);
            count.merge(keys[i], 1, Integer::sum);
        }
        Map<String, List<long[]>> numbers = new HashMap<>();
        Map<String, Boolean> figures = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (keys[i] != null) {
                numbers.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(numbers(lines.get(i)));
            }
        }
        int minPages = minPages(lines, pages);
        for (int i = 0; i < lines.size(); i++) {
            if (keys[i] != null && BROWSER_MARGIN.matcher(lines.get(i)).matches()) {
                out[i] = true;
                continue;
            }
            if (keys[i] == null || seen.get(keys[i]).size() < minPages || !pageNumbering(numbers.get(keys[i]))) {
                continue;
            }
            boolean furniture = pages != null || keys[i].indexOf('#') >= 0 || keys[i].split(" ").length >= MIN_WORDS;
            String line = lines.get(i);
            out[i] = furniture && !figures.computeIfAbsent(keys[i], k -> statesFigure.test(line));
        }
        return out;
    }

    /**
     * Pages a line must stand on: {@value #MIN_PAGES}, or every page of a document of two pages
     * whose pages are marked (a letterhead printed at the top of both pages of a two-page
     * communiqué is furniture too, and the entry it cuts in two goes on after it).
     */
    private static int minPages(List<String> lines, int[] pages) {
        if (pages == null) {
            return MIN_PAGES;
        }
        Set<Integer> withText = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!TextFold.isBlank(lines.get(i))) {
                withText.add(pages[i]);
            }
        }
        return Math.min(MIN_PAGES, Math.max(2, withText.size()));
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

    /**
     * True when the numbers of a line's occurrences, place by place, are the same every time (a
     * date, a communiqué's number) or go up (a page number): "Se otorga amnistía a 12 / 7 / 3
     * ciudadanos" heading three sections is text whose figures count, not a running header.
     */
    private static boolean pageNumbering(List<long[]> occurrences) {
        long[] first = occurrences.get(0);
        for (int place = 0; place < first.length; place++) {
            boolean same = true;
            boolean rising = true;
            for (int k = 1; k < occurrences.size(); k++) {
                long[] o = occurrences.get(k);
                if (o.length != first.length) {
                    return false;
                }
                same &= o[place] == first[place];
                rising &= o[place] > occurrences.get(k - 1)[place];
            }
            if (!same && !rising) {
                return false;
            }
        }
        return true;
    }

    /** The line's numbers (runs of digits), in order. */
    private static long[] numbers(String line) {
        Matcher m = DIGITS.matcher(line);
        List<Long> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group().length() > 18 ? Long.MAX_VALUE : Long.parseLong(m.group()));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** The line as compared: folded, every run of digits one '#', spaces collapsed. */
    static String key(String line) {
        return TextFold.fold(line).replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim();
    }
}
