package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.Field;
import org.rollcall.text.TextFold;

/**
 * Reads one sheet of a workbook: the rows above the header are ignored titles or blanks, the header
 * is {@code header-row} or the first row (within {@value XlsxReader#HEADER_SEARCH_ROWS}) holding every
 * mapped column, and each row below it a record, a rejected row or an ignored one (a row whose
 * written cells are all struck through is a removed row, {@link Ignored#STRUCK_THROUGH}).
 *
 * <p>Of a sheet matched by a wildcard {@code sheet} ({@code "*"}), a {@code header-row} that holds
 * no header is not the end of the sheet: its header is looked for as without header-row (a month's
 * sheet with one more title line above its header), and found elsewhere it is read from there with
 * a warning naming file, sheet, the declared and the found row. A declared row holding half the
 * mapped columns or more is the sheet's header with a misspelt column (a problem naming them).
 */
final class SheetReader {

    /**
     * What reading one sheet gave.
     *
     * @param rows the sheet's last row number read (its rows, blank ones between included)
     * @param header the header's row, 0 when none was found
     * @param likeliest the row holding the most mapped columns (half or more) when none holds them all
     * @param tableRows rows of two filled cells or more above the header, or in a sheet without one: a table, not notes
     * @param declaredMissed the job file's header-row when the header was found on another row, else {@code null}
     */
    record SheetRead(int rows, int header, List<String> likeliest, int tableRows, Integer declaredMissed) {
    }

    /** A row seen between a header found above the declared header-row and that row: data if the declared row is no header. */
    private record Pending(Row row, int n, List<String> cells, Map<Integer, String> problems) {
    }

    private final SourceDefinition source;
    private final Sheet sheet;
    private final Workbook workbook;
    private final String displayFile;
    private final IngestSink sink;
    private final int dataRowsBefore;
    private final boolean required;

    private ColumnMap map;
    private int headerRow;

    /**
     * @param dataRowsBefore data rows of the earlier sheets of the file (a default record-ref numbers on)
     * @param required a sheet without the header is a {@link LayoutException}; otherwise its rows are not counted
     */
    SheetReader(SourceDefinition source, Workbook workbook, Sheet sheet, String displayFile, IngestSink sink, int dataRowsBefore,
            boolean required) {
        this.source = source;
        this.workbook = workbook;
        this.sheet = sheet;
        this.displayFile = displayFile;
        this.sink = sink;
        this.dataRowsBefore = dataRowsBefore;
        this.required = required;
    }

