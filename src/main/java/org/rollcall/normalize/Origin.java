package org.rollcall.normalize;

import java.time.LocalDate;
import org.rollcall.domain.SourceKind;

/**
 * Where a record came from: what every figure points back at.
 *
 * @param sourceId the source's id in the job file
 * @param kind the source's kind
 * @param seq the record's position in its source (1-based)
 * @param recordRef the record's own reference in its source
 * @param file the file, relative to the job's base folder
 * @param sheet the sheet, or {@code null}
 * @param row the 1-based row or line
 * @param snapshotDate the date the list describes (job file, or the file's name), or {@code null}
 */
public record Origin(String sourceId, SourceKind kind, int seq, String recordRef, String file, String sheet, int row, LocalDate snapshotDate) {
}
