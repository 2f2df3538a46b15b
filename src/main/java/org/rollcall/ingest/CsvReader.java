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
 * <li>Lines end at CR LF, LF or a lone CR (Excel for Mac's "CSV (Macintosh)"). A last line without
 *     a line end and with fewer fields than the header (or an open quote) is where a download or
 *     copy was cut: the line is rejected and the file is a file-level problem saying so.</li>
 * </ul>
 * {@code header-row} is the physical line of the column names (default 1); lines above it are titles.
 */
public final class CsvReader implements TabularReader {

    /** A multi-line quoted field longer than this many lines is taken for an unbalanced quote. */
    static final int MAX_LINES_PER_ROW = 200;

    /** Lines a quoted column name of the header may run over (a name with line breaks in its cell). */
    static final int HEADER_CELL_LINES = 4;

    @Override
    public List<String> header(SourceDefinition source, Path file) {
        HeaderRows.Found at = headerAt(source, file);
        if (at.cells() != null) {
            return at.cells();
        }
        try (EncodedLines lines = EncodedLines.open(file, charset(source, file), source.encoding() != null)) {
            for (EncodedLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (l.number() == at.last()) {
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
        if (source.encoding() == null && MacRoman.CHARSET.equals(charset(source, file))) {
            sink.warn(sink.messages().format("encoding.mac-roman", displayFile));
        }
        try (EncodedLines lines = EncodedLines.open(file, charset(source, file), source.encoding() != null).inLanguage(sink.messages())) {
            new Pass(source, displayFile, sink, lines, headerAt(source, file)).run();
        } catch (IOException | UncheckedIOException e) {
            throw new SourceReadException(displayFile + ": cannot be read as " + EncodedLines.bomCharset(file, charset(source, file)) + " CSV (" + e.getMessage()
                    + "); set 'encoding' under this source to the file's own", e);
        }
    }

    /** The file's line count (line ends, plus a last line without one), for progress only: 0 when it cannot be counted. */
    static long lineCount(Path file) {
        long lines = 0;
        boolean open = false;
        boolean cr = false;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n' && !cr || buffer[i] == '\r') {
                        lines++; // LF, CR LF (counted at its CR) or a lone CR
                    }
                    cr = buffer[i] == '\r';
                }
                open = buffer[n - 1] != '\n' && buffer[n - 1] != '\r';
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
        private final HeaderRows.Found header;

        Pass(SourceDefinition source, String file, IngestSink sink, EncodedLines lines, HeaderRows.Found header) {
            this.header = header;
            this.headerAt = header.first();
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
                // a last line without a line end that is a totals row or a note ("TOTAL: 3", "Fuente: …") ends a whole file
                if (map != null && !consumed.get(consumed.size() - 1).ended() && (cells == null || cells.size() < width)
                        && (cells == null || ColumnMap.totalOf(cells) == null && filled(cells) > 1)) {
                    cutShort(l, cells, text.toString());
                    return;
                }
                if (map == null) {
                    if (l.number() < header.last() && header.cells() != null) {
                        sink.ignore(file, Ignored.HEADER); // the upper of two header lines: the names were read together
                        continue;
                    }
                    header(l, header.cells() != null ? header.cells() : cells);
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
            if (lines.cutMidCharacter()) {
                sink.rejectFile(file, null, sink.messages().format("encoding.utf16-cut", lines.charset().name()), "");
            }
        }

        private static long filled(List<String> cells) {
            return cells.stream().filter(c -> c != null && !c.isBlank()).count();
        }

        /**
         * The file's last line has no line end and fewer fields than the header (or an open quote):
         * the file was cut short by a download or copy, and every figure from it would be short too.
         * The line is a rejected row (the file's account still adds up) and the file a file-level problem.
         */
        private void cutShort(EncodedLines.Line l, List<String> cells, String text) {
            String fields = cells == null ? "?" : String.valueOf(cells.size());
            sink.reject(file, null, l.number(), sink.messages().format("csv.cut-short-row", fields, String.valueOf(width)), text);
            sink.rowsRead(file, rows);
            if (lines.cutMidCharacter()) {
                sink.rejectFile(file, null, sink.messages().format("encoding.utf16-cut", lines.charset().name()), "");
            } else {
                sink.rejectFile(file, null, sink.messages().format("csv.cut-short", String.valueOf(l.number()), fields, String.valueOf(width),
                        String.valueOf(dataRow)), "");
            }
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
            if (!fits(cells) && cells.size() < width && ColumnMap.totalOf(cells) != null) {
                // a totals line written without the other cells ("TOTAL: 3"): the list's totals row, its other cells blank
                List<String> padded = new ArrayList<>(cells);
                while (padded.size() < width) {
                    padded.add("");
                }
                RowRules.apply(sink, map, file, null, line, dataRow, padded);
                return;
            }
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
     * The header's line or lines: {@code header-row} when the job file sets it (with the line above
     * it when only the two together hold every mapped column), else the first of the file's first
     * {@value XlsxReader#HEADER_SEARCH_ROWS} lines that holds every mapped column, alone or read
     * together with the line above it ({@link HeaderRows}; the lines above are a title or notes, as
     * in a workbook), else the line holding the most of them (at least half: a misspelt column name
     * is then named alone, not every column), else line 1. The cells are the two lines' names read
     * together, or {@code null} for a header of one line (read by the pass itself).
     */
    static HeaderRows.Found headerAt(SourceDefinition source, Path file) {
        Integer configured = source.headerRow();
        if (source.columns().isEmpty()) {
            return new HeaderRows.Found(null, configured == null ? 1 : configured, configured == null ? 1 : configured);
        }
        HeaderRows headers = new HeaderRows(source);
        int until = configured != null ? configured : XlsxReader.HEADER_SEARCH_ROWS;
        int likeliest = 1;
        int most = (source.columns().size() + 1) / 2 - 1;
        try (EncodedLines lines = EncodedLines.open(file, charset(source, file), source.encoding() != null)) {
            List<String> above = null;
            for (EncodedLines.Line l = lines.next(); l != null && l.number() <= until; l = lines.next()) {
                String text = l.text();
                for (int more = 0; l.problem() == null && oddQuotes(text) && more < HEADER_CELL_LINES; more++) {
                    EncodedLines.Line n = lines.next(); // a quoted name with a line break in it ("Fecha de⏎detención")
                    if (n == null || n.problem() != null) {
                        break;
                    }
                    text = text + "\n" + n.text();
                }
                List<String> cells = l.problem() == null ? parse(source, text) : null;
                if (configured == null || l.number() == configured) {
                    HeaderRows.Found found = headers.at(l.number(), above, cells);
                    if (found != null) {
                        return found.rows() > 1 ? found : new HeaderRows.Found(null, found.first(), found.last());
                    }
                }
                int mapped = cells == null ? 0 : ColumnMap.mappedIn(source.columns(), cells);
                if (mapped > most) {
                    likeliest = l.number();
                    most = mapped;
                }
                above = cells;
            }
        } catch (IOException | UncheckedIOException e) {
            // the reading proper says what is wrong with the file
        }
        int line = configured != null ? configured : likeliest; // the likeliest holds half the mapped columns or more: its missing ones are named one by one
        return new HeaderRows.Found(null, line, line);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The file's encoding: the declared one; without one, UTF-8 unless the file's first byte beyond
     * ASCII (wherever it is: a sorted list may hold none for megabytes) is no UTF-8 letter — a file
     * saved by Excel or an older system in windows-1252 (ISO-8859-1's letters included), read as
     * such rather than losing every line with an accent. A file whose first such letter is UTF-8
     * keeps UTF-8, and lines of another encoding pasted into it are rejected one by one. A
     * single-byte file whose words read as Spanish in Mac Roman and not in windows-1252 (Excel for
     * Mac's "CSV (Macintosh)") is Mac Roman ({@link MacRoman}); the run says so on the console.
     */
    static Charset charset(SourceDefinition source, Path file) {
        if (source.encoding() != null) {
            return Charset.forName(source.encoding());
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            if (EncodedLines.utf16Like(head) != null) {
                return StandardCharsets.UTF_8; // the reading proper names UTF-16 and refuses it
            }
            Boolean decided = firstNonAscii(head, head.length, in);
            if (decided == null && head.length == 4096) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n > 0 && decided == null; n = in.read(buffer)) {
                    decided = firstNonAscii(buffer, n, in);
                }
            }
            if (!Boolean.TRUE.equals(decided)) {
                return StandardCharsets.UTF_8;
            }
            return MacRoman.likely(file) ? MacRoman.CHARSET : WINDOWS_1252;
        } catch (IOException e) {
            return StandardCharsets.UTF_8; // the reading proper says what is wrong with the file
        }
    }

    /**
     * What the first byte beyond ASCII among {@code b[0, n)} says, the bytes after it read from
     * {@code more} when the buffer ends: true when it cannot start or continue a UTF-8 letter (the
     * file is windows-1252), false when it is one (UTF-8, its bad lines rejected one by one), null
     * when every byte is ASCII.
     */
    private static Boolean firstNonAscii(byte[] b, int n, InputStream more) throws IOException {
        for (int i = 0; i < n; i++) {
            if (b[i] >= 0) {
                continue;
            }
            int c = b[i] & 0xFF;
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra < 0) {
                return true;
            }
            for (int k = 1; k <= extra; k++) {
                int d = i + k < n ? b[i + k] & 0xFF : more.read();
                if (d < 0) {
                    return false; // cut at the end of the file: proves nothing
                }
                if ((d & 0xC0) != 0x80) {
                    return true;
                }
            }
            return false;
        }
        return null;
    }

    /** True when the first byte beyond ASCII cannot start or continue a UTF-8 letter: the text is windows-1252. */
    static boolean singleByte(byte[] b) {
        try {
            return Boolean.TRUE.equals(firstNonAscii(b, b.length, InputStream.nullInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVFormat format(SourceDefinition source) {
        return CSVFormat.DEFAULT.builder().setDelimiter(source.delimiterChar()).setTrim(true).setIgnoreEmptyLines(true).get();
    }
}
