package org.rollcall.report;

/**
 * Renders cells as the reports' CSV format ({@link CsvFile#FORMAT}: Commons CSV's {@code DEFAULT}
 * with a new line after each record) prints them, character for character, appending each text
 * whole. The format's own printing is right but slow for millions of rows: a lock per cell and a
 * copy of each text one character at a time ({@code Appendable.append(CharSequence, int, int)}).
 *
 * <p>The rules are the format's minimal quoting (Commons CSV 1.14, {@code printWithQuotes}): a
 * cell is quoted when it is empty and first in its record, starts with a character up to
 * {@code #}, holds a comma, a quote, a carriage return or a new line, or ends with a character up
 * to a space; a quote inside a quoted cell is doubled. A {@code null} cell is printed as nothing,
 * unquoted even first in its record.
 * {@code CsvCellsTest} holds them to the format's output.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** Appends one cell, its comma first unless it opens the record. */
    static void append(StringBuilder out, String value, boolean first) {
        if (!first) {
            out.append(',');
        }
        if (value == null) {
            return; // printed as nothing, never quoted (the format's null string is not set)
        }
        String v = value;
        if (v.isEmpty()) {
            if (first) {
                out.append("\"\"");
            }
            return;
        }
        if (!quoted(v)) {
            out.append(v);
            return;
        }
        out.append('"');
        int start = 0;
        for (int q = v.indexOf('"'); q >= 0; q = v.indexOf('"', q + 1)) {
            out.append(v, start, q + 1).append('"');
            start = q + 1;
        }
        if (start == 0) {
            out.append(v);
        } else {
            out.append(v, start, v.length());
        }
        out.append('"');
    }

    /** Appends a whole record: its cells and the record's new line. */
    static void record(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            append(out, cells[i], i == 0);
        }
        out.append('\n');
    }

    /** True when a non-empty text must be quoted. */
    private static boolean quoted(String v) {
        if (v.charAt(0) <= '#' || v.charAt(v.length() - 1) <= ' ') {
            return true;
        }
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
