package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where and how reports are written.
 *
 * @param outputDir root folder; a run writes to {@code <outputDir>/<job name>/<run timestamp>/}
 *     and mirrors it in {@code <outputDir>/<job name>/latest/}
 */
public record ReportSettings(@JsonProperty("output-dir") String outputDir) {

    public ReportSettings {
        outputDir = outputDir == null || outputDir.isBlank() ? "output" : outputDir;
    }
}
