package org.rollcall.text;

/**
 * Text made safe for the formats the reports write, whatever the sources contain: spreadsheet
 * limits (cut with a visible marker; the CSV and JSON exports keep the full text) and formula
 * injection in CSV files opened by Excel or LibreOffice.
 */
public final class CellText {

    /** The most characters an xlsx cell holds (Excel's and POI's limit). */
    public static final int MAX_CELL = 32_767;

    private CellText() {
    }

    /**
     * A cell's text, cut to {@link #MAX_CELL} characters when longer, ending with a marker that
     * says how long it was and where the full text is.
     */
    public static String cut(String value) {
        if (value == null || value.length() <= MAX_CELL) {
            return value;
        }
        String marker = " …[cut: " + value.length() + " characters in all; the full text is in the CSV and JSON exports]";
        int keep = MAX_CELL - marker.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never split a character in two
        }
        return value.substring(0, keep) + marker;
    }

    /**
     * A CSV cell that a spreadsheet will not run as a formula: a value starting with = + - @, a tab
     * or a carriage return gets a leading apostrophe (OWASP's advice for CSV injection).
     */
    public static String forCsv(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
