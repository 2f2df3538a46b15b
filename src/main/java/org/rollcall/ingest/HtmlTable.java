package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.rollcall.text.TextFold;

/**
 * A table of a communiqué published as HTML (or a Word document), as lines the communiqué reader reads like a printed
 * list: one line per row. When a header row names the columns (number, name or surnames and given
 * names, cédula), each row becomes a numbered entry "N. SURNAMES, GIVEN NAMES, C.I. V-…" from just
 * those cells, numbered by its own number cell or, without one, by its place among the table's
 * rows; other tables keep their cells in order, a leading number cell written as a list number.
 */
final class HtmlTable {

    private static final Pattern NUMBER_HEADER = Pattern.compile("n|no|nro|num|numero|#|n o|item|orden");
    private static final Pattern ID_HEADER = Pattern.compile(".*\\b(cedula|c i|ci|documento|identidad|id)\\b.*");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}\\.?");

    private HtmlTable() {
    }

    /** The table's rows as lines, header row included (the reader counts it as a heading or prose). */
    static List<String> lines(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell.text().replaceAll("[ \\t\\u00a0]+", " ").trim());
                }
            }
            rows.add(cells);
        }
        return lines(rows);
    }

    /** The rows of any table (HTML, a Word document's), as lines: see the class comment. */
    static List<String> lines(List<List<String>> rows) {
        int header = -1;
        Columns columns = null;
        for (int r = 0; r < Math.min(rows.size(), 3) && columns == null; r++) {
            columns = Columns.of(rows.get(r));
            header = r;
        }
        List<String> out = new ArrayList<>();
        int place = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (columns == null || r <= header || cells.stream().allMatch(String::isBlank) || Columns.of(cells) != null) {
                out.add(generic(cells));
                continue;
            }
            place++;
            String number = cell(cells, columns.number());
            String name = columns.surnames() >= 0 && columns.given() >= 0
                    ? join(cell(cells, columns.surnames()), ", ", cell(cells, columns.given()))
                    : cell(cells, columns.name());
            String id = cell(cells, columns.id());
            StringBuilder line = new StringBuilder();
            line.append(INTEGER.matcher(number).matches() ? number.replace(".", "") : String.valueOf(place)).append(". ").append(name);
            if (!id.isBlank()) {
                line.append(", C.I. ").append(id);
            }
            out.add(name.isBlank() && id.isBlank() ? generic(cells) : line.toString());
        }
        return out;
    }

    private static String generic(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() > 1 && INTEGER.matcher(filled.get(0)).matches()) {
            return filled.get(0).replace(".", "") + ". " + String.join(" ", filled.subList(1, filled.size()));
        }
        return String.join(" ", filled);
    }

    private static String cell(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    private static String join(String a, String sep, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + sep + b;
    }

    /** Where the columns of a people table are, from its header row; -1 for a column it lacks. */
    private record Columns(int number, int name, int surnames, int given, int id) {

        /** The columns a header row names, or {@code null} when it names no name column. */
        static Columns of(List<String> header) {
            if (header.size() < 2) {
                return null;
            }
            int number = -1;
            int name = -1;
            int surnames = -1;
            int given = -1;
            int id = -1;
            for (int i = 0; i < header.size(); i++) {
                String h = TextFold.fold(header.get(i)).replaceAll("[^a-z0-9#]+", " ").trim();
                boolean hasSurname = h.contains("apellido") || h.contains("surname");
                boolean hasGiven = h.contains("nombre") || h.contains("name");
                if (hasSurname && hasGiven || h.contains("beneficiari") || h.contains("ciudadan") || h.equals("name") || h.equals("full name")) {
                    name = name < 0 ? i : name;
                } else if (hasSurname) {
                    surnames = surnames < 0 ? i : surnames;
                } else if (hasGiven) {
                    given = given < 0 ? i : given;
                } else if (NUMBER_HEADER.matcher(h).matches()) {
                    number = number < 0 ? i : number;
                } else if (ID_HEADER.matcher(h).matches()) {
                    id = id < 0 ? i : id;
                }
            }
            if (name < 0 && surnames < 0 && given >= 0) {
                name = given; // "Nombre" alone is the whole name
                given = -1;
            }
            if (name < 0 && surnames >= 0 && given < 0) {
                name = surnames;
                surnames = -1;
            }
            return name < 0 && (surnames < 0 || given < 0) ? null : new Columns(number, name, surnames, given, id);
        }
    }
}
