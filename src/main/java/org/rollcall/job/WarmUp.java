package org.rollcall.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rollcall.review.ReviewWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and initialises, on a second thread while the run starts, the classes the report step
 * needs first and that cost most to get ready: POI's workbook writer and its XML schema types
 * (about a second of a FEBRL run's report step when the first workbook is written cold, 0.2 s
 * warm). It writes an empty review workbook to a temporary file and deletes it; nothing of it
 * reaches a run's output, and a failure here only means the report step warms up itself.
 */
final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread (it never holds the process up) and returns at once. */
    static void start(String language) {
        Thread t = new Thread(() -> workbook(language), "rollcall-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void workbook(String language) {
        Path file = null;
        try {
            file = Files.createTempFile("rollcall-warm-up", ".xlsx");
            ReviewWorkbook.write(file, "warm-up", "warm-up", language, List.of(), List.of());
        } catch (Exception | LinkageError e) {
            LOG.debug("warm-up skipped: {}", e.toString());
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
