package org.rollcall.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.rollcall.domain.Field;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.normalize.NoteEvent;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;

/** Small people for reconcile tests: an NGO row, an announcement entry, court rulings. */
final class People {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final List<PersonRecord> records = new ArrayList<>();

    static People person() {
        return new People();
    }

    People ngo(String offence) {
        return ngo(offence, Map.of());
    }

    People ngo(String offence, Map<String, String> attributes) {
        records.add(record("ngo", SourceKind.NGO_LIST, offence, null, "", null, "", attributes, null, null, null, List.of()));
        return this;
    }

    /** An NGO row with a detention date, a status, a release date and note events. */
    People ngoRow(LocalDate detained, Status status, LocalDate released, LocalDate snapshot, List<NoteEvent> events) {
        records.add(record("ngo", SourceKind.NGO_LIST, "", null, "", null, "", Map.of(), detained, status, released, events, snapshot));
        return this;
    }

    /**
     * An NGO row with dates as written and as read: {@code detained} and {@code born} are the
     * texts of the cells, read as yyyy-MM-dd when they are (else kept unread, as the normaliser
     * does with a date in no format), and attributes.
     */
    People ngoWritten(String detained, String born, Map<String, String> attributes) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        if (detained != null) {
            fields.put(Field.DETENTION_DATE, detained);
        }
        if (born != null) {
            fields.put(Field.BIRTH_DATE, born);
        }
        int seq = SEQ.incrementAndGet();
        records.add(new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, seq, String.valueOf(seq), "ngo.csv", null, seq, null),
                PersonName.parse("PÉREZ, JOSÉ"), null, "", iso(born), new Detention(iso(detained), "", "", null, null), Ruling.NONE,
                List.of(), fields, attributes, List.of()));
        return this;
    }

    /** An NGO row of a list dated {@code snapshot} with an age column ("Edad") and no birth date. */
    People ngoAged(String age, String snapshot) {
        records.add(record("ngo", SourceKind.NGO_LIST, "", null, "", null, "", Map.of("Edad", age), null, null, null, List.of(),
                LocalDate.parse(snapshot)));
        return this;
    }

    private static LocalDate iso(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    People listed() {
        records.add(record("amnistia", SourceKind.ANNOUNCEMENT, "", null, "", null, "", Map.of(), null, null, null, List.of()));
        return this;
    }

    People ruling(RulingDecision decision, String date, String reason) {
        return ruling(decision, date, reason, "");
    }

    People ruling(RulingDecision decision, String date, String reason, String offence) {
        records.add(record("tribunales", SourceKind.COURT_RULINGS, offence, decision, "C-" + date, date == null ? null : LocalDate.parse(date),
                reason, Map.of(), null, null, null, List.of()));
        return this;
    }

    Person build() {
        return new Person("P0001", records);
    }

    /** The same records in the reverse order (a person's rulings read in the other order). */
    Person reversed() {
        List<PersonRecord> r = new ArrayList<>(records);
        Collections.reverse(r);
        return new Person("P0001", r);
    }

    private static PersonRecord record(String source, SourceKind kind, String offence, RulingDecision decision, String caseNumber,
            LocalDate decided, String reason, Map<String, String> attributes, LocalDate detained, Status status, LocalDate released,
            List<NoteEvent> events) {
        return record(source, kind, offence, decision, caseNumber, decided, reason, attributes, detained, status, released, events, null);
    }

    private static PersonRecord record(String source, SourceKind kind, String offence, RulingDecision decision, String caseNumber,
            LocalDate decided, String reason, Map<String, String> attributes, LocalDate detained, Status status, LocalDate released,
            List<NoteEvent> events, LocalDate snapshot) {
        int seq = SEQ.incrementAndGet();
        Map<Field, String> fields = reason.isEmpty() ? Map.of() : Map.of(Field.RULING_REASON, reason);
        return new PersonRecord(new Origin(source, kind, seq, String.valueOf(seq), source + ".csv", null, seq, snapshot),
                PersonName.parse("PÉREZ, JOSÉ"), null, "", null, new Detention(detained, "", offence, status, released),
                new Ruling(caseNumber, "", decision, decision == null ? "" : decision.key(), decided), List.of(), fields, attributes, events);
    }
}
