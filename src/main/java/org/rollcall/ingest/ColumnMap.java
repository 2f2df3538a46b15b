package org.rollcall.ingest;

import java.util.Collection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.Field;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.rollcall.text.TextFold;

/**
 * Maps the cells of a tabular row to canonical fields by the source's column names. Column
 * names are compared folded ("CÉDULA" finds "Cedula"), so a change of case or accent in the
 * header does not break a job.
 */
public final class ColumnMap {

    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d[\\d.,]*");

    /** How a job file joins columns into one field: "Primer Apellido + Segundo Apellido". */
    private static final Pattern PLUS = Pattern.compile("\\s+\\+\\s+");

    /** Field → the columns it reads, one or more (their texts joined by a space). */
    private final Map<Field, int[]> index;
    private final Map<String, Integer> attributes;

    private ColumnMap(Map<Field, int[]> index, Map<String, Integer> attributes) {
        this.index = index;
        this.attributes = attributes;
    }

    /**
     * Resolves a source's columns and its attribute columns (any other column, by name) against a header row.
     *
     * @return the map, or {@code null} when a mapped column is missing; see {@link #missingColumns}
     */
    public static ColumnMap resolve(SourceDefinition source, List<String> header) {
        if (!missingColumns(source, header).isEmpty()) {
            return null;
        }
        return new ColumnMap(indexOf(source.columns(), header), attributeIndex(source.attributes(), header));
    }

    /** The names of the mapped columns (fields and attributes) that the header lacks. */
    public static List<String> missingColumns(SourceDefinition source, List<String> header) {
        List<String> out = new ArrayList<>(missing(source.columns(), header).values());
        Map<String, Integer> found = attributeIndex(source.attributes(), header);
        source.attributes().forEach((name, column) -> {
            if (!found.containsKey(name)) {
                out.add(column);
            }
        });
        return out;
    }

    private static Map<String, Integer> attributeIndex(Map<String, String> columns, List<String> header) {
        List<String> folded = header.stream().map(ColumnMap::headerKey).toList();
        Map<String, Integer> idx = new LinkedHashMap<>();
        columns.forEach((name, column) -> {
            int i = folded.indexOf(headerKey(column));
            if (i >= 0) {
                idx.put(name, i);
            }
        });
        return idx;
    }

    /** Attribute name → trimmed cell text, for the mapped attributes that are not blank, in mapping order. */
    public Map<String, String> attributes(List<String> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes.forEach((name, i) -> {
            if (i < cells.size() && cells.get(i) != null && !cells.get(i).isBlank()) {
                out.put(name, cells.get(i).trim());
            }
        });
        return out;
    }

    /**
     * Resolves the mapping against a header row.
     *
     * @return the map, or {@code null} when a mapped column is missing; see {@link #missing}
     */
    public static ColumnMap resolve(Map<Field, String> columns, List<String> header) {
        return missing(columns, header).isEmpty() ? new ColumnMap(indexOf(columns, header), Map.of()) : null;
    }

    /** Mapped column names that the header lacks, field → column. */
    public static Map<Field, String> missing(Map<Field, String> columns, List<String> header) {
        Map<Field, int[]> idx = indexOf(columns, header);
        Map<Field, String> out = new LinkedHashMap<>();
        columns.forEach((f, c) -> {
            if (!idx.containsKey(f)) {
                out.put(f, c);
            }
        });
        return out;
    }

    /**
     * A message naming every mapped column whose name the header holds more than once (a second,
     * sparse "CÉDULA" column would otherwise be used or ignored silently), with the columns' places
     * and the fix; {@code null} when there is none.
     */
    public static String duplicates(Map<Field, String> columns, List<String> header) {
        List<String> folded = header.stream().map(ColumnMap::headerKey).toList();
        List<String> found = new ArrayList<>();
        columns.forEach((field, mapped) -> {
            // each part of joined columns ("Nac. + Cédula") too: a second "Cédula" would be read or not in silence
            List<String> names = folded.contains(headerKey(mapped)) ? List.of(mapped) : parts(mapped);
            for (String column : names) {
                List<String> places = new ArrayList<>();
                for (int i = 0; i < folded.size(); i++) {
                    if (folded.get(i).equals(headerKey(column))) {
                        places.add(letter(i) + " (" + (i + 1) + ")");
                    }
                }
                if (places.size() > 1) {
                    found.add("column '" + column + "' (" + field.key() + ") appears " + places.size() + " times in the header, at columns "
                            + String.join(", ", places));
                }
            }
        });
        return found.isEmpty() ? null : String.join("; ", found) + "; rename the column that is not the one to read, so that"
                + " each mapped name appears once";
    }

