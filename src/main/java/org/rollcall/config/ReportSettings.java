package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where and how reports are written.
 *
 * @param outputDir root folder; a run writes to {@code <outputDir>/<job name>/<run timestamp>/}
 *     and mirrors it in {@code <outputDir>/<job name>/latest/}
 * @param language language of the reports people read: {@code en} or {@code es} (en)
 * @param title title of report.html (default: the job's description or name)
 * @param redactedDates what {@code --redact} exports keep of each person's dates (detention, ruling,
 *     release): {@code none} (the default: a date is nearly unique per person, so it re-identifies),
 *     {@code month} (2026-11) or {@code day} (the full date)
 */
public record ReportSettings(@JsonProperty("output-dir") String outputDir, String language, String title,
        @JsonProperty("redacted-dates") String redactedDates) {

    /** The values of {@code redacted-dates}. */
    public static final List<String> REDACTED_DATES = List.of("none", "month", "day");

    public ReportSettings {
        outputDir = outputDir == null || outputDir.isBlank() ? "output" : outputDir;
        language = language == null ? "en" : language;
        redactedDates = redactedDates == null ? "none" : redactedDates;
    }

    public ReportSettings(String outputDir, String language, String title) {
        this(outputDir, language, title, null);
    }
}
