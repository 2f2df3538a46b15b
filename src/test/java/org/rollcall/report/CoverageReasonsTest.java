package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;

/** The rows of ngo-not-listed say why each person is not listed, from whichever view of the reasons the run has. */
class CoverageReasonsTest {

    private static ListRow row(String id, String detail) {
        return new ListRow(id, "Ana Pérez", "", "ngo (ong.csv, line 2)", detail, null);
    }

    @Test
    void withTheJobsOwnReasonsTheRowsTakeTheReasonOfTheirPersonsNotAmnestiedList() {
        Reconciliation rec = new Reconciliation(List.of(new Figure("not-amnestied-pending", 1, "not amnestied: pendientes", false)),
                Map.of("ngo-not-listed", List.of(row("P000001", "")), "not-amnestied-pending", List.of(row("P000001", "sin decisión"))),
                List.of(), List.of(), List.of());

        Reconciliation filled = CoverageReasons.fill(rec, new Labels("es"));

        assertThat(filled.lists().get("ngo-not-listed")).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("no amnistiadas: pendientes: sin decisión"));
    }
}
