package org.rollcall.ingest;

import org.rollcall.domain.Problem;

/**
 * A row that could not be used, with the reason, for the report. Rejected rows are never
 * silently dropped.
 *
 * @param sourceId the source's id
 * @param file the file, relative to the job's base folder
 * @param sheet the sheet, or {@code null}
 * @param row the 1-based row or line; 0 for a whole file
 * @param reason what is wrong and how to fix it
 * @param raw the row's content as read, cells joined by " | ", cut at 500 characters
 * @param kind {@link Problem.Kind#SOURCE_FILE} when the whole file was lost (exit 10), {@link Problem.Kind#ROW} for one row
 */
public record RejectedRow(String sourceId, String file, String sheet, int row, String reason, String raw, Problem.Kind kind) {

    public RejectedRow {
        raw = raw == null ? "" : raw.length() > 500 ? raw.substring(0, 500) + "…" : raw;
        if (kind != Problem.Kind.SOURCE_FILE && kind != Problem.Kind.ROW) {
            throw new IllegalArgumentException("a rejection loses a row or a whole file, not a " + kind);
        }
        if ((kind == Problem.Kind.ROW) != (row > 0)) {
            throw new IllegalArgumentException("a rejected row has its row number (1 or more), a whole file none: row " + row + ", " + kind);
        }
    }

    /** One row or line of {@code file} that could not be used. */
    public static RejectedRow row(String sourceId, String file, String sheet, int row, String reason, String raw) {
        return new RejectedRow(sourceId, file, sheet, row, reason, raw, Problem.Kind.ROW);
    }

    /** A whole file that could not be used. */
    public static RejectedRow wholeFile(String sourceId, String file, String sheet, String reason, String raw) {
        return new RejectedRow(sourceId, file, sheet, 0, reason, raw, Problem.Kind.SOURCE_FILE);
    }

    /** True when the whole file was lost, not one row. */
    public boolean isWholeFile() {
        return kind == Problem.Kind.SOURCE_FILE;
    }

    /** The rejection as a problem, located by file, sheet and row. */
    public Problem problem() {
        String location = file + (sheet == null ? "" : ", sheet '" + sheet + "'") + (isWholeFile() ? "" : ", row " + row);
        return new Problem(location, reason, "", kind);
    }
}
