package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.SourceKind;
import org.rollcall.domain.Status;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;

/**
 * A person's rows on two sheets of one workbook read with {@code sheet: "*"} tie on the list's date
 * and the date they name: the later sheet's row (the update) says where the person is now, although
 * its row number is lower than the earlier sheet's (each sheet numbers its rows from its own header).
 */
class SheetOrderTieTest {

    private static final LocalDate LIST = LocalDate.parse("2026-03-13");
    private static final LocalDate DETAINED = LocalDate.parse("2026-01-08");

    private static PersonRecord row(int seq, String sheet, int row, Status status) {
        return new PersonRecord(new Origin("ngo", SourceKind.NGO_LIST, seq, String.valueOf(seq), "input/ngo/registro.xlsx", sheet, row, LIST),
                PersonName.parse("QUISPE MAMANI, JUAN CARLOS"), null, "", null, new Detention(DETAINED, "", "", status, null), Ruling.NONE,
                List.of(), Map.of(), Map.of(), List.of());
    }

    private static List<Person> bothOrders(PersonRecord... records) {
        List<PersonRecord> reversed = new ArrayList<>(List.of(records));
        Collections.reverse(reversed);
        return List.of(new Person("P0001", List.of(records)), new Person("P0001", reversed));
    }

    @Test
    void aLaterSheetsUpdateRowBeatsTheEarlierSheetsRowOfTheSameDateWhicheverIsReadFirst() {
        // given row 40 of "Enero" (pre-trial detention) and row 4 of "Febrero" (house arrest), the same detention date, no dated note
        for (Person p : bothOrders(row(37, "Enero", 40, Status.DETAINED), row(181, "Febrero", 4, Status.HOUSE_ARREST))) {
            // then February's row is the person's current one: out of prison (house arrest), not still detained
            assertThat(Timeline.current(p).sheet()).isEqualTo("Febrero");
            assertThat(Timeline.ngoStatus(p)).isEqualTo("house-arrest");
            assertThat(Timeline.out(p)).isTrue();
        }
    }

    @Test
    void aLaterSheetsDetainedRowBeatsAnEarlierSheetsReleasedRowOfTheSameDateWhicheverIsReadFirst() {
        for (Person p : bothOrders(row(12, "Enero", 15, Status.RELEASED), row(190, "Febrero", 13, Status.DETAINED))) {
            assertThat(Timeline.current(p).sheet()).isEqualTo("Febrero");
            assertThat(Timeline.out(p)).isFalse();
        }
    }

    @Test
    void withinOneSheetTheLowerRowStillWins() {
        for (Person p : bothOrders(row(3, "Enero", 6, Status.HOUSE_ARREST), row(9, "Enero", 12, Status.DETAINED))) {
            assertThat(Timeline.current(p).row()).isEqualTo(12);
            assertThat(Timeline.out(p)).isFalse();
        }
    }
}
