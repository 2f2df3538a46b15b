package org.rollcall.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a text file's bytes say of the encoding the job file declares for it. Read in the wrong
 * one, a file loses no line yet every accented letter comes out garbled ("Fecha de detenciÃ³n"
 * for "Fecha de detención"): names no longer match, dates with a month's name no longer read, and
 * nothing says why. The two mistakes are told apart from the bytes themselves:
 *
 * <ul>
 *   <li>declared single-byte (windows-1252, ISO-8859-1…), the file is UTF-8: every byte beyond
 *       ASCII belongs to a well-formed UTF-8 sequence, and there is at least one — which text
 *       written in a single-byte encoding practically never does;</li>
 *   <li>declared UTF-8, the file is windows-1252: bytes beyond ASCII are there and none of them
 *       forms a UTF-8 sequence (a UTF-8 file with a few pasted lines of another encoding is not
 *       this case: those lines are rejected one by one).</li>
 * </ul>
 */
final class DeclaredEncoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private DeclaredEncoding() {
    }

    /**
     * A mismatch: the file's encoding, and a word of the file as read both ways.
     *
     * @param actual the file's own encoding, as the job file should name it
     * @param asDeclared the first word beyond ASCII, read in the declared encoding (garbled)
     * @param asActual the same word read in the file's own encoding
     */
    record Mismatch(String actual, String asDeclared, String asActual) {
    }

    /** The mismatch between {@code declared} and the file's bytes, or {@code null} when they may agree. */
    static Mismatch of(Path file, Charset declared) throws IOException {
        boolean utf8Declared = declared.equals(StandardCharsets.UTF_8);
        if (!utf8Declared && (declared.name().startsWith("UTF-") || declared.name().startsWith("x-UTF"))) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(1 << 24); // 16 MiB: a list's first ones say enough
        }
        if (EncodedLines.utf16Like(bytes.length > 4096 ? Arrays.copyOf(bytes, 4096) : bytes) != null || bom(bytes)) {
            return null; // a byte-order mark or UTF-16 is the reading's to tell
        }
        int[] counts = count(bytes);
        int sequences = counts[0];
        int invalid = counts[1];
        if (!utf8Declared && sequences > 0 && invalid == 0) {
            return mismatch(bytes, declared, StandardCharsets.UTF_8, "UTF-8");
        }
        if (utf8Declared && invalid > 0 && sequences == 0) {
            boolean mac = MacRoman.likely(bytes);
            return mismatch(bytes, declared, mac ? MacRoman.CHARSET : WINDOWS_1252, mac ? "x-MacRoman" : "windows-1252");
        }
        if (!utf8Declared && invalid > 0 && !declared.equals(MacRoman.CHARSET) && MacRoman.likely(bytes)) {
            return mismatch(bytes, declared, MacRoman.CHARSET, "x-MacRoman"); // Excel for Mac's "CSV (Macintosh)" declared windows-1252
        }
        return null;
    }

    private static boolean bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** {well-formed UTF-8 sequences of 2 to 4 bytes, bytes beyond ASCII outside any such sequence}. */
    static int[] count(byte[] b) {
        int sequences = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            boolean ok = extra > 0;
            for (int k = 1; ok && k <= extra; k++) {
                ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                sequences++;
                i += extra + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {sequences, invalid};
    }

    /** The first word holding a byte beyond ASCII, read both ways. */
    private static Mismatch mismatch(byte[] bytes, Charset declared, Charset actual, String name) {
        int at = 0;
        while (at < bytes.length && bytes[at] >= 0) {
            at++;
        }
        int start = at;
        while (start > 0 && !separator(bytes[start - 1])) {
            start--;
        }
        int end = at;
        while (end < bytes.length && !separator(bytes[end])) {
            end++;
        }
        return new Mismatch(name, new String(bytes, start, end - start, declared), new String(bytes, start, end - start, actual));
    }

    private static boolean separator(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == ',' || b == ';' || b == '\t' || b == '"' || b == '|';
    }

    /**
     * The job file's column names that are garbled copies of the file's own (written after an
     * earlier run's advice, when the file was read in the wrong encoding), each "garbled → right".
     */
    static List<String> garbledColumns(Iterable<String> columns, Charset declared, Mismatch m) {
        List<String> out = new ArrayList<>();
        Charset actual = Charset.forName(m.actual());
        for (String column : columns) {
            String right = new String(column.getBytes(declared), actual);
            if (!right.equals(column) && right.indexOf('\uFFFD') < 0 && (m.actual().equals("UTF-8") || m.actual().equals("x-MacRoman"))) {
                out.add("'" + column + "' → '" + right + "'");
            }
        }
        return out;
    }
}
