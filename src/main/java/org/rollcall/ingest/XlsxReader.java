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
            int rows = new SheetReader(source, wb, sheet, displayFile, sink, 0, true).read().rows();
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
     * read, one after the other, its rows numbered on from the previous sheet's (its header found as
     * {@link SheetReader} says: where header-row says, else where it is, with a warning); a matching
     * sheet that holds half of them or more but not all is a problem naming the missing ones (a
     * misspelt column); one holding a table without the header is a problem too; one that holds
     * neither (notes, a legend) is not a list: its rows are ignored rows ({@link Ignored#NOT_A_LIST}).
     * Each matching sheet's outcome is in the file's account ({@link SheetAccount}); no sheet read is
     * a file problem.
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
            SheetReader.SheetRead read = new SheetReader(source, wb, sheet, displayFile, sink, dataRows, false).read();
            String name = sheet.getSheetName();
            if (read.header() > 0) {
                any = true;
                rows += read.rows();
                dataRows += read.rows() - read.header();
                sink.sheet(displayFile, new SheetAccount(name, SheetAccount.READ, read.header(), read.declaredMissed(), read.rows()));
            } else if (read.likeliest() != null) {
                sink.rejectFile(displayFile, name, sink.messages().format("workbook-sheet.columns-missing", name,
                        ColumnMap.missingColumns(source, read.likeliest()), read.likeliest()), "");
                sink.sheet(displayFile, new SheetAccount(name, SheetAccount.PROBLEM, null, null, 0));
            } else if (read.tableRows() >= 3) {
                // rows of several cells and no header with the columns: a list in another layout, not notes to leave out
                sink.rejectFile(displayFile, name, sink.messages().format("workbook-sheet.table-without-header", name,
                        source.sheet(), source.columns().values(), sink.messages().format("workbook-sheet.in-first-rows",
                                String.valueOf(HEADER_SEARCH_ROWS))), "");
                sink.sheet(displayFile, new SheetAccount(name, SheetAccount.PROBLEM, null, null, 0));
            } else {
                for (int r = 0; r < read.rows(); r++) {
                    sink.ignore(displayFile, Ignored.NOT_A_LIST);
                }
                rows += read.rows();
                sink.sheet(displayFile, new SheetAccount(name, SheetAccount.IGNORED, null, null, read.rows()));
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
