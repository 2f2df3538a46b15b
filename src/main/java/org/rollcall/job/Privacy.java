package org.rollcall.job;

import java.nio.file.FileAlreadyExistsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.rollcall.RollcallException;

/**
 * Detainee data is sensitive. The database folder and each job's output folder are created
 * readable by their owner only (rwx------) from the first byte: every missing level is created
 * with that mode (never created open, then closed), so a run killed at any point leaves nothing
 * readable by other users. The H2 database is encrypted at rest when a key is set in the
 * environment ({@link #DB_KEY}), never in a job file.
 */
final class Privacy {

    /** Environment variable holding the H2 file-encryption key. */
    static final String DB_KEY = "ROLLCALL_DB_KEY";

    /** The first bytes of an H2 file written with CIPHER=AES (H2's FilePathEncrypt header). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private Privacy() {
    }

    /** Creates the folder (and missing parents, each owner-only) and makes it owner-only, where the file system has POSIX modes. */
    static void ownerOnlyFolder(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(abs)) {
                if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
                    ownerOnlyFolder(abs.getParent());
                }
                if (posix) {
                    FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
                    Files.createDirectory(abs, mode);
                } else {
                    Files.createDirectory(abs);
                }
            }
            if (posix) {
                Files.setPosixFilePermissions(abs, OWNER_ONLY);
            }
        } catch (FileAlreadyExistsException e) {
            ownerOnlyFolder(abs); // made by another process in between
        } catch (IOException e) {
            throw new RollcallException("cannot create " + abs + " readable by its owner only: " + e.getMessage()
                    + "; check that its parent folder exists and is writable", e);
        }
    }

    /**
     * The database key from the environment, checked against the job's database file before
     * anything opens it: a key on a plain database, or no key on an encrypted one, is named with
     * what to do (a wrong key is found when the file is opened).
     *
     * @return the key, or {@code null} for a plain database
     */
    static String databaseKey(Map<String, String> env, Path databaseFile) {
        String key = key(env);
        if (!Files.exists(databaseFile)) {
            return key;
        }
        boolean encrypted = isEncrypted(databaseFile);
        if (encrypted && key == null) {
            throw new RollcallException("the database " + databaseFile + " is encrypted and " + DB_KEY + " is not set; set it to the key"
                    + " the database was created with (e.g. in the cron line: " + DB_KEY + "=... java -jar ...)");
        }
        if (!encrypted && key != null) {
            throw new RollcallException("the database " + databaseFile + " is not encrypted but " + DB_KEY + " is set; an existing plain"
                    + " database is not converted: unset " + DB_KEY + ", or start a new data folder (ROLLCALL_DATA_DIR) with the key set"
                    + " before its first run");
        }
        return key;
    }

    /**
     * The key from the environment, for a database rollcall does not open itself (PostgreSQL, a
     * {@code spring.datasource.url}): the stage files in the data folder hold the same people, and
     * are encrypted with it as they are beside an encrypted H2 file.
     *
     * @return the key, or {@code null} when none is set
     */
    static String key(Map<String, String> env) {
        String key = env.get(DB_KEY);
        if (key != null && key.isBlank()) {
            return null;
        }
        if (key != null && key.contains(" ")) {
            throw new RollcallException(DB_KEY + " must not contain spaces; set a key without spaces (and keep it: the database does not"
                    + " open without it)");
        }
        return key;
    }

    private static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new RollcallException("cannot read the database file " + file + ": " + e.getMessage() + "; check its permissions", e);
        }
    }
}
