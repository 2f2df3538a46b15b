package org.rollcall.ingest;

import org.rollcall.text.Messages;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
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
            Sheet sheet = sheet(wb, source, file);
            int n = 0;
            List<String> likeliest = null;
            int most = (source.columns().size() + 1) / 2 - 1;
            for (Row row : sheet) {
                n = row.getRowNum() + 1;
                List<String> cells = cells(row);
                if (source.headerRow() != null ? n == source.headerRow() : ColumnMap.looksLikeHeader(source.columns(), cells)) {
                    return cells;
                }
                int found = ColumnMap.mappedIn(source.columns(), cells);
                if (source.headerRow() == null && found > most) {
                    likeliest = cells;
                    most = found;
                }
                if (n >= (source.headerRow() != null ? source.headerRow() : HEADER_SEARCH_ROWS)) {
                    break;
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
            Sheet sheet = sheet(wb, source, file);
            sink.expect(storedRows(sheet));
            ColumnMap map = null;
            int headerRow = 0;
            int last = 0;
            for (Row row : sheet) {
                int n = row.getRowNum() + 1;
                for (int gap = last + 1; gap < n; gap++) {
                    sink.ignore(displayFile, Ignored.BLANK); // rows a workbook does not store are empty
                }
                last = n;
                Map<Integer, String> problems = new HashMap<>();
                List<String> cells = cells(row, problems, sink.messages());
                if (map == null) {
                    boolean isHeader = source.headerRow() != null ? n == source.headerRow()
                            : n <= HEADER_SEARCH_ROWS && ColumnMap.looksLikeHeader(source.columns(), cells);
                    if (isHeader) {
                        String duplicates = ColumnMap.duplicates(source.columns(), cells);
                        if (duplicates != null) {
                            throw new LayoutException(displayFile + ", sheet '" + sheet.getSheetName() + "', row " + n, duplicates, "");
                        }
                        map = ColumnMap.resolve(source, cells);
                        headerRow = n;
                        if (map == null) {
                            throw new LayoutException(displayFile + ", sheet '" + sheet.getSheetName() + "', row " + n,
                                    "mapped columns " + ColumnMap.missingColumns(source, cells) + " are not in the header",
                                    "columns there: " + cells);
                        }
                        sink.ignore(displayFile, Ignored.HEADER);
                    } else {
                        sink.ignore(displayFile, ColumnMap.isBlank(cells) ? Ignored.BLANK : Ignored.TITLE);
                    }
                    continue;
                }
                RowRules.apply(sink, map, displayFile, sheet.getSheetName(), n, n - headerRow, cells, problems);
            }
            if (map == null) {
                throw new LayoutException(displayFile + ", sheet '" + sheet.getSheetName() + "'", "no header row holding the columns "
                        + source.columns().values() + " was found", "set header-row or fix the column names in the job file");
            }
            sink.rowsRead(displayFile, last);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
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
     * sheet) read whole with POI's HSSF, so that a list exported as .xls every night needs no
     * conversion by hand.
     */
    private static Workbook open(InputStream in, Path file) throws IOException {
        if ("xlsx.old-xls".equals(oleKind(file))) {
            return new HSSFWorkbook(in);
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

    /** The row's cells as text, by column position (missing cells are empty). */
    static List<String> cells(Row row) {
        return cells(row, new HashMap<>(), Messages.of("en"));
    }

    /**
     * The row's cells as text, by column position (missing cells are empty). A cell that holds no
     * text of its own (an error such as #N/A, TRUE or FALSE, a formula whose value was never
     * computed) is empty, and {@code problems} gets its column index → what it holds.
     */
    static List<String> cells(Row row, Map<Integer, String> problems, Messages m) {
        List<String> out = new ArrayList<>();
        for (Cell cell : row) {
            int col = cell.getColumnIndex();
            while (out.size() < col) {
                out.add("");
            }
            String problem = null;
            String text;
            try {
                text = text(cell);
                if (text.isEmpty() && cell.getCellType() == CellType.FORMULA) {
                    throw new IllegalStateException("no cached value");
                }
            } catch (RuntimeException e) {
                text = "";
                problem = m.format("xlsx.formula-uncached", formula(cell));
            }
            if (text.equals(ERROR) || text.equals(BOOLEAN_TRUE) || text.equals(BOOLEAN_FALSE)) {
                problem = text.equals(ERROR) ? m.format("xlsx.error-value", errorText(cell)) : m.format("xlsx.boolean-value", text.substring(1));
                text = "";
            }
            if (problem != null) {
                problems.put(col, m.format("xlsx.cell-holds", ColumnMap.letter(col) + (row.getRowNum() + 1), problem));
            }
            out.add(text);
        }
        return out;
    }

    private static final String ERROR = "\u0000error";
    private static final String BOOLEAN_TRUE = "\u0000TRUE";
    private static final String BOOLEAN_FALSE = "\u0000FALSE";

    private static String formula(Cell cell) {
        try {
            return "=" + cell.getCellFormula();
        } catch (RuntimeException e) {
            return "=…";
        }
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    /** The cell as text; errors and booleans as markers that {@link #cells(Row, Map)} turns into problems. */
    static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? BOOLEAN_TRUE : BOOLEAN_FALSE;
            case ERROR -> ERROR;
            default -> "";
        };
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