    SheetRead read() {
        int last = 0;
        List<Ignored> above = new ArrayList<>(); // counted once the header is found: a sheet without one is no list
        List<String> likeliest = null;
        int most = (source.columns().size() + 1) / 2 - 1;
        HeaderRows headers = new HeaderRows(source);
        List<String> previous = null;
        int tableRows = 0;
        Integer declared = source.headerRow();
        boolean searching = declared == null; // looking for the header as without header-row
        HeaderRows.Found early = null; // a header above the declared row: taken if the declared row holds none
        int earlyAbove = 0;
        List<Pending> pending = new ArrayList<>();
        Integer missed = null;
        for (Row row : sheet) {
            int n = row.getRowNum() + 1;
            if (map == null && !required && n > XlsxReader.HEADER_SEARCH_ROWS) {
                last = n; // no header in the search rows: the sheet's rows are only counted (a notes sheet's are ignored rows)
                continue;
            }
            for (int gap = last + 1; gap < n; gap++) {
                if (map == null) {
                    above.add(Ignored.BLANK);
                } else {
                    sink.ignore(displayFile, Ignored.BLANK); // rows a workbook does not store are empty
                }
            }
            List<String> adjacent = last == n - 1 ? previous : null;
            last = n;
            Map<Integer, String> problems = new HashMap<>();
            List<String> cells = WorkbookCells.cells(row, problems, sink.messages());
            if (map != null) {
                dataRow(row, n, cells, problems);
                continue;
            }
            HeaderRows.Found auto = n <= XlsxReader.HEADER_SEARCH_ROWS ? headers.at(n, adjacent, cells) : null;
            HeaderRows.Found found = null;
            if (!searching && !required && n > declared) { // the declared row is blank (a workbook does not store it)
                if (early != null) {
                    found = early;
                    missed = declared;
                    above.subList(earlyAbove, above.size()).clear();
                    pending.add(new Pending(row, n, cells, problems));
                } else {
                    searching = true;
                }
            }
            if (found != null) {
                // the header found above the blank declared row: this row is data
            } else if (searching) {
                found = auto;
                if (found != null && declared != null) {
                    missed = declared;
                }
            } else if (n < declared) {
                if (early != null) {
                    pending.add(new Pending(row, n, cells, problems));
                } else if (auto != null && !required) {
                    early = auto;
                    earlyAbove = above.size(); // the rows above it (the upper of a two-row header among them)
                }
            } else if (n == declared) {
                // a header found just above, complete on its own row: the declared row "joined" to it is its first data row
                found = early != null && auto != null && auto.rows() > 1 && auto.first() <= early.last() ? null : auto;
                if (found == null && early != null) {
                    found = early;
                    missed = declared;
                    above.subList(earlyAbove, above.size()).clear();
                    pending.add(new Pending(row, n, cells, problems));
                } else if (found == null) {
                    int mapped = ColumnMap.mappedIn(source.columns(), cells);
                    if (required || mapped > most) {
                        found = new HeaderRows.Found(cells, n, n); // the declared row: its missing columns are named below
                    } else {
                        searching = true; // not the header, nor one with a misspelt column: look on below
                    }
                }
            }
            if (found == null) {
                int mapped = ColumnMap.mappedIn(source.columns(), cells);
                if (mapped > most) {
                    likeliest = cells;
                    most = mapped;
                }
                above.add(ColumnMap.isBlank(cells) ? Ignored.BLANK : Ignored.TITLE);
                if (cells.stream().filter(c -> !TextFold.isBlank(c)).count() >= 2) {
                    tableRows++;
                }
                previous = cells;
                continue;
            }
            int at = found == early ? found.last() : n;
            String where = displayFile + ", sheet '" + sheet.getSheetName() + "', row" + (found.rows() > 1 ? "s " + found.first() + "–" : " ") + at;
            String duplicates = ColumnMap.duplicates(source.columns(), found.cells());
            if (duplicates != null) {
                throw new LayoutException(where, duplicates, "");
            }
            map = ColumnMap.resolve(source, found.cells());
            headerRow = at;
            if (map == null && !required) {
                // a matching sheet whose header-row does not hold the columns: a misspelt column
                int mapped = ColumnMap.mappedIn(source.columns(), found.cells());
                return new SheetRead(n, 0, mapped > most ? found.cells() : null, tableRows + 1, null);
            }
            if (map == null) {
                throw new LayoutException(where, "mapped columns " + ColumnMap.missingColumns(source, found.cells())
                        + " are not in the header", "columns there: " + found.cells());
            }
            if (found.rows() > 1) {
                above.set(above.size() - 1, Ignored.HEADER); // the upper of the two header rows
            }
            above.forEach(kind -> sink.ignore(displayFile, kind));
            sink.ignore(displayFile, Ignored.HEADER);
            if (missed != null) {
                sink.warn(sink.messages().format("workbook-sheet.header-elsewhere", displayFile, sheet.getSheetName(), String.valueOf(missed),
                        String.valueOf(at)));
            }
            if (found != early) {
                pending.clear(); // the declared row is the header: the rows above it are titles, counted above
            }
            int before = at;
            for (Pending p : pending) { // the rows between a header found above the declared row and it: data
                for (int gap = before + 1; gap < p.n(); gap++) {
                    sink.ignore(displayFile, Ignored.BLANK);
                }
                dataRow(p.row(), p.n(), p.cells(), p.problems());
                before = p.n();
            }
        }
        if (map == null && required) {
            throw new LayoutException(displayFile + ", sheet '" + sheet.getSheetName() + "'", "no header row holding the columns "
                    + source.columns().values() + " was found", "set header-row or fix the column names in the job file");
        }
        return new SheetRead(last, headerRow, map == null ? likeliest : null, tableRows, missed);
    }

    private void dataRow(Row row, int n, List<String> cells, Map<Integer, String> problems) {
        for (int c : map.columnsOf(Field.ID_NUMBER)) {
            String digits = c < cells.size() ? WorkbookCells.idNumber(row.getCell(c)) : null;
            if (digits != null) {
                cells.set(c, digits); // a number in the ID column is its digits whatever the cell's style
            }
        }
        if (!ColumnMap.isBlank(cells) && WorkbookCells.struckThrough(row, cells, workbook)) {
            sink.ignore(displayFile, Ignored.STRUCK_THROUGH); // removed by the list's keepers, kept in sight
            return;
        }
        RowRules.apply(sink, map, displayFile, sheet.getSheetName(), n, dataRowsBefore + n - headerRow, cells, problems);
    }
}
