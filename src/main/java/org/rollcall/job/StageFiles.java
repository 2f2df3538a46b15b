package org.rollcall.job;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.rollcall.text.SharedValues;
import org.rollcall.RollcallException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.smile.SmileMapper;

/**
 * One file per stage of a run, {@code <data dir>/stages/<run>/<stage>.smile}: the stage's items as a
 * stream of Smile (binary JSON) values, written to a temporary file, synced and moved into place,
 * so a file under its final name is always whole. Each write returns the item count, the size and
 * a CRC-32C of the file's bytes; the caller records them (in the database) as the mark that the
 * stage is complete, and a read checks them, so a damaged or swapped file is reported, never read.
 *
 * <p>With a key (the database key, {@link Privacy#DB_KEY}) the files are encrypted with AES-CTR
 * (a random IV in the file's first 16 bytes), as the H2 database is; the checksum covers the
 * encrypted bytes.
 */
final class StageFiles {

    private static final String SUFFIX = ".smile";
    private static final int IV_BYTES = 16;

    /**
     * What a write produced.
     *
     * @param items the number of items written
     * @param bytes the file's size in bytes
     * @param checksum CRC-32C of the file's bytes
     */
    record Written(long items, long bytes, long checksum) {
    }

    /** What writing a stage without items gives: no items, no file. */
    static final Written EMPTY = new Written(0, 0, 0);

    private final Path root;
    private final SecretKey key;
    private final SmileMapper smile = SmileMapper.builder()
            .addModule(new SimpleModule("shared-values").addDeserializer(String.class, new SharedStrings())
                    .addDeserializer(LocalDate.class, new SharedDates())).build();
    private final SecureRandom random = new SecureRandom();

    /**
     * @param root the stages folder (created owner-only on first write)
     * @param key the encryption key's text, or blank for plain files
     */
    StageFiles(Path root, String key) {
        this.root = root;
        this.key = key == null || key.isBlank() ? null : derive(key);
    }

    /** The file of a stage of a run. */
    Path file(long run, String stage) {
        return root.resolve(Long.toString(run)).resolve(stage + SUFFIX);
    }

