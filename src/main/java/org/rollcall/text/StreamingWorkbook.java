package org.rollcall.text;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook ({@link SXSSFWorkbook}: a window of rows in memory, the rest in a
 * temporary file per sheet) whose sheets write their text in runs. POI's own sheet writer escapes
 * a cell's text one code point at a time, allocating an array for each character: at a million
 * records that was most of the time spent writing reconciliation.xlsx; and it writes through a
 * synchronised buffered writer, a call per attribute and tag. The XML written is the same, byte
 * for byte ({@link #escape}, {@link Utf8Writer}).
 *
 * <p>The workbook's parts are compressed at {@link Deflater#BEST_SPEED}, not at the zip default
 * (level 6): at a million records compressing the sheets was half the time spent writing
 * reconciliation.xlsx, and the fastest level takes about 40 % of that time for a file about 12 %
 * larger. The sheets' XML, and so what Excel or LibreOffice shows, is the same.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

    /** @param window the rows each sheet keeps in memory before they are flushed to its temporary file */
    public StreamingWorkbook(int window) {
        super(window);
    }

    /**
     * @param window as above
     * @param sharedStrings texts in the workbook's shared strings table (held in memory, one copy
     *     of each) instead of in their cells: for a workbook that a program may edit and that is
     *     read back (POI edits a cell's shared text but leaves an inline one as it was)
     */
    public StreamingWorkbook(int window, boolean sharedStrings) {
        super(null, window, false, sharedStrings);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetWriter(getSharedStringSource() != null);
    }

    /**
     * POI's sheet writer, writing text through {@link Utf8Writer} and escaping it in runs; a text
     * cell held in the cell (no shared strings table) and a number cell are written whole, in one
     * write of the reused buffer {@link #cell}, as POI's {@code writeCell} writes them
     * attribute by attribute (each attribute a write of its own, its reference a new
     * {@code CellReference}: at a million records the workbook's 15 million cells).
     */
    private final class SheetWriter extends SheetDataWriter {

        private final boolean sharedStrings;
        private final StringBuilder cell = new StringBuilder(256);
        /** The row being written (POI keeps its own privately). */
        private int row;

        SheetWriter(boolean sharedStrings) throws IOException {
            super(getSharedStringSource());
            this.sharedStrings = sharedStrings;
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            FileOutputStream file = new FileOutputStream(fd);
            try {
                return new Utf8Writer(decorateOutputStream(file));
            } catch (IOException e) {
                file.close();
                throw e;
            }
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            escape(s, _out);
        }

        @Override
        public void writeRow(int rownum, SXSSFRow r) throws IOException {
            row = rownum;
            super.writeRow(rownum, r);
        }

        @Override
        public void writeCell(int columnIndex, Cell c) throws IOException {
            CellType type = c == null ? null : c.getCellType();
            if (type != CellType.NUMERIC && (type != CellType.STRING || sharedStrings)) {
                super.writeCell(columnIndex, c);
                return;
            }
            cell.setLength(0);
            cell.append("<c r=\"");
            column(columnIndex, cell);
            cell.append(row + 1).append('"');
            int style = c.getCellStyle().getIndex() & 0xffff;
            if (style != 0) {
                cell.append(" s=\"").append(style).append('"');
            }
            if (type == CellType.NUMERIC) {
                cell.append(" t=\"n\"><v>").append(Double.toString(c.getNumericCellValue())).append("</v></c>");
            } else {
                String text = c.getStringCellValue();
                cell.append(" t=\"inlineStr\"><is><t");
                if (text != null && !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) { // as POI's hasLeadingTrailingSpaces
                    cell.append(" xml:space=\"preserve\"");
                }
                cell.append('>');
                escape(text, cell);
                cell.append("</t></is></c>");
            }
            _out.append(cell);
        }
    }

    /** A column's letters as a cell reference writes them: A … Z, AA … */
    static void column(int index, StringBuilder out) {
        if (index < 26) {
            out.append((char) ('A' + index));
            return;
        }
        column(index / 26 - 1, out);
        out.append((char) ('A' + index % 26));
    }

    /**
     * Writes {@code s} as POI's sheet writer does: {@code < > & "} and new line, carriage return,
     * tab and no-break space as entities, any other control character (below a space) and
     * U+FFFE/U+FFFF as {@code ?} (XML cannot hold them), everything else as it is; the runs
     * between such characters in one write each.
     */
    public static void escape(String s, Writer out) throws IOException {
        escapeTo(s, out);
    }

    /** As {@link #escape(String, Writer)}, into a buffer. */
    static void escape(String s, StringBuilder out) {
        if (s == null) {
            return;
        }
        try {
            escapeTo(s, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
    }

    private static void escapeTo(String s, Appendable out) throws IOException {
        if (s == null) {
            return;
        }
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
            if (entity != null) {
                if (i > run) {
                    out.append(s, run, i);
                }
                out.append(entity);
                run = i + 1;
            }
        }
        if (run == 0) {
            out.append(s);
        } else if (n > run) {
            out.append(s, run, n);
        }
    }
}
