package org.rollcall.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.text.NationalId;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;

/** Person records for matcher tests. */
final class Records {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Records() {
    }

    static PersonRecord person(String name, String id) {
        return person(name, id, null);
    }

    static PersonRecord person(String name, String id, LocalDate born) {
        return person(name, id, born, null, Map.of());
    }

    /** A record with a detention date and other fields as the source wrote them. */
    static PersonRecord person(String name, String id, LocalDate born, LocalDate detained, Map<Field, String> fields) {
        int seq = SEQ.incrementAndGet();
        return new PersonRecord(new Origin("test", SourceKind.NGO_LIST, seq, String.valueOf(seq), "test.xlsx", "Hoja", seq, null),
                PersonName.parse(name), id == null ? null : NationalId.parse(id).orElseThrow(), id == null ? "" : id, born,
                new Detention(detained, "", "", null, null), Ruling.NONE, List.of(), fields, null, null);
    }

    /** A record with a name read from separate given-name and surname cells. */
    static PersonRecord person(PersonName name, String id) {
        int seq = SEQ.incrementAndGet();
        return new PersonRecord(new Origin("test", SourceKind.NGO_LIST, seq, String.valueOf(seq), "test.xlsx", "Hoja", seq, null),
                name, id == null ? null : NationalId.parse(id).orElseThrow(), id == null ? "" : id, null,
                new Detention(null, "", "", null, null), Ruling.NONE, List.of(), Map.of(), null, null);
    }

    /** A record of the list {@code source}. */
    static PersonRecord inList(String source, String name, String id) {
        int seq = SEQ.incrementAndGet();
        return new PersonRecord(new Origin(source, SourceKind.NGO_LIST, seq, String.valueOf(seq), source + ".xlsx", "Hoja", seq, null),
                PersonName.parse(name), id == null ? null : NationalId.parse(id).orElseThrow(), id == null ? "" : id, null,
                new Detention(null, "", "", null, null), Ruling.NONE, List.of(), Map.of(), null, null);
    }

    /** A record with only these fields, as the source wrote them. */
    static PersonRecord withFields(Map<Field, String> fields) {
        return person("Ana Pérez", null, null, null, fields);
    }
}