    /**
     * Writes the items (in the order given; a list, or items made as they are asked for), replacing the stage's
     * file whole. A stage without items has no file (an earlier attempt's is deleted): its record, {@link #EMPTY},
     * says all there is to read, and a run writes most of its many stages empty (FEBRL 4a×4b: 62 of 77), each of
     * which otherwise cost a file created, synced to disk and renamed. (Items made as they are asked for are not
     * known to be none beforehand: none of them is a file of no items.)
     */
    Written write(long run, String stage, Iterable<?> items) {
        Path target = file(run, stage);
        Path dir = target.getParent();
        if (items instanceof Collection<?> c && c.isEmpty()) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                throw new RollcallException("cannot replace stage '" + stage + "' of run " + run + " at " + target + ": " + e.getMessage()
                        + "; check that the data folder is writable, then run the same command again", e);
            }
            return EMPTY;
        }
        Privacy.ownerOnlyFolder(root);
        Privacy.ownerOnlyFolder(dir);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, stage, ".tmp");
            CRC32C crc = new CRC32C();
            long count = 0;
            try (FileOutputStream file = new FileOutputStream(tmp.toFile())) {
                // closing the writer closes the chain down to here, not the file: it is synced first
                OutputStream unclosed = new FilterOutputStream(file) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(unclosed, 1 << 16), crc);
                // one flush at the end, not one per item: a flush per item was a write to the file per item (millions)
                try (SequenceWriter w = smile.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).writeValues(encrypting(checked))) {
                    for (Object item : items) {
                        w.write(item);
                        count++;
                    }
                }
                file.getFD().sync();
            }
            move(tmp, target);
            return new Written(count, Files.size(target), crc.getValue());
        } catch (RollcallException e) {
            deleteQuietly(tmp); // a stage's items that failed while being made leave no half-written file
            throw e;
        } catch (IOException | JacksonException e) {
            deleteQuietly(tmp);
            throw new RollcallException("cannot write stage '" + stage + "' of run " + run + " to " + target + ": " + e.getMessage()
                    + "; check that the data folder is writable and the disk has room, then run the same command again", e);
        }
    }

    /** Reads the items back, checking them against what the write returned. */
    <T> List<T> read(long run, String stage, Class<T> type, Written expected) {
        return read(run, stage, type, expected, 0);
    }

    /**
     * Reads the items back, checking them against what the write returned.
     *
     * @param sharedValues how many distinct texts and dates to remember, to give back one copy of each ({@link Stage#sharedValues()}):
     *     once that many are remembered, the ones remembered are still shared and later ones are read as they come
     */
    <T> List<T> read(long run, String stage, Class<T> type, Written expected, int sharedValues) {
        Path f = file(run, stage);
        CRC32C crc = new CRC32C();
        List<T> items = new ArrayList<>((int) Math.min(expected.items(), 1 << 24));
        if (expected.equals(EMPTY)) {
            return items;
        }
        try (InputStream raw = Files.newInputStream(f)) {
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), crc);
            // the reader must not close the chain: what it left unread still counts in the checksum
            InputStream unclosed = new FilterInputStream(checked) {
                @Override
                public void close() {
                }
            };
            ObjectReader reader = smile.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            if (sharedValues > 0) {
                reader = reader.withAttribute(SharedStrings.class, new SharedValues(sharedValues));
            }
            // one value after another, each read where it starts: a MappingIterator would take a first value that is an
            // array (the register's person ids, String[]) for a wrapped sequence and fail on its first element
            try (JsonParser p = reader.createParser(decrypting(unclosed))) {
                while (p.nextToken() != null) {
                    items.add(reader.readValue(p));
                }
            }
            checked.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            throw damaged(run, stage, f, "the file is missing");
        } catch (IOException | JacksonException e) {
            throw damaged(run, stage, f, "it cannot be read (" + e.getMessage() + ")");
        }
        if (crc.getValue() != expected.checksum() || items.size() != expected.items()) {
            throw damaged(run, stage, f, "its checksum or item count differs from what was written (" + items.size() + " items, "
                    + expected.items() + " written)");
        }
        return items;
    }

    /**
     * The items one after another, without holding them: for a stage too large to hold whole (the
     * rows of a list at a million records). The checksum and item count are checked when the last
     * item has been read; a reader that stops early ({@code limit}, or {@link Items#close()}) reads
     * no further and checks nothing.
     *
     * @param limit the most items to give, from the first
     */
    <T> Items<T> iterate(long run, String stage, Class<T> type, Written expected, long limit) {
        return iterate(run, stage, type, expected, limit, 0);
    }

    /** As above, giving back one copy of each repeated text and date, as {@link #read(long, String, Class, Written, int)} does. */
    <T> Items<T> iterate(long run, String stage, Class<T> type, Written expected, long limit, int sharedValues) {
        return new Items<>(run, stage, type, expected, limit, sharedValues);
    }

    /** A stage's items read as they are asked for ({@link #iterate}); closes its file when the last is read. */
    final class Items<T> implements Iterator<T>, AutoCloseable {

        private final long run;
        private final String stage;
        private final Written expected;
        private final long limit;
        private final CRC32C crc = new CRC32C();
        private final ObjectReader reader;
        private final Path f;
        private CheckedInputStream checked;
        private JsonParser parser;
        private long read;
        private boolean ahead;

        private Items(long run, String stage, Class<T> type, Written expected, long limit, int sharedValues) {
            this.run = run;
            this.stage = stage;
            this.expected = expected;
            this.limit = Math.min(limit, expected.items());
            this.f = file(run, stage);
            ObjectReader plain = smile.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            this.reader = sharedValues > 0 ? plain.withAttribute(SharedStrings.class, new SharedValues(sharedValues)) : plain;
            if (this.limit <= 0) {
                return;
            }
            try {
                checked = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16), crc);
                InputStream unclosed = new FilterInputStream(checked) {
                    @Override
                    public void close() {
                    }
                };
                parser = reader.createParser(decrypting(unclosed));
            } catch (NoSuchFileException e) {
                throw damaged(run, stage, f, "the file is missing");
            } catch (IOException | JacksonException e) {
                throw damaged(run, stage, f, "it cannot be read (" + e.getMessage() + ")");
            }
        }

        @Override
        public boolean hasNext() {
            if (read >= limit || parser == null) {
                close();
                return false;
            }
            try {
                if (!ahead) {
                    ahead = parser.nextToken() != null;
                    if (!ahead) {
                        finish();
                        return false;
                    }
                }
                return true;
            } catch (JacksonException e) {
                close();
                throw damaged(run, stage, f, "it cannot be read (" + e.getMessage() + ")");
            }
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("stage '" + stage + "' of run " + run + " has no more items (" + read + " read)");
            }
            try {
                T item = reader.readValue(parser);
                ahead = false;
                read++;
                if (read == expected.items()) {
                    finish();
                }
                return item;
            } catch (JacksonException e) {
                close();
                throw damaged(run, stage, f, "it cannot be read (" + e.getMessage() + ")");
            }
        }

        /** Reads to the end of the file and checks it against what was written. */
        private void finish() {
            try {
                ahead = parser.nextToken() != null;
                long extra = ahead ? 1 : 0;
                parser.close();
                checked.transferTo(OutputStream.nullOutputStream());
                if (crc.getValue() != expected.checksum() || read + extra != expected.items()) {
                    throw damaged(run, stage, f, "its checksum or item count differs from what was written (" + (read + extra)
                            + " items or more, " + expected.items() + " written)");
                }
            } catch (IOException | JacksonException e) {
                throw damaged(run, stage, f, "it cannot be read (" + e.getMessage() + ")");
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            if (checked != null) {
                try {
                    parser.close();
                    checked.close();
                } catch (IOException | JacksonException e) {
                    // nothing more is read from it
                }
                checked = null;
                parser = null;
            }
        }
    }

    /** Deletes the files of a run (all its stages). */
    void delete(long run) {
        Path dir = root.resolve(Long.toString(run));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(StageFiles::deleteQuietly);
        } catch (IOException e) {
            // what is left is reported by the next delete; nothing reads it
        }
    }

    private static RollcallException damaged(long run, String stage, Path f, String why) {
        return new RollcallException("stage '" + stage + "' of run " + run + " (" + f + ") was completed but " + why
                + ". The data folder was changed outside rollcall (or the run was resumed on another machine): restore the file, "
                + "or start a new run by removing the run's failed execution (a new data folder starts afresh)");
    }

    private OutputStream encrypting(OutputStream out) throws IOException {
        if (key == null) {
            return out;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        out.write(iv);
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, iv));
    }

    private InputStream decrypting(InputStream in) throws IOException {
        if (key == null) {
            return in;
        }
        byte[] iv = in.readNBytes(IV_BYTES);
        return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, iv));
    }

    private Cipher cipher(int mode, byte[] iv) {
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(mode, key, new IvParameterSpec(iv));
            return c;
        } catch (GeneralSecurityException e) {
            throw new RollcallException("AES is not available in this Java runtime: " + e.getMessage(), e);
        }
    }

    private static SecretKey derive(String text) {
        try {
            PBEKeySpec spec = new PBEKeySpec(text.toCharArray(), "rollcall-stage-files".getBytes(StandardCharsets.UTF_8), 65_536, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new RollcallException("cannot derive the stage files' key: " + e.getMessage(), e);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is never read: only files under their final name are
        }
    }

    /**
     * Strings as read, or, when the read carries a map under {@link SharedStrings}' key, the first
     * copy of each equal string: a stage whose items repeat texts is read back as small as it was written.
     */
    private static final class SharedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return shared(super.deserialize(p, ctxt), ctxt);
        }
    }

    /** Dates as {@link SharedStrings} texts: every record of a source carries the same snapshot date. */
    private static final class SharedDates extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            return shared(LocalDateDeserializer.INSTANCE.deserialize(p, ctxt), ctxt);
        }
    }

    private static <T> T shared(T value, DeserializationContext ctxt) {
        return "".equals(value) || !(ctxt.getAttribute(SharedStrings.class) instanceof SharedValues seen) ? value : seen.share(value);
    }
}