    /**
     * A header name as compared: folded (case, accents, punctuation), with the ordinal and degree
     * signs one letter ("Nº" and "N°" look alike on screen and are one column).
     */
    static String headerKey(String name) {
        return name == null ? "" : TextFold.fold(name.replace('°', 'o').replace('º', 'o').replace('ª', 'a'));
    }

    /** The header's name closest to {@code column} (a letter or two off, folded), or {@code null}. */
    public static String closest(String column, List<String> header) {
        String key = headerKey(column);
        String best = null;
        int bestDistance = Math.max(2, key.length() / 4) + 1;
        LevenshteinDistance distance = new LevenshteinDistance(bestDistance);
        for (String h : header) {
            if (h == null || h.isBlank()) {
                continue;
            }
            int d = distance.apply(key, headerKey(h));
            if (d >= 0 && d < bestDistance) {
                best = h.trim();
                bestDistance = d;
            }
        }
        return best;
    }

    /** The number of the mapped columns a row holds: how much it looks like the header. */
    public static int mappedIn(Map<Field, String> columns, List<String> row) {
        return indexOf(columns, row).size();
    }

    /** A spreadsheet column's letters: 0 → A, 26 → AA. */
    static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            sb.insert(0, (char) ('A' + i % 26));
        }
        return sb.toString();
    }

    /** True when the row holds every mapped column name: a header candidate. */
    public static boolean looksLikeHeader(Map<Field, String> columns, List<String> row) {
        return !columns.isEmpty() && missing(columns, row).isEmpty();
    }

    /**
     * Field → the header places it reads: the column of its name; or, for a name that joins columns
     * with " + " and is not itself a header name ("Primer Apellido + Segundo Apellido"), the column
     * of each part, when every part is there.
     */
    private static Map<Field, int[]> indexOf(Map<Field, String> columns, List<String> header) {
        List<String> folded = header.stream().map(ColumnMap::headerKey).toList();
        Map<Field, int[]> idx = new EnumMap<>(Field.class);
        columns.forEach((field, column) -> {
            int[] places = places(column, folded);
            if (places != null) {
                idx.put(field, places);
            }
        });
        return idx;
    }

    private static int[] places(String column, List<String> folded) {
        int i = folded.indexOf(headerKey(column));
        if (i >= 0) {
            return new int[] {i};
        }
        String[] parts = PLUS.split(column.trim());
        if (parts.length < 2) {
            return null;
        }
        int[] out = new int[parts.length];
        for (int p = 0; p < parts.length; p++) {
            out[p] = folded.indexOf(headerKey(parts[p]));
            if (out[p] < 0) {
                return null;
            }
        }
        return out;
    }

    /** The parts of a mapped column name that joins columns ("A + B" → [A, B]); the name alone otherwise. */
    public static List<String> parts(String column) {
        return List.of(PLUS.split(column.trim()));
    }

    /** The column indexes {@code field} is read from (several for joined columns); empty when it is not mapped. */
    public int[] columnsOf(Field field) {
        int[] places = index.get(field);
        return places == null ? new int[0] : places.clone();
    }

    /** The column indexes the mapping reads. */
    public Collection<Integer> mappedColumns() {
        List<Integer> out = new ArrayList<>();
        index.values().forEach(places -> {
            for (int i : places) {
                out.add(i);
            }
        });
        return out;
    }

    /** Canonical field → trimmed cell text (joined columns' texts joined by a space), for the mapped fields that are not blank. */
    public Map<Field, String> values(List<String> cells) {
        Map<Field, String> out = new EnumMap<>(Field.class);
        index.forEach((field, places) -> {
            String text = places.length == 1 ? cell(cells, places[0]) : joined(cells, places);
            if (text != null) {
                out.put(field, text);
            }
        });
        return out;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null && !cells.get(i).isBlank() ? cells.get(i).trim() : null;
    }

    private static String joined(List<String> cells, int[] places) {
        StringBuilder sb = new StringBuilder();
        for (int i : places) {
            String c = cell(cells, i);
            if (c != null) {
                sb.append(sb.isEmpty() ? "" : " ").append(c);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** True when a row has no text in any cell. */
    public static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(TextFold::isBlank);
    }

    /**
     * The figure of a totals row ("TOTAL | 651", "Suman | 103", "TOTAL: 173", "Gran total | 651"),
     * {@code -1} for one without a figure, or {@code null} when the row is not one: its first
     * non-blank cell starts with "total", or its first non-blank cell, in whichever column, is a
     * totals word ({@link #TOTALS_WORDS}, Spanish, English, Portuguese; with its figure or not) and
     * the rest of its cells are numbers. A totals word after a number is a person's row
     * ("2 | Suma | 10000005": the single-name person Suma, an Andean surname), never a totals row.
     * Its first number is the figure.
     */
    public static Long totalOf(List<String> cells) {
        List<String> filled = new ArrayList<>();
        for (String c : cells) {
            if (!TextFold.isBlank(c)) {
                filled.add(c.trim());
            }
        }
        if (filled.isEmpty()) {
            return null;
        }
        if (!TextFold.fold(filled.get(0)).startsWith("total") && !onlyTotalsWordsAndNumbers(filled)) {
            return null;
        }
        for (String c : filled) {
            Matcher m = FIRST_NUMBER.matcher(c);
            if (m.find()) {
                return Long.parseLong(m.group().replaceAll("[.,]", ""));
            }
        }
        return -1L;
    }

    /**
     * Words that alone make a row a totals row, folded (lower case, no accents): "Suman", "Total
     * general", "Subtotal", "Grand total", "Soma", "Total geral" …
     */
    static final java.util.Set<String> TOTALS_WORDS = java.util.Set.of("total", "totales", "totals", "suman", "suma", "soma", "somam",
            "sum", "subtotal", "subtotales", "subtotals", "sub total", "sub-total", "total general", "totales generales", "gran total",
            "grand total", "total geral", "total final", "en total");

    private static final Pattern NUMBER_CELL = Pattern.compile("[\\d.,\\s]+");

    /** Most digits of a totals row's figure: no list counts a million people; an ID number has more. */
    private static final int MAX_COUNT_DIGITS = 6;

    /**
     * True when one cell is a totals word (with its figure or not: "Suman", "TOTAL: 173") and every
     * other cell a count: as the row's first filled cell any totals word, after a number only one
     * that is nobody's name ("total…", "subtotal", "gran total"; "2 | Suma" is a person).
     */
    private static boolean onlyTotalsWordsAndNumbers(List<String> filled) {
        int word = -1;
        for (int i = 0; i < filled.size(); i++) {
            String c = filled.get(i);
            // a count of people has six digits at most: "Suma | 10000005" is a person named Suma and her ID number
            boolean count = NUMBER_CELL.matcher(c).matches() && c.chars().filter(Character::isDigit).count() <= MAX_COUNT_DIGITS;
            if (!count) {
                if (word >= 0) {
                    return false;
                }
                word = i;
            }
        }
        if (word < 0) {
            return false;
        }
        String folded = TextFold.fold(filled.get(word)).replaceAll("[\\d.,:;=()]+", " ").replaceAll("\\s+", " ").trim();
        if (word == 0) {
            return TOTALS_WORDS.contains(folded);
        }
        // after a number (the row's N°), only a word no one bears: "3 | Total", "12 | TOTAL DETENIDOS"; "2 | Suma" is a person
        return folded.startsWith("total") || folded.startsWith("subtotal") || folded.equals("gran total") || folded.equals("grand total");
    }

    /** The cells joined for a report, blank cells kept as empty places. */
    public static String raw(List<String> cells) {
        int last = cells.size() - 1;
        while (last >= 0 && TextFold.isBlank(cells.get(last))) {
            last--;
        }
        return String.join(" | ", cells.subList(0, last + 1).stream().map(c -> c == null ? "" : c.trim()).toList());
    }
}
