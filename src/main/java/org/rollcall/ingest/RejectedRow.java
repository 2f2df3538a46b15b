package org.rollcall.ingest;

import org.rollcall.domain.Problem;

/**
 * A row that could not be used, with the reason, for the report. Rejected rows are never
 * silently dropped.
 *
 * @param sourceId the source's id
 * @param file the file, relative to the job's base folder
 * @param sheet the sheet, or {@code null}
 * @param row the 1-based row or line, 0 when the whole file was unusable
 * @param reason what is wrong and how to fix it
 * @param raw the row's content as read, cells joined by " | ", cut at 500 characters
 */
public record RejectedRow(String sourceId, String file, String sheet, int row, String reason, String raw) {

    public RejectedRow {
        raw = raw == null ? "" : raw.length() > 500 ? raw.substring(0, 500) + "…" : raw;
    }

    /** The rejection as a problem: a whole file (row 0, exit 10) or one row, located by file, sheet and row. */
    public Problem problem() {
        String location = file + (sheet == null ? "" : ", sheet '" + sheet + "'") + (row > 0 ? ", row " + row : "");
        return new Problem(location, reason, "", row == 0 ? Problem.Kind.SOURCE_FILE : Problem.Kind.ROW);
    }
}
