package org.rollcall.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer that encodes UTF-8 into a buffer of its own and hands the stream whole buffers: the
 * bytes of {@code new BufferedWriter(new OutputStreamWriter(out, UTF_8))}, a lone surrogate
 * written as {@code ?} as that writer does, without its lock and its encoder's per-call work. For
 * one thread writing many short texts (a workbook's sheet, a tag and an attribute at a time).
 */
public final class Utf8Writer extends Writer {

    private static final int SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int pos;
    /** A high surrogate written last, waiting for its low half; 0 when none. */
    private char high;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(chars[i]);
        }
    }

    /**
     * A text is encoded whole by the JDK's own encoder (vectorised for ASCII, a lone surrogate as
     * {@code ?} as the writer it replaces does); a high surrogate at its end waits for the next
     * call's first character, and one waiting from the last call takes this one's.
     */
    @Override
    public void write(String s, int off, int len) throws IOException {
        int i = off;
        int end = off + len;
        while (high != 0 && i < end) {
            put(s.charAt(i++));
        }
        if (i >= end) {
            return;
        }
        char last = s.charAt(end - 1);
        int stop = Character.isHighSurrogate(last) ? end - 1 : end;
        if (stop > i) {
            bytes((i == 0 && stop == s.length() ? s : s.substring(i, stop)).getBytes(StandardCharsets.UTF_8));
        }
        if (stop < end) {
            high = last;
        }
    }

    private void bytes(byte[] b) throws IOException {
        if (b.length > SIZE - pos) {
            drain();
            if (b.length > SIZE) {
                out.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void put(char c) throws IOException {
        if (pos > SIZE - 4) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[pos++] = (byte) (0xF0 | (cp >> 18));
                buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[pos++] = '?';
            if (pos > SIZE - 4) {
                drain();
            }
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | (c >> 6));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | (c >> 12));
            buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** Writes what is buffered (a high surrogate still waiting for its low half stays waiting, as it does in an OutputStreamWriter). */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (high != 0) {
            high = 0;
            buf[pos++] = '?';
        }
        drain();
        out.close();
    }
}
