package org.rollcall.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rollcall.register.Namesakes.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.PersonRecord;

class RecordKeysTest {

    private static final PersonRecord A = row(5, "José Luis Pérez González", null, "M", LocalDate.of(1970, 3, 4), LocalDate.of(2024, 9, 1),
            "Zulia", "Terrorismo");
    private static final PersonRecord B = row(6, "José Luis Pérez González", null, "M", LocalDate.of(1992, 8, 9), LocalDate.of(2024, 10, 5),
            "Lara", "Incitación al odio");

    @Test
    void namesakesKeepTheirKeysWhicheverComesFirst() {
        // given two namesakes without cédula, in both orders
        List<String> ab = RecordKeys.of(List.of(A, B));
        List<String> ba = RecordKeys.of(List.of(B, A));
        // then each keeps its key, told apart by its birth date
        assertThat(ab).containsExactly("ngo|jose luis perez gonzalez|#b1970-03-04", "ngo|jose luis perez gonzalez|#b1992-08-09");
        assertThat(ba).containsExactly(ab.get(1), ab.get(0));
    }

    @Test
    void aRecordAloneWithItsBaseIsKeyedByItsBase() {
        assertThat(RecordKeys.of(List.of(A))).containsExactly("ngo|jose luis perez gonzalez|");
    }

    @Test
    void namesakesBornOnOneDayAreToldApartByTheirDetentionWhicheverComesFirst() {
        // given a third namesake born the day A was, held later
        PersonRecord c = row(7, "José Luis Pérez González", null, "M", LocalDate.of(1970, 3, 4), LocalDate.of(2025, 1, 9), "Zulia", "Terrorismo");
        List<String> keys = RecordKeys.of(List.of(A, B, c));
        List<String> reversed = RecordKeys.of(List.of(c, B, A));
        // then B is told apart by its birth date, A and c by their detention dates
        assertThat(keys).containsExactly("ngo|jose luis perez gonzalez|#b1970-03-04 d2024-09-01", "ngo|jose luis perez gonzalez|#b1992-08-09",
                "ngo|jose luis perez gonzalez|#b1970-03-04 d2025-01-09");
        assertThat(reversed).containsExactly(keys.get(2), keys.get(1), keys.get(0));
    }

    @Test
    void rowsAlikeInEverythingAreNumberedInInputOrder() {
        PersonRecord again = row(9, "José Luis Pérez González", null, "M", LocalDate.of(1970, 3, 4), LocalDate.of(2024, 9, 1), "Zulia", "Terrorismo");
        List<String> keys = RecordKeys.of(List.of(A, again));
        assertThat(keys.get(1)).isEqualTo(keys.get(0) + "#2");
        assertThat(keys.get(0)).isEqualTo("ngo|jose luis perez gonzalez|#b1970-03-04 d2024-09-01 pzulia/terrorismo");
    }

    @Test
    void aKeysPartsLeaveOutWhatTellsNamesakesApart() {
        assertThat(RecordKeys.parts("ngo|jose luis perez gonzalez|#b1970-03-04 d2024-09-01")).containsExactly("ngo", "jose luis perez gonzalez", "", "");
        assertThat(RecordKeys.parts("ngo|jose luis perez gonzalez|#2")).containsExactly("ngo", "jose luis perez gonzalez", "", "");
        assertThat(RecordKeys.parts("tribunales|rosa diaz|15000000|ap 2")).containsExactly("tribunales", "rosa diaz", "15000000", "ap 2");
        assertThat(RecordKeys.base("ngo|jose luis perez gonzalez|#b1970-03-04")).isEqualTo("ngo|jose luis perez gonzalez|");
    }
}
