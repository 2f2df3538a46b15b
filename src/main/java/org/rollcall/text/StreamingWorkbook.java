package org.rollcall.text;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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
        return new SheetDataWriter(getSharedStringSource()) {
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
        };
    }

    /**
     * Writes {@code s} as POI's sheet writer does: {@code < > & "} and new line, carriage return,
     * tab and no-break space as entities, any other control character (below a space) and
     * U+FFFE/U+FFFF as {@code ?} (XML cannot hold them), everything else as it is; the runs
     * between such characters in one write each.
     */
    public static void escape(String s, Writer out) throws IOException {
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
                    out.write(s, run, i - run);
                }
                out.write(entity);
                run = i + 1;
            }
        }
        if (n > run) {
            out.write(s, run, n - run);
        }
    }
}
