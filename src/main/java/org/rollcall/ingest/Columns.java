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
            // the block runs on over blank lines (a list printed with a gap every few rows) while list lines follow on the same page
            List<Integer> block = new ArrayList<>(List.of(i));
            int next = i + 1;
            while (true) {
                int k = next;
                while (k < lines.size() && lines.get(k).isBlank()) {
                    k++;
                }
                int last = block.get(block.size() - 1);
                if (k >= lines.size() || number(lines.get(k)) < 0 || !pages.get(k).equals(pages.get(i))
                        || (k == next && physical.get(k) - physical.get(last) > 1)) {
                    break;
                }
                block.add(k);
                next = k + 1;
            }
            reorder(lines, physical, column, block);
            i = next;
        }
    }

    /** Reorders the entries at the block's positions (blank lines between them stay where they are). */
    private static void reorder(List<String> lines, List<Integer> physical, List<Integer> column, List<Integer> block) {
        int last = 0;
        for (int k : block) {
            last = Math.max(last, column.get(k));
        }
        if (last == 0) {
            return; // one entry a line: nothing printed in columns
        }
        int columns = last + 1;
        List<Integer> across = new ArrayList<>(block);
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
        for (int j = 0; j < block.size(); j++) {
            int k = block.get(j);
            lines.set(k, text.get(j));
            physical.set(k, line.get(j));
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
