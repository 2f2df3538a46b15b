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

    /** The JDK's switch between its two bindings of the HarfBuzz text shaper (Java 22 and later); older JDKs ignore it. */
    static final String TEXT_LAYOUT_FFM = "sun.font.layout.ffm";

    /**
     * Chooses the JDK's native binding of its text shaper unless the command line chose: POI
     * measures a character's width with AWT whenever it creates a sheet (to size columns, which
     * rollcall never asks it to), and the default binding, through the foreign-function API, generates
     * about 150 classes on its first use (FEBRL 4a×4b: ~0.15 s of CPU time). The same HarfBuzz
     * library measures the same width either way. Call before anything draws text.
     */
    static void preferNativeTextLayout() {
        if (System.getProperty(TEXT_LAYOUT_FFM) == null) {
            System.setProperty(TEXT_LAYOUT_FFM, "false");
        }
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
