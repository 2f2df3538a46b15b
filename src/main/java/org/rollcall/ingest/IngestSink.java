package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.config.SourceDefinition;

/**
 * Collects what the readers find for one source, numbering its records in reading order.
 */
public final class IngestSink {

    private final SourceDefinition source;
    private final List<SourceRecord> records = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final Map<String, Integer> defendantLines = new HashMap<>();
    private java.util.function.LongConsumer progress = n -> { };

    public IngestSink(SourceDefinition source) {
        this.source = source;
    }

    /** Adds a usable record; its seq is its position among the source's records. */
    public void accept(String file, String sheet, int row, String recordRef, Map<Field, String> values) {
        accept(file, sheet, row, recordRef, values, Map.of());
    }

    /** Adds a usable record with its mapped attribute columns (attribute name → text). */
    public void accept(String file, String sheet, int row, String recordRef, Map<Field, String> values, Map<String, String> attributes) {
        records.add(new SourceRecord(source.id(), source.kind(), records.size() + 1, file, sheet, row, recordRef, values, attributes));
        progress.accept(records.size() + rejected.size());
    }

    public void reject(String file, String sheet, int row, String reason, String raw) {
        rejected.add(new RejectedRow(source.id(), file, sheet, row, reason, raw));
        progress.accept(records.size() + rejected.size());
    }

    /** Told the number of rows read so far after every row. */
    public IngestSink onProgress(java.util.function.LongConsumer listener) {
        this.progress = listener;
        return this;
    }

    public void claim(Claim claim) {
        claims.add(claim);
    }

    /** The 1-based line of the next defendant of a case: "case#1", "case#2", … */
    int nextDefendantLine(String caseNumber) {
        return defendantLines.merge(caseNumber, 1, Integer::sum);
    }

    public SourceDefinition source() {
        return source;
    }

    public List<SourceRecord> records() {
        return records;
    }

    public List<RejectedRow> rejected() {
        return rejected;
    }

    public List<Claim> claims() {
        return claims;
    }
}
