package org.rollcall.ingest;

import org.rollcall.text.Messages;
import java.nio.CharBuffer;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a text file, decoded strictly in its declared encoding, one at a time.
 *
 * <p>A byte-order mark decides the encoding whatever is declared (it cannot be mistaken); a file
 * without one whose every other byte is 0 is UTF-16 and is refused when declared otherwise, naming
 * both. A line holding bytes that are invalid in the declared encoding is returned with a problem
 * naming the encoding declared and the one the bytes look like, so that it costs that line only.
 *
 * <p>A line ends at CR LF, LF or a lone CR (Excel's "CSV (Macintosh)" and classic Mac files end
 * their lines with CR alone); whether the last line had an end is kept ({@link Line#ended()}): a
 * last line without one may be the place where a download or copy was cut. A UTF-16 file of an odd
 * number of bytes was cut in the middle of a character ({@link #cutMidCharacter()}): its whole
 * characters are read, the odd byte is not.
 */
final class EncodedLines implements Closeable {

    /**
     * One physical line.
     *
     * @param number 1-based line number
     * @param text the line without its end; when {@code problem} is set, read as windows-1252 to show it
     * @param problem why the line cannot be decoded in the declared encoding, or {@code null}
     */
    record Line(int number, String text, String problem, boolean ended) {

        Line(int number, String text, String problem) {
            this(number, text, problem, true);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 4096;

    private final InputStream bytes;
    private final BufferedReader chars;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private int number;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean cutMidCharacter;
    private final char[] charBuffer = new char[1 << 14];
    private int charPos;
    private int charLimit;

    private Messages messages = Messages.of("en");

    /** Problems of lines told in the language of {@code m} (English unless set). */
    EncodedLines inLanguage(Messages m) {
        this.messages = m;
        return this;
    }

    private EncodedLines(InputStream bytes, BufferedReader chars, Charset charset) {
        this.bytes = bytes;
        this.chars = chars;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * @param declared the source's encoding (UTF-8 when the job file names none)
     * @param named true when the job file names {@code declared}, false when it was taken by default
     * @throws SourceReadException when the file is UTF-16 without a byte-order mark and declared otherwise
     *     (its message does not name the file: the caller's line does)
     */
    static EncodedLines open(Path file, Charset declared, boolean named) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        Charset bom = null;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            bom = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            bom = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        in.skipNBytes(skip);
        Charset charset = bom != null ? bom : declared;
        if (bom == null && !declared.name().startsWith("UTF-16")) {
            Charset sixteen = utf16Like(head);
            if (sixteen != null) {
                in.close();
                throw named ? SourceReadException.of("encoding.utf16-declared", sixteen.name(), declared.name())
                        : SourceReadException.of("encoding.utf16", sixteen.name());
            }
        }
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            int unit = charset.name().startsWith("UTF-16") ? 2 : 4;
            long whole = Files.size(file) - skip;
            long odd = whole % unit;
            CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            InputStream body = odd == 0 ? in : new Bounded(in, whole - odd);
            EncodedLines out = new EncodedLines(null, new BufferedReader(new InputStreamReader(body, strict)), charset);
            out.cutMidCharacter = odd != 0;
            return out;
        }
        return new EncodedLines(in, null, charset);
    }

    /** The encoding the file's byte-order mark names, else {@code otherwise}. */
    static Charset bomCharset(Path file, Charset otherwise) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] h = in.readNBytes(3);
            if (h.length >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
                return StandardCharsets.UTF_8;
            }
            if (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (h.length >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
        } catch (IOException e) {
            // the reading proper says what is wrong with the file
        }
        return otherwise;
    }

    /** UTF-16LE or UTF-16BE when most of the even or odd bytes of the sample are 0; else {@code null}. */
    static Charset utf16Like(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenZero += head[i] == 0 ? 1 : 0;
            oddZero += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddZero >= pairs * 0.4 && evenZero < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero >= pairs * 0.4 && oddZero < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The encoding lines are decoded in (the byte-order mark's, else the declared one). */
    Charset charset() {
        return charset;
    }

    /**
     * True when the file is UTF-16 (or UTF-32) of a byte count that is no whole number of
     * characters: it was cut in the middle of one, by a download or copy cut short.
     */
    boolean cutMidCharacter() {
        return cutMidCharacter;
    }

    /** The next line, or {@code null} at the end of the file. */
    Line next() throws IOException {
        if (chars != null) {
            return nextOfChars();
        }
        line.reset();
        boolean any = false;
        boolean ended = false;
        while (!ended) {
            if (!fill()) {
                break;
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n' && buffer[pos] != '\r') {
                pos++;
            }
            line.write(buffer, start, pos - start);
            if (pos < limit) {
                ended = true;
                if (buffer[pos++] == '\r' && fill() && buffer[pos] == '\n') {
                    pos++; // CR LF: one line end
                }
            }
        }
        if (!any) {
            return null;
        }
        byte[] raw = line.toByteArray();
        int length = raw.length;
        number++;
        try {
            return new Line(number, decoder.reset().decode(ByteBuffer.wrap(raw, 0, length)).toString(), null, ended);
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(raw, length);
            String looks = charset.equals(StandardCharsets.UTF_8) ? "windows-1252 (or ISO-8859-1)" : "UTF-8";
            return new Line(number, new String(raw, 0, length, WINDOWS_1252), messages.format("encoding.bad-byte",
                    String.format("%02X", raw[bad] & 0xFF), String.valueOf(bad + 1), charset.name(), looks,
                    charset.equals(StandardCharsets.UTF_8) ? "windows-1252" : "UTF-8"), ended);
        }
    }

    /** True when a byte is waiting at {@code pos}, reading more when the buffer is spent; false at the end of the file. */
    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        limit = bytes.read(buffer);
        pos = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }

    /** As {@link #fill()}, for a file decoded by a reader (UTF-16, UTF-32). */
    private boolean fillChars() throws IOException {
        if (charPos < charLimit) {
            return true;
        }
        charLimit = chars.read(charBuffer);
        charPos = 0;
        if (charLimit <= 0) {
            charLimit = 0;
            return false;
        }
        return true;
    }

    /** The next line of a file decoded by a reader: ends at CR LF, LF or CR, as {@link #next()}. */
    private Line nextOfChars() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean any = false;
        boolean ended = false;
        while (!ended && fillChars()) {
            any = true;
            int start = charPos;
            while (charPos < charLimit && charBuffer[charPos] != '\n' && charBuffer[charPos] != '\r') {
                charPos++;
            }
            text.append(charBuffer, start, charPos - start);
            if (charPos < charLimit) {
                ended = true;
                if (charBuffer[charPos++] == '\r' && fillChars() && charBuffer[charPos] == '\n') {
                    charPos++;
                }
            }
        }
        return any ? new Line(++number, text.toString(), null, ended) : null;
    }

    /** The first {@code limit} bytes of a stream (a UTF-16 file without its odd last byte). */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            left -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }

    /** The 0-based position of the first byte the declared encoding cannot decode. */
    private int firstInvalid(byte[] raw, int length) {
        ByteBuffer in = ByteBuffer.wrap(raw, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        decoder.reset().decode(in, out, true);
        return Math.min(in.position(), Math.max(0, length - 1));
    }

    @Override
    public void close() throws IOException {
        if (chars != null) {
            chars.close();
        } else {
            bytes.close();
        }
    }
}
