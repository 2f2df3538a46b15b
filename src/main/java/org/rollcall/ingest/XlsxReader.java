package org.rollcall.ingest;

import org.rollcall.domain.Field;
import org.rollcall.text.TextFold;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.rollcall.config.SourceDefinition;

/**
 * Reads one sheet of a workbook with a streaming reader (constant memory whatever the sheet's
 * size): title rows above the header are skipped, the header is the configured row or the first
 * row holding every mapped column name, real date cells become ISO dates, whole numbers lose
 * their ".0", a totals row becomes a claim.
 */
public final class XlsxReader implements TabularReader {

    /** Header search stops after this many rows when no header row is configured. */
    static final int HEADER_SEARCH_ROWS = 50;

    @Override
    /** {@inheritDoc} Without header-row: the first row holding every mapped column, else the row holding the most (at least half). */
    public List<String> header(SourceDefinition source, Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = open(in, file)) {
            List<Sheet> sheets = new ArrayList<>();
            if (source.sheet() != null && isPattern(source.sheet())) {
                wb.sheetIterator().forEachRemaining(sh -> {
                    if (matches(source.sheet(), sh.getSheetName())) {
                        sheets.add(sh);
                    }
                });
            } else {
                sheets.add(sheet(wb, source, file));
            }
            List<String> likeliest = null;
            int most = (source.columns().size() + 1) / 2 - 1;
            HeaderRows headers = new HeaderRows(source);
            for (Sheet sheet : sheets) {
                int n = 0;
                List<String> above = null;
                for (Row row : sheet) {
                    List<String> adjacent = row.getRowNum() == n ? above : null; // n is still the row above's number
                    n = row.getRowNum() + 1;
                    List<String> cells = WorkbookCells.cells(row);
                    if (source.headerRow() == null || n == source.headerRow()) {
                        HeaderRows.Found found = headers.at(n, adjacent, cells);
                        if (found != null) {
                            return found.cells();
                        }
                        if (source.headerRow() != null) {
                            if (sheets.size() == 1 || ColumnMap.mappedIn(source.columns(), cells) > most) {
                                return cells;
                            }
                            break; // a matching sheet whose header-row is no header (notes): the next sheet's is
                        }
                    }
                    for (List<String> candidate : adjacent == null ? List.of(cells) : List.of(cells, headers.join(adjacent, cells))) {
                        int found = ColumnMap.mappedIn(source.columns(), candidate);
                        if (source.headerRow() == null && found > most) {
                            likeliest = candidate;
                            most = found;
                        }
                    }
                    above = cells;
                    if (n >= (source.headerRow() != null ? source.headerRow() : HEADER_SEARCH_ROWS)) {
                        break;
                    }
                }
            }
            return likeliest; // holds half the mapped columns or more: its missing ones are named one by one
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public void read(SourceDefinition source, Path file, String displayFile, IngestSink sink) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = open(in, file)) {
            if (source.sheet() != null && isPattern(source.sheet())) {
                readMatching(source, wb, file, displayFile, sink);
                return;
            }
            Sheet sheet = sheet(wb, source, file);
            int rows = readSheet(source, sheet, displayFile, sink, 0, true).rows();
            sink.rowsRead(displayFile, rows);
            if (source.sheet() == null) {
                otherSheetsWithTheHeader(source, wb, sheet, displayFile, sink);
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** True for a sheet name with a wildcard ({@code *}, {@code ?}): every sheet it matches that holds the mapped columns is read. */
    static boolean isPattern(String sheet) {
        return sheet.indexOf('*') >= 0 || sheet.indexOf('?') >= 0;
    }

    private static boolean matches(String pattern, String name) {
        StringBuilder re = new StringBuilder("(?iu)");
        for (char c : pattern.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return name.matches(re.toString());
    }

    /**
     * {@code sheet: "*"} (or "2025-*"): every matching sheet whose rows hold the mapped columns is
     * read, one after the other, its rows numbered on from the previous sheet's; a matching sheet
     * that holds half of them or more but not all is a problem naming the missing ones (a
     * misspelt column); one that holds fewer (notes, a chart) is not a list and is left out; no
     * sheet read is a file problem.
     */
    private static void readMatching(SourceDefinition source, Workbook wb, Path file, String displayFile, IngestSink sink) {
        int rows = 0;
        int dataRows = 0;
        List<String> names = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            names.add(sheet.getSheetName());
            if (!matches(source.sheet(), sheet.getSheetName())) {
                continue;
            }
            SheetRead read = readSheet(source, sheet, displayFile, sink, dataRows, false);
            if (read.header() > 0) {
                any = true;
                rows += read.rows();
                dataRows += read.rows() - read.header();
            } else if (read.likeliest() != null) {
                sink.rejectFile(displayFile, sheet.getSheetName(), sink.messages().format("workbook-sheet.columns-missing", sheet.getSheetName(),
                        ColumnMap.missingColumns(source, read.likeliest()), read.likeliest()), "");
            } else if (read.tableRows() >= 3) {
                // rows of several cells and no header with the columns: a list in another layout, not notes to leave out
                sink.rejectFile(displayFile, sheet.getSheetName(), sink.messages().format("workbook-sheet.table-without-header", sheet.getSheetName(),
                        source.sheet(), source.columns().values(), source.headerRow() == null
                                ? sink.messages().format("workbook-sheet.in-first-rows", String.valueOf(HEADER_SEARCH_ROWS))
                                : sink.messages().format("workbook-sheet.at-row", String.valueOf(source.headerRow()))), "");
            }
        }
        sink.rowsRead(displayFile, rows);
        if (!any) {
            throw new LayoutException(displayFile, "no sheet matching '" + source.sheet() + "' holds a header row with the columns "
                    + source.columns().values(), "sheets there: " + names + ". Fix 'sheet' or the column names in the job file");
        }
    }

    /**
     * Without {@code sheet}, the first sheet is read; another sheet whose rows hold the mapped
     * columns too is a list that would be lost: it is a file problem (the run exits 10) naming it
     * and the fix, never skipped in silence.
     */
    private static void otherSheetsWithTheHeader(SourceDefinition source, Workbook wb, Sheet read, String displayFile, IngestSink sink) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet other = wb.getSheetAt(i);
            if (other == read || other.getSheetName().equals(read.getSheetName())) {
                continue;
            }
            int n = 0;
            List<String> above = null;
            HeaderRows headers = new HeaderRows(source);
            for (Row row : other) {
                List<String> adjacent = row.getRowNum() == n ? above : null;
                n = row.getRowNum() + 1;
                if (n > HEADER_SEARCH_ROWS) {
                    break;
                }
                above = WorkbookCells.cells(row);
                if (headers.at(n, adjacent, above) != null || 2 * ColumnMap.mappedIn(source.columns(), above) > source.columns().size()) {
                    sink.rejectFile(displayFile, other.getSheetName(), sink.messages().format("workbook-sheet.other-holds-list", other.getSheetName(),
                            String.valueOf(n), read.getSheetName()), "");
                    break;
                }
            }
        }
    }

