package org.rollcall.job;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rollcall.RollcallException;

/**
 * Detainee data is sensitive. The database folder and each job's output folder are created
 * readable by their owner only (rwx------), so nothing inside them can be read by other users
 * whatever the files' own modes; and the H2 database is encrypted at rest when a key is set in
 * the environment ({@link #DB_KEY}), never in a job file; so are the run's stage files beside it.
 */
final class Privacy {

    /** Environment variable holding the H2 file-encryption key. */
    static final String DB_KEY = "ROLLCALL_DB_KEY";

    private Privacy() {
    }

    /** Creates the folder (and missing parents) and makes it owner-only, where the file system has POSIX modes. */
    static void ownerOnlyFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new RollcallException("cannot create " + dir + " readable by its owner only: " + e.getMessage(), e);
        }
    }

    /**
     * Spring properties for the database: with a key in the environment, the H2 file database is
     * opened with AES file encryption (H2's CIPHER=AES; the key is the file password).
     */
    static Map<String, String> databaseProperties(Map<String, String> env, String dataDir) {
        Map<String, String> props = new LinkedHashMap<>();
        String folder = java.nio.file.Path.of(dataDir).toAbsolutePath().normalize().toString();
        if (!env.containsKey("SPRING_DATASOURCE_URL") && !env.containsKey("SPRING_PROFILES_ACTIVE")) {
            // H2 wants an absolute path (a bare relative one such as "data/rollcall" is refused)
            props.put("spring.datasource.url", "jdbc:h2:file:" + folder + "/rollcall;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        }
        String key = env.get(DB_KEY);
        if (key != null && !key.isBlank()) {
            if (key.contains(" ")) {
                throw new RollcallException(DB_KEY + " must not contain spaces");
            }
            props.put("spring.datasource.url", "jdbc:h2:file:" + folder + "/rollcall;CIPHER=AES;AUTO_SERVER=TRUE;WRITE_DELAY=0");
            props.put("spring.datasource.password", key + " ");
            // the stage files in the data folder hold the same people: encrypted with the same key (StageFiles)
            props.put("rollcall.stage-key", key);
        }
        return props;
    }
}
