package org.rollcall.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.rollcall.config.SourceDefinition;

/**
 * Reads a delimited text file with Apache Commons CSV (quoting, embedded separators and line
 * breaks handled by the library). A byte-order mark is skipped; the encoding is the source's,
 * UTF-8 by default, and a byte sequence invalid in it stops the file with the line named.
 */
public final class CsvReader implements TabularReader {

    @Override
    public List<String> header(SourceDefinition source, Path file) {
        try (Reader reader = open(source, file); CSVParser parser = format(source).parse(reader)) {
            int wanted = source.headerRow() == null ? 1 : source.headerRow();
            for (CSVRecord rec : parser) {
                if (rec.getRecordNumber() == wanted) {
                    return rec.toList();
                }
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            throw new SourceReadException(file + ": cannot be read as " + charset(source) + " CSV: " + e.getMessage(), e);
        }
    }

    @Override
    public void read(SourceDefinition source, Path file, String displayFile, IngestSink sink) {
        int headerAt = source.headerRow() == null ? 1 : source.headerRow();
        long line = 0;
        try (Reader reader = open(source, file); CSVParser parser = format(source).parse(reader)) {
            Iterator<CSVRecord> it = parser.iterator();
            ColumnMap map = null;
            int width = 0;
            int dataRow = 0;
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                line = parser.getCurrentLineNumber();
                List<String> cells = rec.toList();
                if (rec.getRecordNumber() < headerAt) {
                    continue;
                }
                if (rec.getRecordNumber() == headerAt) {
                    map = ColumnMap.resolve(source, cells);
                    width = cells.size();
                    if (map == null) {
                        throw new SourceReadException(displayFile + ", line " + parser.getCurrentLineNumber() + ": mapped columns "
                                + ColumnMap.missingColumns(source, cells) + " are not in the header; columns there: "
                                + cells + ". Check the delimiter (" + source.delimiterChar() + ") and the column names in the job file");
                    }
                    continue;
                }
                dataRow++;
                int row = (int) parser.getCurrentLineNumber();
                if (cells.size() != width && !ColumnMap.isBlank(cells)) {
                    sink.reject(displayFile, null, row, "has " + cells.size() + " fields where the header has " + width
                            + ": a separator or quote is missing or extra in this line", ColumnMap.raw(cells));
                    continue;
                }
                RowRules.apply(sink, map, displayFile, null, row, dataRow, cells);
            }
            if (map == null) {
                throw new SourceReadException(displayFile + ": the file has fewer than " + headerAt + " lines; no header row found");
            }
        } catch (IOException | UncheckedIOException e) {
            sink.reject(displayFile, null, (int) line + 1, "the rest of the file cannot be read as " + charset(source)
                    + " CSV (" + rootMessage(e) + "); set 'encoding' or fix the quoting from this line on", "");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Charset charset(SourceDefinition source) {
        return source.encoding() == null ? StandardCharsets.UTF_8 : Charset.forName(source.encoding());
    }

    private static Reader open(SourceDefinition source, Path file) throws IOException {
        CharsetDecoder decoder = charset(source).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        BOMInputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        return new BufferedReader(new InputStreamReader(in, decoder));
    }

    private static CSVFormat format(SourceDefinition source) {
        return CSVFormat.DEFAULT.builder().setDelimiter(source.delimiterChar()).setTrim(true)
                .setIgnoreEmptyLines(true).get();
    }
}
