package org.rollcall.ingest;

import org.rollcall.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rollcall.config.SourceDefinition;
import org.rollcall.text.TextFold;

/**
 * Reads a delimited text file row by row, failing soft: each row is parsed by Apache Commons CSV
 * (quoting, embedded separators and line breaks), but the reader keeps track of lines itself, so
 * that a broken row costs that row only.
 *
 * <ul>
 * <li>An unbalanced quote would make the parser swallow every later line as one field: the row
 *     where it opens is rejected, and reading resumes at the next line that parses on its own with
 *     the header's number of fields; every line skipped on the way is rejected with the line of the
 *     quote named.</li>
 * <li>Encodings: see {@link EncodedLines} (byte-order mark, UTF-16 without one, invalid bytes).</li>
 * <li>A row with more fields than the header is kept when the extra ones are empty (a trailing
 *     separator); other rows with the wrong number of fields are rejected.</li>
 * <li>A mapped column name written twice in the header is refused with both columns named.</li>
 * </ul>
 * {@code header-row} is the physical line of the column names (default 1); lines above it are titles.
 */
public final class CsvReader implements TabularReader {

    /** A multi-line quoted field longer than this many lines is taken for an unbalanced quote. */
    static final int MAX_LINES_PER_ROW = 200;

    @Override
    public List<String> header(SourceDefinition source, Path file) {
        int headerAt = headerAt(source, file);
        try (EncodedLines lines = EncodedLines.open(file, charset(source, file), file.toString())) {
            for (EncodedLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (l.number() == headerAt) {
                    List<String> header = parse(source, l.text());
                    return header == null ? List.of(l.text()) : header;
                }
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            throw new SourceReadException(file + ": cannot be read as " + charset(source, file) + " CSV: " + e.getMessage(), e);
        }
    }

    @Override
    public void read(SourceDefinition source, Path file, String displayFile, IngestSink sink) {
        sink.expect(lineCount(file));
        try (EncodedLines lines = EncodedLines.open(file, charset(source, file), displayFile).inLanguage(sink.messages())) {
            new Pass(source, displayFile, sink, lines, headerAt(source, file)).run();
        } catch (IOException | UncheckedIOException e) {
            throw new SourceReadException(displayFile + ": cannot be read as " + charset(source, file) + " CSV (" + e.getMessage()
                    + "); set 'encoding' under this source to the file's own", e);
        }
    }

    /** The file's line count (line ends, plus a last line without one), for progress only: 0 when it cannot be counted. */
    static long lineCount(Path file) {
        long lines = 0;
        boolean open = false;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                open = buffer[n - 1] != '\n';
            }
        } catch (IOException e) {
            return 0; // the reading proper says what is wrong with the file
        }
        return lines + (open ? 1 : 0);
    }

        /** One reading of one file. */
    private static final class Pass {
        private final SourceDefinition source;
        private final String file;
        private final IngestSink sink;
        private final EncodedLines lines;
        private final Deque<EncodedLines.Line> pending = new ArrayDeque<>();
        private ColumnMap map;
        private int width;
        private int rows;
        private int dataRow;
        private int resyncFrom;

        private final int headerAt;

        Pass(SourceDefinition source, String file, IngestSink sink, EncodedLines lines, int headerAt) {
            this.headerAt = headerAt;
            this.source = source;
            this.file = file;
            this.sink = sink;
            this.lines = lines;
        }

        private EncodedLines.Line next() throws IOException {
            return pending.isEmpty() ? lines.next() : pending.poll();
        }

        void run() throws IOException {
            for (EncodedLines.Line l = next(); l != null; l = next()) {
                rows++;
                if (l.problem() != null) {
                    if (map == null && l.number() >= headerAt) {
                        // the header itself is in another encoding: so is the whole file
                        sink.rejectFile(file, null, sink.messages().format("csv.header-line", String.valueOf(l.number()), l.problem()), l.text());
                        return;
                    }
                    sink.reject(file, null, l.number(), l.problem(), l.text());
                    continue;
                }
                if (map == null && l.number() < headerAt) {
                    sink.ignore(file, TextFold.isBlank(l.text()) ? Ignored.BLANK : Ignored.TITLE);
                    continue;
                }
                if (TextFold.isBlank(l.text())) {
                    sink.ignore(file, Ignored.BLANK);
                    continue;
                }
                if (resyncFrom > 0) {
                    resync(l);
                    continue;
                }
                List<EncodedLines.Line> consumed = new ArrayList<>(List.of(l));
                StringBuilder text = new StringBuilder(l.text());
                // a quote inside an unquoted field is text: such a line stands alone when it parses alone
                boolean open = oddQuotes(l.text()) && (map == null || !fitsAlone(l.text()));
                while (open && consumed.size() < MAX_LINES_PER_ROW) {
                    EncodedLines.Line n = next();
                    if (n == null) {
                        break;
                    }
                    consumed.add(n);
                    if (n.problem() != null) {
                        break;
                    }
                    text.append('\n').append(n.text());
                    open ^= oddQuotes(n.text());
                }
                List<String> cells = open ? null : parse(source, text.toString());
                if (map == null) {
                    header(l, cells);
                    continue;
                }
                if (consumed.size() > 1 && (cells == null || !fits(cells))) {
                    unbalanced(l, consumed);
                    continue;
                }
                if (cells == null) {
                    sink.reject(file, null, l.number(), sink.messages().format("csv.not-csv"), l.text());
                    continue;
                }
                row(l.number(), cells, text.toString());
            }
            if (map == null) {
                throw SourceReadException.of("csv.too-few-lines", file, String.valueOf(headerAt));
            }
            sink.rowsRead(file, rows);
        }

        private void header(EncodedLines.Line l, List<String> cells) {
            if (cells == null) {
                throw SourceReadException.of("csv.header-unreadable", file, String.valueOf(l.number()));
            }
            String duplicates = ColumnMap.duplicates(source.columns(), cells);
            if (duplicates != null) {
                throw new SourceReadException(file + ", line " + l.number() + ": " + duplicates);
            }
            map = ColumnMap.resolve(source, cells);
            if (map == null) {
                throw SourceReadException.of("csv.columns-missing", file, String.valueOf(l.number()), ColumnMap.missingColumns(source, cells),
                        cells, String.valueOf(source.delimiterChar()));
            }
            width = cells.size();
            sink.ignore(file, Ignored.HEADER);
        }

        /** The row at {@code l} opens a quote that no later line closes as a field: reject it, give the other lines back. */
        private void unbalanced(EncodedLines.Line l, List<EncodedLines.Line> consumed) {
            sink.reject(file, null, l.number(), sink.messages().format("csv.unbalanced", String.valueOf(width)), l.text());
            for (int i = consumed.size() - 1; i >= 1; i--) {
                pending.push(consumed.get(i));
            }
            resyncFrom = l.number();
        }

        /** After an unbalanced quote: a line is read again only once it parses alone with the header's fields. */
        private void resync(EncodedLines.Line l) {
            List<String> cells = parse(source, l.text());
            if (cells == null || !fits(cells)) {
                sink.reject(file, null, l.number(), sink.messages().format("csv.resync", String.valueOf(resyncFrom), String.valueOf(width)),
                        l.text());
                return;
            }
            resyncFrom = 0;
            row(l.number(), cells, l.text());
        }

        private void row(int line, List<String> cells, String raw) {
            dataRow++;
            if (!fits(cells)) {
                sink.reject(file, null, line, sink.messages().format("reject.fields", String.valueOf(cells.size()), String.valueOf(width)),
                        ColumnMap.raw(cells));
                return;
            }
            RowRules.apply(sink, map, file, null, line, dataRow, cells.size() > width ? cells.subList(0, width) : cells);
        }

        private boolean fitsAlone(String line) {
            List<String> cells = parse(source, line);
            return cells != null && fits(cells);
        }

        /** The header's number of fields, or more when every extra one is empty (a trailing separator). */
        private boolean fits(List<String> cells) {
            return cells.size() == width || (cells.size() > width && cells.subList(width, cells.size()).stream().allMatch(TextFold::isBlank));
        }
    }

    private static boolean oddQuotes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                n++;
            }
        }
        return (n & 1) == 1;
    }

    /** The fields of one row's text, or {@code null} when it is not one well-formed CSV row. */
    static List<String> parse(SourceDefinition source, String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            List<String> fields = splitLine(text, source.delimiterChar());
            if (fields != null) {
                return fields;
            }
        }
        try (CSVParser parser = format(source).parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? records.get(0).toList() : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * One line split as Commons CSV's default format with trimming would split it, without a
     * parser per row: fields at the delimiter, a field that opens with a quote runs to its closing
     * quote ("" inside is one quote). {@code null} for anything else (an unclosed quote, text after
     * a closing quote), which the library then reads or refuses.
     */
    static List<String> splitLine(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                while (i < n && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i < n && line.charAt(i) != delimiter) {
                    return null;
                }
                fields.add(field.toString().trim());
            } else {
                int from = i;
                while (i < n && line.charAt(i) != delimiter) {
                    i++;
                }
                fields.add(line.substring(from, i).trim());
            }
            if (i >= n) {
                return fields;
            }
            i++; // the delimiter
        }
    }

    /**
     * The header's line: {@code header-row} when the job file sets it, else the first of the file's
     * first {@value XlsxReader#HEADER_SEARCH_ROWS} lines that holds every mapped column (the lines
     * above it are a title or notes, as in a workbook), else the line holding the most of them (at
     * least half: a misspelt column name is then named alone, not every column), else line 1.
     */
    static int headerAt(SourceDefinition source, Path file) {
        if (source.headerRow() != null) {
            return source.headerRow();
        }
        if (source.columns().isEmpty()) {
            return 1;
        }
        int likeliest = 1;
        int most = (source.columns().size() + 1) / 2 - 1;
        try (EncodedLines lines = EncodedLines.open(file, charset(source, file), file.toString())) {
            for (EncodedLines.Line l = lines.next(); l != null && l.number() <= XlsxReader.HEADER_SEARCH_ROWS; l = lines.next()) {
                List<String> cells = l.problem() == null ? parse(source, l.text()) : null;
                if (cells != null && ColumnMap.looksLikeHeader(source.columns(), cells)) {
                    return l.number();
                }
                int found = cells == null ? 0 : ColumnMap.mappedIn(source.columns(), cells);
                if (found > most) {
                    likeliest = l.number();
                    most = found;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the reading proper says what is wrong with the file
        }
        return likeliest; // holds half the mapped columns or more: its missing ones are named one by one
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 1 << 20;

    /**
     * The file's encoding: the declared one; without one, UTF-8 unless the file's first megabyte
     * holds bytes that are not UTF-8 and not one UTF-8 letter beyond ASCII — a file saved by Excel
     * or an older system in windows-1252 (ISO-8859-1's letters included), read as such rather than
     * losing every line with an accent. A file mixing both keeps UTF-8 and its bad lines are rejected.
     */
    static Charset charset(SourceDefinition source, Path file) {
        if (source.encoding() != null) {
            return Charset.forName(source.encoding());
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            return EncodedLines.utf16Like(head) == null && singleByte(head) ? WINDOWS_1252 : StandardCharsets.UTF_8;
        } catch (IOException e) {
            return StandardCharsets.UTF_8; // the reading proper says what is wrong with the file
        }
    }

    /** True when the bytes hold a byte UTF-8 cannot start or continue, and no well-formed multi-byte UTF-8 sequence. */
    static boolean singleByte(byte[] b) {
        boolean invalid = false;
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return false;
        }
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int extra = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra == 0) {
                i++;
                continue;
            }
            boolean ok = extra > 0;
            for (int k = 1; ok && k <= extra; k++) {
                ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                return false; // a real UTF-8 letter: the file is UTF-8, bad lines and all
            }
            if (i + Math.max(extra, 1) < b.length) {
                invalid = true; // (a sequence cut at the sample's end proves nothing)
            }
            i++;
        }
        return invalid;
    }

    private static CSVFormat format(SourceDefinition source) {
        return CSVFormat.DEFAULT.builder().setDelimiter(source.delimiterChar()).setTrim(true).setIgnoreEmptyLines(true).get();
    }
}
