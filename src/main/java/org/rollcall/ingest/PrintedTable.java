package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.text.TextFold;

/**
 * What a table printed to text (a web page printed to PDF, a gazette's table) leaves among the
 * lines of its numbered list: the column header repeated on each page, the cells of a column
 * after the cédula ("… V-12.345.678 Miranda", a state), and the last name wrapped below the last
 * entry. None of them is a person, nor part of a name.
 */
final class PrintedTable {

    /** The words of a header naming a people table's columns: a name column and a cédula column. */
    private static final Pattern NAME_HEADER = Pattern.compile("\\b(nombres?|apellidos?|beneficiari\\w*|ciudadan\\w*)\\b");
    private static final Pattern ID_HEADER = Pattern.compile("\\b(cedula|identidad|c i|ci|documento)\\b");

    /** A short cell after the cédula: one to three words, no digit. */
    private static final Pattern CELL = Pattern.compile("[\\p{L}][\\p{L}.'’-]*(?:\\s+[\\p{L}][\\p{L}.'’-]*){0,2}");

    /** Entries with a cédula of which this share or more carry a short cell after it: a column. */
    private static final double COLUMN_SHARE = 0.5;
    private static final int COLUMN_MIN = 3;

    private PrintedTable() {
    }

    /**
     * True when line {@code i} of a list repeats the table's column header: it names a name and a
     * cédula column and holds no digit, or it is one of the few lines just above the list (a header
     * printed over two lines, "Nº NOMBRES Y APELLIDOS CÉDULA DE" / "IDENTIDAD ESTADO").
     */
    static boolean repeatsHeader(List<String> lines, int listStart, int i) {
        String folded = TextFold.fold(lines.get(i));
        if (folded.isEmpty()) {
            return false;
        }
        if (!NumberedLists.digitOnOneLine(folded) && NAME_HEADER.matcher(folded).find() && ID_HEADER.matcher(folded).find()) {
            return true;
        }
        String key = RunningLines.key(lines.get(i));
        int seen = 0;
        for (int j = listStart - 1; j >= 0 && seen < 3; j--) {
            if (!TextFold.isBlank(lines.get(j))) {
                seen++;
                if (RunningLines.key(lines.get(j)).equals(key) && !key.contains("#")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a line below the list's last entry is the end of its name wrapped onto the next line
     * ("37 NELSON ENRIQUE FIGUEROA" / "SALAZAR S/C Miranda"): a few words, not a sentence, holding
     * a cédula or a no-cédula mark (a line in capitals alone may be a signature: "MINISTRO DEL INTERIOR").
     */
    static boolean wrappedEnd(String line, Pattern noId) {
        String t = line.trim();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith(":") || t.split("\\s+").length > 6) {
            return false;
        }
        return NumberedLists.hasId(t) || noId.matcher(t).find();
    }

    /**
     * True when a numbered line looks like a name cut short: a few words, no cédula nor no-cédula
     * mark, not a sentence ("3. La presente medida entra en vigencia." is an article).
     */
    static boolean nameCut(String numberedLine, Pattern noId) {
        String t = numberedLine.trim();
        return !t.endsWith(".") && !t.endsWith(":") && NumberedLists.WHITESPACE.split(t).length <= 7 && !NumberedLists.hasId(t)
                && !noId.matcher(t).find();
    }

    /**
     * The column after the cédula, when the list has one: the texts after the cédula of its entries
     * (as {@code afterId} gives them, {@code null} for an entry without a cédula), when at least
     * half of those with a cédula, and three or more, end with such a short cell.
     *
     * @return whether the list has the column
     */
    static boolean hasColumn(List<String> afterId) {
        int withId = 0;
        int cells = 0;
        for (String after : afterId) {
            if (after != null) {
                withId++;
                cells += CELL.matcher(after.trim()).matches() ? 1 : 0;
            }
        }
        return cells >= COLUMN_MIN && cells >= COLUMN_SHARE * withId;
    }

    /** True when a text after a cédula is a cell of the column, not a note. */
    static boolean isCell(String after) {
        return CELL.matcher(after.trim()).matches();
    }

    /**
     * The text of an entry without a cédula with the column's cell taken off its end: the words
     * after its no-cédula mark ("GIMENEZ S/C Falcón" → "GIMENEZ S/C"), or a cell other entries hold.
     */
    static String withoutCell(String text, Pattern noIdThenCell, List<String> cellsSeen) {
        Matcher m = noIdThenCell.matcher(text);
        if (m.find() && CELL.matcher(m.group(1).trim()).matches()) {
            return text.substring(0, m.start(1)).stripTrailing();
        }
        String trimmed = text.stripTrailing();
        for (String cell : cellsSeen) {
            if (trimmed.endsWith(" " + cell) && !cell.equals(cell.toUpperCase(Locale.ROOT))) {
                return trimmed.substring(0, trimmed.length() - cell.length()).stripTrailing();
            }
        }
        return text;
    }

    /** The distinct cells seen after cédulas. */
    static List<String> cells(List<String> afterId) {
        List<String> out = new ArrayList<>();
        for (String after : afterId) {
            if (after != null && isCell(after) && !out.contains(after.trim())) {
                out.add(after.trim());
            }
        }
        return out;
    }
}
