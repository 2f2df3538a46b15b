package org.rollcall.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.rollcall.RollcallException;
import org.rollcall.text.Messages;

/**
 * Turns any failure into one line a person reading a cron mail can act on, and keeps the stack
 * trace in the log file that line names. The console never gets a stack trace.
 */
final class Failures {

    /** Below this many free bytes, a folder's disk counts as full. */
    static final long FULL_BELOW = 4L * 1024 * 1024;

    private Failures() {
    }

    /** The log file of a command: {@code <data dir>/logs/<name>.log}. */
    static Path logFile(Path dataDir, String name) {
        return dataDir.toAbsolutePath().normalize().resolve("logs").resolve(name + ".log");
    }

    /**
     * What went wrong, in one line: the disk that is full, the heap to raise, or the first message
     * of the cause chain that says something (a rollcall message first).
     *
     * @param folders the folders the command writes to, checked for a full disk
     */
    static String explain(Throwable t, List<Path> folders) {
        return explain(t, folders, Messages.of("en"));
    }

    /**
     * As above, in the language of {@code m} (the job's, once its file is read); a rollcall message
     * from deeper down is given as it was written, in English.
     */
    static String explain(Throwable t, List<Path> folders, Messages m) {
        for (Path folder : folders) {
            Path existing = folder.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            try {
                if (existing != null && Files.getFileStore(existing).getUsableSpace() < FULL_BELOW) {
                    return m.format("failure.disk-full", folder.toAbsolutePath().normalize(),
                            String.valueOf(Files.getFileStore(existing).getUsableSpace() / 1024));
                }
            } catch (IOException ignored) {
                // no verdict on this folder; go on with the cause
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return m.format("failure.out-of-memory", String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RollcallException) {
                return c.getMessage();
            }
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.format("failure.unexpected", firstLine(message), root.getClass().getSimpleName());
    }

    /** H2's error code for a database file another process has open ({@code DATABASE_ALREADY_OPEN_1}). */
    private static final int H2_IN_USE = 90020;

    /** H2's MVStore error code for a file another process has locked ({@code DataUtils.ERROR_FILE_LOCKED}). */
    private static final int MVSTORE_FILE_LOCKED = 7;

    /**
     * True when the failure is the job's database file being open in another process: a second run
     * of the job that started between the first one's check and its opening the database. That is
     * a run already in progress (exit 5), not a failed run to resume (exit 4). H2 is a runtime
     * dependency, so its exception is recognised by name and code.
     */
    static boolean databaseInUse(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getErrorCode() == H2_IN_USE) {
                return true;
            }
            if (c.getClass().getName().equals("org.h2.mvstore.MVStoreException") && c.getMessage() != null
                    && (c.getMessage().contains("/" + MVSTORE_FILE_LOCKED + "]") || c.getMessage().startsWith("The file is locked"))) {
                return true;
            }
        }
        return false;
    }

    /** Appends the failure with its stack trace to the log file; never throws (a full disk may refuse it). */
    static void log(Path logFile, String what, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        try {
            Privacy.ownerOnlyFolder(logFile.getParent());
            Files.writeString(logFile, Instant.now() + " ERROR " + what + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (RuntimeException | IOException ignored) {
            // the console line still says what happened
        }
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
