package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;
import org.rollcall.text.Messages;
import org.rollcall.text.NationalId;

/** One cédula on two people kept apart (a volunteer copied the row above): each is a field problem naming the other. */
class SharedIdsTest {

    private static PersonRecord row(int seq, String name, String cedula) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, seq, String.valueOf(seq), "ong.csv", null, seq + 1, null),
                PersonName.parse(name), NationalId.parse(cedula).orElse(null), cedula, null, Detention.NONE, Ruling.NONE, List.of(), Map.of(),
                Map.of(), List.of());
    }

    private static final Messages EN = Messages.of("en");

    /** A record whose number is read under id-format: any (a document number, letters and all). */
    private static PersonRecord document(int seq, String name, String number) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, seq, String.valueOf(seq), "ong.csv", null, seq + 1, null),
                PersonName.parse(name), NationalId.parse(number, IdFormat.ANY).orElseThrow(), number, null, Detention.NONE, Ruling.NONE, List.of(),
                Map.of(), Map.of(), List.of());
    }

    @Test
    void oneDocumentNumberWithLettersOnTwoPeopleIsARowEachWrittenEitherWay() {
        // given two people kept apart who bear one Nicaraguan cédula, written with and without dashes, beside other numbers
        List<PersonRecord> records = List.of(document(1, "PÉREZ LÓPEZ, José Ángel", "001-150385-0012K"),
                document(2, "TZUL CAAL, Ruth", "0011503850012K"), document(3, "OBANDO, Yader", "Pasaporte C01234567"),
                document(4, "MAIRENA, Kenia", "0801-1990-12345"), row(5, "ROJAS, Ana", "V-10.000.005"));
        // when the shared numbers are looked for
        List<ListRow> rows = SharedIds.rows(records, new int[] {0, 1, 2, 3, 4}, new String[] {"P1", "P2", "P3", "P4", "P5"}, EN);
        // then the two bearers are each a row naming the other, the number shown as written
        assertThat(rows).extracting(ListRow::entityId).containsExactly("P1", "P2");
        assertThat(rows.get(0).detail()).contains("001-150385-0012K", "P2", "TZUL");
        assertThat(rows.get(1).detail()).contains("P1", "PÉREZ");
    }

    @Test
    void twoPeopleKeptApartWithOneCedulaAreEachARowNamingTheOther() {
        List<PersonRecord> records = List.of(row(1, "DÍAZ FUENTES, Carlos", "V-10.000.004"), row(2, "ZAMBRANO LUGO, Pedro", "10000004"),
                row(3, "ROJAS, Ana", "V-10.000.005"));
        List<ListRow> rows = SharedIds.rows(records, new int[] {0, 1, 2}, new String[] {"P1", "P2", "P3"}, EN);

        assertThat(rows).extracting(ListRow::entityId).containsExactly("P1", "P2");
        assertThat(rows.get(0).detail()).contains("2 different people", "P2", "ZAMBRANO");
        assertThat(rows.get(1).detail()).contains("P1", "DÍAZ");
    }

    @Test
    void onePersonsRecordsWithOneCedulaAreNoProblem() {
        List<PersonRecord> records = List.of(row(1, "DÍAZ FUENTES, Carlos", "V-10.000.004"), row(2, "CARLOS DÍAZ FUENTES", "V-10.000.004"));
        assertThat(SharedIds.rows(records, new int[] {0, 0}, new String[] {"P1"}, EN)).isEmpty();
    }
}
