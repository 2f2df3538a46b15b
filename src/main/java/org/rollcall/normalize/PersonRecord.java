package org.rollcall.normalize;

import org.rollcall.text.NationalId;
import java.time.LocalDate;
import org.rollcall.text.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;

/**
 * A source record in comparison form: what the matcher and the reconciliation work on. It keeps
 * its provenance so that every figure can point back at the row behind it. Its parts are grouped
 * by what reads them: {@link Origin} (where it came from), the identity the matcher compares
 * (name, cédula, birth date, the fields as written), {@link Detention} and {@link Ruling} (what
 * the reconciliation reads); the accessors after the components are shortcuts into the groups.
 *
 * @param origin where the record came from
 * @param name the parsed name
 * @param id the cédula, or {@code null} when missing or not well formed
 * @param rawId the ID number as written, for reports ({@code ""} when blank)
 * @param birthDate birth date, or {@code null}
 * @param detention what the list says of the detention
 * @param ruling the court's ruling, {@link Ruling#NONE} for records that are not rulings
 * @param problems what normalisation could not read (unreadable date, malformed ID number)
 * @param fields every field as the source wrote it (trimmed), for comparisons of other fields
 * @param attributes the source's attribute columns (name → text as written), in mapping order
 * @param events status events read from the notes column, unreadable ones included
 */
public record PersonRecord(Origin origin, PersonName name, NationalId id, String rawId, LocalDate birthDate, Detention detention,
        Ruling ruling, List<String> problems, Map<Field, String> fields, Map<String, String> attributes, List<NoteEvent> events) {

    public PersonRecord {
        detention = detention == null ? Detention.NONE : detention;
        ruling = ruling == null ? Ruling.NONE : ruling;
        problems = problems == null ? List.of() : List.copyOf(problems);
        fields = FieldTexts.of(fields == null ? Map.of() : fields);
        attributes = attributes == null || attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        events = events == null ? List.of() : List.copyOf(events);
    }

    /**
     * Reading order, the "lowest row" of a tie between a person's NGO rows: by file, then by the
     * record's place in its source's reading order ({@link #seq()}), so that in a workbook read
     * sheet after sheet ({@code sheet: "*"}) a later sheet's row counts as lower than any row of an
     * earlier sheet (each sheet numbers its rows from its own header: row 4 of "Febrero" comes after
     * row 40 of "Enero"), and within a sheet the lower row comes later.
     */
    public static final java.util.Comparator<PersonRecord> READING_ORDER = java.util.Comparator.comparing(PersonRecord::file)
            .thenComparing(PersonRecord::sourceId).thenComparingInt(PersonRecord::seq).thenComparingInt(PersonRecord::row);

    public String sourceId() {
        return origin.sourceId();
    }

    public SourceKind kind() {
        return origin.kind();
    }

    public int seq() {
        return origin.seq();
    }

    public String recordRef() {
        return origin.recordRef();
    }

    public String file() {
        return origin.file();
    }

    public String sheet() {
        return origin.sheet();
    }

    public int row() {
        return origin.row();
    }

    public LocalDate snapshotDate() {
        return origin.snapshotDate();
    }

    public LocalDate detentionDate() {
        return detention.detentionDate();
    }

    public String place() {
        return detention.place();
    }

    public String offence() {
        return detention.offence();
    }

    public Status status() {
        return detention.status();
    }

    public LocalDate releaseDate() {
        return detention.releaseDate();
    }

    public String caseNumber() {
        return ruling.caseNumber();
    }

    public String court() {
        return ruling.court();
    }

    public RulingDecision decision() {
        return ruling.decision();
    }

    public String rawDecision() {
        return ruling.rawDecision();
    }

    public LocalDate decisionDate() {
        return ruling.decisionDate();
    }

    /** The ruling's stated reason (column ruling-reason), or {@code ""}. */
    public String rulingReason() {
        return fields.getOrDefault(Field.RULING_REASON, "");
    }

    /**
     * The same record counted as another kind: an announcement's entry a later correction withdrew
     * ({@link SourceKind#WITHDRAWN}), or a correction's entry that takes the place of one.
     */
    public PersonRecord asKind(SourceKind kind) {
        Origin o = origin;
        return new PersonRecord(new Origin(o.sourceId(), kind, o.seq(), o.recordRef(), o.file(), o.sheet(), o.row(), o.snapshotDate()), name, id,
                rawId, birthDate, detention, ruling, problems, fields, attributes, events);
    }

    /**
     * The same entry as a correction writes it anew ("donde dice X, debe decir Y"): Y's name and cédula,
     * this record's provenance, and a note saying so (shown beside the entry in every list).
     */
    public PersonRecord writtenAs(PersonRecord correction, String note) {
        Map<Field, String> written = new LinkedHashMap<>(fields);
        String newName = correction.fields().getOrDefault(Field.FULL_NAME, "");
        boolean named = !newName.isBlank(); // "donde dice C.I. V-…, debe decir C.I. V-…": only the cédula is written anew
        if (named) {
            written.put(Field.FULL_NAME, newName);
        }
        if (correction.fields().containsKey(Field.ID_NUMBER)) {
            written.put(Field.ID_NUMBER, correction.fields().get(Field.ID_NUMBER));
        }
        List<String> noted = new ArrayList<>(problems);
        noted.add(note);
        return new PersonRecord(origin, named ? correction.name() : name, correction.id() != null ? correction.id() : id,
                correction.id() != null ? correction.rawId() : rawId, birthDate, detention, ruling, noted, written, attributes, events);
    }

    /** "source:seq", unique within a run. */
    public String key() {
        return origin.sourceId() + ":" + origin.seq();
    }

    /** Where the record came from, for people: "input/ngo.xlsx, sheet 'Detenidos', row 12". */
    public String provenance() {
        return provenance(Messages.of("en"));
    }

    /** Where the record came from, in a report's language: "input/ngo.xlsx, hoja 'Detenidos', fila 12". */
    public String provenance(Messages m) {
        String sheet = origin.sheet();
        return origin.file() + (sheet == null ? "" : m.format("where.sheet", sheet))
                + m.format(sheet == null ? "where.line" : "where.row", String.valueOf(origin.row()));
    }
}
