package org.rollcall.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a Mac Roman file (Excel for Mac's "CSV (Macintosh)", classic Mac text) from a windows-1252
 * one. Both are single-byte encodings, and every byte is some character in both, so a Mac Roman
 * file read as windows-1252 loses no line: its accented letters silently become punctuation or
 * other letters ("Violación" reads "Violaci—n", "Tráfico" "Tr‡fico", "Cédula" "CŽdula"), and rules
 * that look for an offence's word no longer find it.
 *
 * <p>The two are told apart by the words holding bytes beyond ASCII: decoded each way, a word is
 * plausible when it is all letters and cased as words are (all lower case, all capitals, or a
 * capital then lower case). Spanish words read in the wrong one of the two are not: Mac Roman's
 * "ó" (0x97) is windows-1252's "—", its "Á" (0xE7) "ç" inside a word in capitals ("GONZçLEZ"), and
 * windows-1252's "ó" (0xF3) is Mac Roman's "Û" ("ViolaciÛn"). The file is Mac Roman when at least
 * {@value #MIN_WORDS} words read plausibly only as Mac Roman, more than read plausibly only as
 * windows-1252, and one of them through a byte that is no windows-1252 quote or dash (a word's
 * bytes at its ends are not judged: “curly quotes” around a word are Mac Roman's "ì…î").
 */
final class MacRoman {

    static final Charset CHARSET = Charset.forName("x-MacRoman");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Words plausible in Mac Roman only that make a file Mac Roman (one could be a stray symbol). */
    static final int MIN_WORDS = 2;

    /** Bytes read to decide: a list's first 16 MiB. */
    private static final int SAMPLE = 1 << 24;

    /** The difference of words plausible one way only at which the reading stops early: the file has decided. */
    private static final int DECIDED = 20;

    private MacRoman() {
    }

    /** True when the file's bytes read as Spanish words in Mac Roman and not in windows-1252. */
    static boolean likely(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return likely(in.readNBytes(SAMPLE));
        } catch (IOException e) {
            return false; // the reading proper says what is wrong with the file
        }
    }

    /** As {@link #likely(Path)}, of bytes. */
    static boolean likely(byte[] b) {
        int mac = 0;
        int windows = 0;
        int strongMac = 0;
        int i = 0;
        while (i < b.length && Math.abs(mac - windows) < DECIDED) {
            if (!wordByte(b[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < b.length && wordByte(b[i])) {
                i++;
            }
            // bytes beyond ASCII at a word's ends are quotes and apostrophes as often as letters ("“el flaco”" in windows-1252
            // is Mac Roman's "ìel flacoî"): only the bytes inside a word, between two ASCII letters' reach, are judged
            int from = start;
            int to = i;
            while (from < to && b[from] < 0) {
                from++;
            }
            while (to > from && b[to - 1] < 0) {
                to--;
            }
            boolean beyondAscii = false;
            boolean strong = false;
            for (int k = from; k < to; k++) {
                beyondAscii |= b[k] < 0;
                strong |= b[k] < 0 && !punctuationIn1252(b[k]);
            }
            if (!beyondAscii) {
                continue;
            }
            boolean asMac = plausible(new String(b, from, to - from, CHARSET));
            boolean asWindows = plausible(new String(b, from, to - from, WINDOWS_1252));
            mac += asMac && !asWindows ? 1 : 0;
            windows += asWindows && !asMac ? 1 : 0;
            strongMac += asMac && !asWindows && strong ? 1 : 0;
        }
        return mac >= MIN_WORDS && mac > windows && strongMac > 0;
    }

    /**
     * Windows-1252's quotes, bullet and dashes (0x91–0x97): punctuation a windows-1252 list writes inside a word too
     * ("enero–marzo", "O’Brien"), and Mac Roman's í, ì, î, ï, ñ, ó, ò. A word read as Mac Roman through these alone
     * proves nothing; a Mac Roman file of Spanish names also holds á, é, ú or a capital's accent (0x87, 0x8E, 0x9C,
     * 0xE7 …), which windows-1252 writes as symbols no list puts inside a word ("Tr‡fico", "CŽdula").
     */
    private static boolean punctuationIn1252(byte x) {
        int u = x & 0xFF;
        return u >= 0x91 && u <= 0x97;
    }

    /** An ASCII letter or a byte beyond ASCII: part of a word in either encoding. */
    private static boolean wordByte(byte x) {
        return x < 0 || (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
    }

    /** All letters, cased as a word: all lower case, all capitals, or a capital then lower case. */
    static boolean plausible(String word) {
        boolean allLower = true;
        boolean allUpper = true;
        boolean restLower = true;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c)) {
                return false;
            }
            allLower &= Character.isLowerCase(c);
            allUpper &= Character.isUpperCase(c);
            restLower &= k == 0 || Character.isLowerCase(c);
        }
        return allLower || allUpper || (restLower && Character.isUpperCase(word.charAt(0)));
    }

    /**
     * Of a column name the job file names and one the header holds, how one is the other read in
     * the wrong encoding: {actual encoding, encoding read in, which is garbled ("header" or "job")},
     * or {@code null} when they differ otherwise.
     */
    static String[] slip(String column, String header) {
        if (column == null || header == null || column.equals(header)) {
            return null;
        }
        // the two single-byte encodings garble each other both ways ("Cédula" ⇄ "CŽdula"): the name with letters only is the right one
        boolean headerGarbled = !plausibleName(header) || plausibleName(column);
        Charset[] all = {StandardCharsets.UTF_8, WINDOWS_1252, CHARSET};
        for (Charset actual : all) {
            for (Charset readAs : all) {
                if (actual.equals(readAs)) {
                    continue;
                }
                if (headerGarbled && new String(column.getBytes(actual), readAs).equals(header)) {
                    return new String[] {actual.name(), readAs.name(), "header"};
                }
                if (!headerGarbled && new String(header.getBytes(actual), readAs).equals(column)) {
                    return new String[] {actual.name(), readAs.name(), "job"};
                }
            }
        }
        return null;
    }

    /** Every word of the name reads as a word ({@link #plausible}): no "CŽdula", no "Situaci—n". */
    private static boolean plausibleName(String name) {
        for (String word : name.split("[\\s\\p{Punct}°º]+")) {
            if (!word.isEmpty() && word.chars().anyMatch(c -> c > 127) && !plausible(word)) {
                return false;
            }
        }
        return true;
    }
}