    /**
     * What reading one sheet gave.
     *
     * @param rows the sheet's last row number read (its rows, blank ones between included)
     * @param header the header's row, 0 when none was found
     * @param likeliest the row holding the most mapped columns (half or more) when none holds them all
     * @param tableRows rows of two filled cells or more above the header, or in a sheet without one: a table, not notes
     */
    private record SheetRead(int rows, int header, List<String> likeliest, int tableRows) {
    }

    /**
     * Reads one sheet: the rows above the header are ignored titles or blanks, the header is
     * {@code header-row} or the first row (within {@value #HEADER_SEARCH_ROWS}) holding every mapped
     * column, and each row below it a record or a rejected row. With {@code required} a sheet
     * without the header is a {@link LayoutException}; otherwise its rows are not counted.
     */
    private static SheetRead readSheet(SourceDefinition source, Sheet sheet, String displayFile, IngestSink sink, int dataRowsBefore,
            boolean required) {
        ColumnMap map = null;
        int headerRow = 0;
        int last = 0;
        List<Ignored> above = new ArrayList<>(); // counted once the header is found: a sheet without one is no list
        List<String> likeliest = null;
        int most = (source.columns().size() + 1) / 2 - 1;
        HeaderRows headers = new HeaderRows(source);
        List<String> previous = null;
        int tableRows = 0;
        for (Row row : sheet) {
            int n = row.getRowNum() + 1;
            if (map == null && !required && n > HEADER_SEARCH_ROWS) {
                break;
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
            if (map == null) {
                HeaderRows.Found found = (source.headerRow() != null ? n == source.headerRow() : n <= HEADER_SEARCH_ROWS)
                        ? headers.at(n, adjacent, cells) : null;
                if (found == null && source.headerRow() != null && n == source.headerRow()) {
                    found = new HeaderRows.Found(cells, n, n); // the configured row: its missing columns are named below
                }
                if (found != null) {
                    String where = displayFile + ", sheet '" + sheet.getSheetName() + "', row"
                            + (found.rows() > 1 ? "s " + found.first() + "–" : " ") + n;
                    String duplicates = ColumnMap.duplicates(source.columns(), found.cells());
                    if (duplicates != null) {
                        throw new LayoutException(where, duplicates, "");
                    }
                    map = ColumnMap.resolve(source, found.cells());
                    headerRow = n;
                    if (map == null && !required) {
                        // a matching sheet whose header-row does not hold the columns: a notes sheet, or a misspelt column
                        int mapped = ColumnMap.mappedIn(source.columns(), found.cells());
                        return new SheetRead(n, 0, mapped > most ? found.cells() : null, tableRows + 1);
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
                } else {
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
                }
                continue;
            }
            for (int c : map.columnsOf(Field.ID_NUMBER)) {
                String digits = c < cells.size() ? WorkbookCells.idNumber(row.getCell(c)) : null;
                if (digits != null) {
                    cells.set(c, digits); // a number in the ID column is its digits whatever the cell's style
                }
            }
            RowRules.apply(sink, map, displayFile, sheet.getSheetName(), n, dataRowsBefore + n - headerRow, cells, problems);
        }
        if (map == null && required) {
            throw new LayoutException(displayFile + ", sheet '" + sheet.getSheetName() + "'", "no header row holding the columns "
                    + source.columns().values() + " was found", "set header-row or fix the column names in the job file");
        }
        return new SheetRead(last, headerRow, map == null ? likeliest : null, tableRows);
    }

    /** The rows the sheet's stored dimension announces, for progress only; 0 when the workbook does not say. */
    private static long storedRows(Sheet sheet) {
        try {
            return Math.max(0, sheet.getLastRowNum() + 1L);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * The workbook, streamed row by row; an old Excel 97-2003 file (.xls, at most 65,536 rows a
     * sheet) read whole with POI's HSSF, and a LibreOffice spreadsheet (.ods) read whole with
     * {@link OdsWorkbook}, so that a list saved so every night needs no conversion by hand.
     */
    private static Workbook open(InputStream in, Path file) throws IOException {
        if ("xlsx.old-xls".equals(oleKind(file))) {
            return new HSSFWorkbook(in);
        }
        if (OdsWorkbook.isOds(file)) {
            return OdsWorkbook.read(file);
        }
        return StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(in);
    }

    private static Sheet sheet(Workbook wb, SourceDefinition source, Path file) {
        if (source.sheet() == null) {
            return wb.getSheetAt(0);
        }
        Sheet sheet;
        try {
            sheet = wb.getSheet(source.sheet());
        } catch (RuntimeException e) {
            sheet = null;
        }
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            throw new LayoutException(file.getFileName().toString(), "no sheet named '" + source.sheet() + "'",
                    "sheets there: " + names + ". Fix 'sheet' of source '" + source.id() + "' in the job file");
        }
        return sheet;
    }

    private static SourceReadException unreadable(Path file, Exception e) {
        if (e instanceof SourceReadException sre) {
            return sre;
        }
        String kind = oleKind(file);
        if (kind != null) {
            return SourceReadException.of(e, kind, file);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return SourceReadException.of(e, "xlsx.zip-bomb", file);
            }
        }
        return SourceReadException.of(e, "xlsx.unreadable", file, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }

    /** What an OLE2 file is instead of an .xlsx, as a message key: a password-protected workbook, or an old .xls; {@code null} otherwise. */
    private static String oleKind(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length < 8 || (head[0] & 0xFF) != 0xD0 || (head[1] & 0xFF) != 0xCF || (head[2] & 0xFF) != 0x11 || (head[3] & 0xFF) != 0xE0) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return "xlsx.password";
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return "xlsx.old-xls";
    }
}
