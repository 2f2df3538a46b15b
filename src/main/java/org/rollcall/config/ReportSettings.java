package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where and how reports are written.
 *
 * @param outputDir root folder; a run writes to {@code <outputDir>/<job name>/<run timestamp>/}
 *     and mirrors it in {@code <outputDir>/<job name>/latest/}
 * @param language language of the reports people read: {@code en} or {@code es} (en)
 * @param title title of report.html (default: the job's description or name)
 */
public record ReportSettings(@JsonProperty("output-dir") String outputDir, String language, String title) {

    public ReportSettings {
        outputDir = outputDir == null || outputDir.isBlank() ? "output" : outputDir;
        language = language == null ? "en" : language;
    }
}
