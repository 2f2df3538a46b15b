package org.rollcall.normalize;

import org.rollcall.text.NationalId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;

/**
 * A source record in comparison form: what the matcher and the reconciliation work on. It keeps
 * its provenance so that every figure can point back at the row behind it.
 *
 * @param sourceId the source's id in the job file
 * @param kind the source's kind
 * @param seq the record's position in its source (1-based)
 * @param recordRef the record's own reference in its source
 * @param file the file, relative to the job's base folder
 * @param sheet the sheet, or {@code null}
 * @param row the 1-based row or line
 * @param name the parsed name
 * @param id the cédula, or {@code null} when missing or not well formed
 * @param rawId the ID number as written, for reports ({@code ""} when blank)
 * @param birthDate birth date, or {@code null}
 * @param detentionDate date of detention, or {@code null}
 * @param place state or facility as written
 * @param offence the offence as written
 * @param caseNumber court case number
 * @param court the court
 * @param decision the court's decision, {@code null} for records that are not rulings
 * @param rawDecision the decision as written
 * @param decisionDate the date of the ruling, or {@code null}
 * @param problems what normalisation could not read (unreadable date, malformed ID number)
 * @param fields every field as the source wrote it (trimmed), for comparisons of other fields
 * @param status the situation the list states, or {@code null} when it has no status column
 * @param releaseDate the date of release the list states, or {@code null}
 * @param snapshotDate the date the list describes (job file, or the file's name), or {@code null}
 * @param attributes the source's attribute columns (name → text as written), in mapping order
 * @param events status events read from the notes column, unreadable ones included
 */
public record PersonRecord(
        String sourceId, SourceKind kind, int seq, String recordRef, String file, String sheet, int row,
        PersonName name, NationalId id, String rawId, LocalDate birthDate, LocalDate detentionDate,
        String place, String offence, String caseNumber, String court, RulingDecision decision, String rawDecision,
        LocalDate decisionDate, List<String> problems, Map<Field, String> fields, Status status, LocalDate releaseDate,
        LocalDate snapshotDate, Map<String, String> attributes, List<NoteEvent> events) {

    public PersonRecord {
        problems = problems == null ? List.of() : List.copyOf(problems);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** A record without attributes or note events. */
    public PersonRecord(String sourceId, SourceKind kind, int seq, String recordRef, String file, String sheet, int row,
            PersonName name, NationalId id, String rawId, LocalDate birthDate, LocalDate detentionDate,
            String place, String offence, String caseNumber, String court, RulingDecision decision, String rawDecision,
            LocalDate decisionDate, List<String> problems, Map<Field, String> fields, Status status, LocalDate releaseDate,
            LocalDate snapshotDate) {
        this(sourceId, kind, seq, recordRef, file, sheet, row, name, id, rawId, birthDate, detentionDate, place, offence, caseNumber,
                court, decision, rawDecision, decisionDate, problems, fields, status, releaseDate, snapshotDate, null, null);
    }

    /** The ruling's stated reason (column ruling-reason), or {@code ""}. */
    public String rulingReason() {
        return fields.getOrDefault(Field.RULING_REASON, "");
    }

    /** "source:seq", unique within a run. */
    public String key() {
        return sourceId + ":" + seq;
    }

    /** Where the record came from, for people: "input/ngo.xlsx, sheet 'Detenidos', row 12". */
    public String provenance() {
        return file + (sheet == null ? "" : ", sheet '" + sheet + "'") + ", " + (sheet == null ? "line " : "row ") + row;
    }
}
