package org.rollcall.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.rollcall.text.Utf8Writer;

/**
 * A CSV file written a row at a time: each row rendered as {@link #FORMAT} prints it
 * ({@link CsvCells}) into one reused buffer, then encoded as UTF-8 in one go ({@link Utf8Writer}).
 * The bytes are those a {@code CSVPrinter} over a buffered UTF-8 writer writes with the same format;
 * without its writer's lock, the format's lock per cell and the copy of every cell a character at a
 * time (at a million records the lists' CSV files hold 4.7 million rows).
 */
final class CsvFile implements Closeable {

    /** The reports' CSV format: RFC 4180, records ended by a new line. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final Utf8Writer out;
    private final StringBuilder row = new StringBuilder(512);

    /** Creates (or replaces) the file and writes its header row. */
    CsvFile(Path file, String... header) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        out = new Utf8Writer(stream);
        try {
            print(header);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes one row; a {@code null} cell is written empty, as {@code CSVPrinter} writes it. */
    void print(String... cells) throws IOException {
        row.setLength(0);
        CsvCells.record(row, cells);
        out.write(row.toString());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
