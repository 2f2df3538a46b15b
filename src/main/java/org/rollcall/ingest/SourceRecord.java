package org.rollcall.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;

/**
 * One usable row of a source, as read: canonical field → the text in the cell. Dates from real
 * workbook date cells are written as ISO {@code yyyy-MM-dd}.
 *
 * @param sourceId the source's id in the job file
 * @param kind the source's kind
 * @param seq 1-based position of this record among the source's records (all its files)
 * @param file the file it came from, relative to the job's base folder
 * @param sheet the workbook sheet, or {@code null} for other formats
 * @param row the 1-based row (xlsx), line (csv, txt) of the record in its file
 * @param recordRef the record's own reference in its source (see entities.csv)
 * @param values canonical field → raw text; absent fields are missing
 * @param attributes the source's attribute columns (name → raw text), blank ones absent, in mapping order
 */
public record SourceRecord(String sourceId, SourceKind kind, int seq, String file, String sheet, int row,
        String recordRef, Map<Field, String> values, Map<String, String> attributes) {

    public SourceRecord {
        values = Map.copyOf(values);
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A record without attribute columns. */
    public SourceRecord(String sourceId, SourceKind kind, int seq, String file, String sheet, int row, String recordRef,
            Map<Field, String> values) {
        this(sourceId, kind, seq, file, sheet, row, recordRef, values, null);
    }

    /** The raw text of a field, or {@code ""}. */
    public String value(Field field) {
        return values.getOrDefault(field, "");
    }
}
