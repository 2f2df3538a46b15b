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
 * @param sheetRows the most rows a list's sheet of reconciliation.xlsx shows ({@value #DEFAULT_SHEET_ROWS} by default, at most
 *     {@value #MAX_SHEET_ROWS}: Excel's 1,048,576 rows less the header); a longer list's sheet shows its first rows and says,
 *     at its top and bottom, that it is cut and that lists/&lt;list&gt;.csv holds every row
 */
public record ReportSettings(@JsonProperty("output-dir") String outputDir, String language, String title,
        @JsonProperty("redacted-dates") String redactedDates, @JsonProperty("sheet-rows") Integer sheetRows) {

    /**
     * Rows a list's sheet shows by default: a sheet of a few hundred thousand rows takes minutes to open and filter in
     * a spreadsheet, and writing every row of every list took 83 s for 4.75 million rows at a million records.
     */
    public static final int DEFAULT_SHEET_ROWS = 100_000;
    /** Excel's 1,048,576 rows per sheet, less the header row. */
    public static final int MAX_SHEET_ROWS = 1_048_575;

    /** The values of {@code redacted-dates}. */
    public static final List<String> REDACTED_DATES = List.of("none", "month", "day");

    public ReportSettings {
        outputDir = outputDir == null || outputDir.isBlank() ? "output" : outputDir;
        language = language == null ? "en" : language;
        redactedDates = redactedDates == null ? "none" : redactedDates;
        sheetRows = sheetRows == null ? DEFAULT_SHEET_ROWS : sheetRows;
    }

    public ReportSettings(String outputDir, String language, String title) {
        this(outputDir, language, title, null, null);
    }
}
