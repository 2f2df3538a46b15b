package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Status;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/** Two detention dates of one person with no release between them: a field problem, not a re-arrest. */
class DetentionDatesTest {

    private static final LocalDate LIST_DATE = LocalDate.parse("2026-03-13");

    @Test
    void twoDetentionDatesWithoutAReleaseAreOneFieldProblemNamingBothDatesInEitherOrder() {
        People twoRows = People.person().ngoRow(LocalDate.parse("2026-01-16"), Status.DETAINED, null, LIST_DATE, List.of())
                .ngoRow(LocalDate.parse("2026-01-18"), Status.DETAINED, null, LIST_DATE, List.of());
        for (Person p : List.of(twoRows.build(), twoRows.reversed())) {
            List<PersonRecord> records = p.records();
            List<ListRow> rows = DetentionDates.rows(records, new int[records.size()], new String[] {"P000007"}, Messages.of("en"));
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.entityId()).isEqualTo("P000007");
                assertThat(r.detail()).contains("2026-01-16", "2026-01-18", "not counted as released and re-arrested");
            });
        }
    }

    @Test
    void aStatedReleaseBetweenTheTwoDatesIsNoProblem() {
        Person p = People.person().ngoRow(LocalDate.parse("2025-08-03"), Status.RELEASED, LocalDate.parse("2025-12-01"), LIST_DATE, List.of())
                .ngoRow(LocalDate.parse("2026-01-18"), Status.DETAINED, null, LIST_DATE, List.of()).build();
        assertThat(DetentionDates.rows(p.records(), new int[p.records().size()], new String[] {"P000001"}, Messages.of("es"))).isEmpty();
    }

    @Test
    void peopleOfOneRowAreNotLooked() {
        Person a = People.person().ngoRow(LocalDate.parse("2026-01-16"), Status.DETAINED, null, LIST_DATE, List.of()).build();
        Person b = People.person().ngoRow(LocalDate.parse("2026-01-18"), Status.DETAINED, null, LIST_DATE, List.of()).build();
        List<PersonRecord> records = List.of(a.records().get(0), b.records().get(0));
        assertThat(DetentionDates.rows(records, new int[] {0, 1}, new String[] {"P000001", "P000002"}, Messages.of("en"))).isEmpty();
    }
}
