package org.rollcall.ingest;

import static org.rollcall.ingest.NumberedLists.MAX_GAP;
import static org.rollcall.ingest.NumberedLists.NUMBERED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The reading order of a list printed in columns. A communiqué's list printed in two columns
 * reads across ("1. A … 2. B" on one line, "3. C … 4. D" on the next) or down (1 to 10 in the left
 * column, 11 to 20 in the right, so a line holds "1. A … 11. K"). The split entries come in line
 * order; for a block of list lines that holds two entries or more a line, the order whose numbers
 * follow on best (fewest breaks in the numbering) is the one kept: down the columns, one after the
 * other, when that reads 1, 2, 3 … and across reads 1, 11, 2, 12 ….
 */
final class Columns {

    private Columns() {
    }

    /**
     * Reorders, in place, each block of consecutive list lines split into columns so that it reads
     * down the columns when its numbers follow on better so. The four lists run in parallel: an
     * entry's text, its line in the file, its page, and its column on that line (0 first; -1 a
     * lone entry indented into the last column).
     */
    static void readDown(List<String> lines, List<Integer> physical, List<Integer> pages, List<Integer> column) {
        int i = 0;
        while (i < lines.size()) {
            if (number(lines.get(i)) < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && number(lines.get(end)) >= 0 && pages.get(end).equals(pages.get(i))
                    && physical.get(end) - physical.get(end - 1) <= 1) {
                end++;
            }
            reorder(lines, physical, column, i, end);
            i = end;
        }
    }

    private static void reorder(List<String> lines, List<Integer> physical, List<Integer> column, int from, int to) {
        int last = 0;
        for (int k = from; k < to; k++) {
            last = Math.max(last, column.get(k));
        }
        if (last == 0) {
            return; // one entry a line: nothing printed in columns
        }
        int columns = last + 1;
        List<Integer> across = new ArrayList<>();
        for (int k = from; k < to; k++) {
            across.add(k);
        }
        List<Integer> down = new ArrayList<>(across);
        down.sort(Comparator.comparingInt(k -> column.get(k) < 0 ? columns - 1 : column.get(k))); // stable: line order within a column
        if (breaks(lines, down) >= breaks(lines, across)) {
            return;
        }
        List<String> text = new ArrayList<>();
        List<Integer> line = new ArrayList<>();
        for (int k : down) {
            text.add(lines.get(k));
            line.add(physical.get(k));
        }
        for (int k = from; k < to; k++) {
            lines.set(k, text.get(k - from));
            physical.set(k, line.get(k - from));
            column.set(k, 0);
        }
    }

    /** Places where the numbering does not follow on: a number not above the one before, or more than a small gap above it. */
    private static int breaks(List<String> lines, List<Integer> order) {
        int breaks = 0;
        int previous = -1;
        for (int k : order) {
            int n = number(lines.get(k));
            if (previous >= 0 && (n <= previous || n > previous + MAX_GAP)) {
                breaks++;
            }
            previous = n;
        }
        return breaks;
    }

    /** The entry's number, or -1 for a line that is no list entry. */
    private static int number(String line) {
        if (line.length() > CommuniqueReader.MAX_LINE) {
            return -1;
        }
        Matcher m = NUMBERED.matcher(line);
        if (!m.matches()) {
            return -1;
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
