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
 */
final class EncodedLines implements Closeable {

    /**
     * One physical line.
     *
     * @param number 1-based line number
     * @param text the line without its end; when {@code problem} is set, read as windows-1252 to show it
     * @param problem why the line cannot be decoded in the declared encoding, or {@code null}
     */
    record Line(int number, String text, String problem) {
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
            CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new EncodedLines(null, new BufferedReader(new InputStreamReader(in, strict)), charset);
        }
        return new EncodedLines(in, null, charset);
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

    /** The next line, or {@code null} at the end of the file. */
    Line next() throws IOException {
        if (chars != null) {
            String text = chars.readLine();
            return text == null ? null : new Line(++number, text, null);
        }
        line.reset();
        boolean any = false;
        while (true) {
            if (pos >= limit) {
                limit = bytes.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            line.write(buffer, start, pos - start);
            if (pos < limit) {
                pos++; // the line's end
                break;
            }
        }
        if (!any) {
            return null;
        }
        byte[] raw = line.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        number++;
        try {
            return new Line(number, decoder.reset().decode(ByteBuffer.wrap(raw, 0, length)).toString(), null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(raw, length);
            String looks = charset.equals(StandardCharsets.UTF_8) ? "windows-1252 (or ISO-8859-1)" : "UTF-8";
            return new Line(number, new String(raw, 0, length, WINDOWS_1252), messages.format("encoding.bad-byte",
                    String.format("%02X", raw[bad] & 0xFF), String.valueOf(bad + 1), charset.name(), looks,
                    charset.equals(StandardCharsets.UTF_8) ? "windows-1252" : "UTF-8"));
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
