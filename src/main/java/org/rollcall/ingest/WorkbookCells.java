package org.rollcall.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.rollcall.text.Messages;

/**
 * A workbook row's cells as the readers see them: text by column position, real dates as ISO
 * dates, whole numbers without their ".0"; a cell that holds no text of its own (an error, a
 * true/false, a formula never computed) is empty and named as a problem.
 */
final class WorkbookCells {

    private WorkbookCells() {
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

    /**
     * True when every cell of the row holding text ({@code cells}, by column) is struck through: its
     * font (the cell's style; in an .xlsx or an .xls) crosses it out. A row the list's keepers
     * removed without deleting it; a row with some cells struck is not one. A workbook without fonts
     * (.ods) has none.
     */
    static boolean struckThrough(Row row, List<String> cells, Workbook workbook) {
        int written = 0;
        for (Cell cell : row) {
            int col = cell.getColumnIndex();
            if (col >= cells.size() || org.rollcall.text.TextFold.isBlank(cells.get(col))) {
                continue;
            }
            if (!struck(cell, workbook)) {
                return false;
            }
            written++;
        }
        return written > 0;
    }

    private static boolean struck(Cell cell, Workbook workbook) {
        try {
            CellStyle style = cell.getCellStyle();
            if (style == null) {
                return false;
            }
            if (style instanceof XSSFCellStyle xssf) { // the streaming reader's styles: the font is the style's own
                return xssf.getFont() != null && xssf.getFont().getStrikeout();
            }
            Font font = workbook.getFontAt(style.getFontIndex());
            return font != null && font.getStrikeout();
        } catch (RuntimeException e) {
            return false; // a workbook that keeps no fonts
        }
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

    /** Nearest a number cell may be to a whole number and be read as it: a stored 12345685.999999998 is 12345686. */
    private static final double WHOLE = 1e-6;

    /**
     * A number cell of an ID-number column as its digits, whatever its style: a cédula styled as a
     * date is 21000001, not the day 21,000,001 days after 1900 ("+59396-01-17"), and a stored
     * 12345685.999999998 is 12345686; {@code null} when the cell holds no number.
     */
    static String idNumber(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return null;
        }
        double d = cell.getNumericCellValue();
        return Math.abs(d - Math.rint(d)) < WHOLE && Math.abs(d) < 1e15 ? Long.toString((long) Math.rint(d)) : number(d);
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
