package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.reconcile.ListRow;

/** Redacted rows keep nothing a partner could join against public documents: the records' own public references. */
class RedactorTest {

    private static final String ROWS = "ngo #12 (input/ngo/detenidos.xlsx, sheet 'Detenidos', row 16); amnistia #108 (input/gobierno/comunicado.txt,"
            + " line 119); tribunales #AP01-P-2026-001338#1 (input/tribunales/decisiones.csv, line 147)";

    private final Redactor redactor = new Redactor("partner-key-2026");

    @Test
    void sourceRowsKeepOnlyTheSourceIds() {
        ListRow r = redactor.redact(new ListRow("P000012", "ALEJANDRO CAMACHO", "V-13030053", ROWS, "", LocalDate.of(2026, 11, 20)), "listed");
        assertThat(r.sourceRows()).isEqualTo("ngo; amnistia; tribunales");
        assertThat(String.join("|", r.name(), r.idNumber(), r.sourceRows(), r.detail()))
                .doesNotContain("#12", "#108", "AP01-P-2026-001338", "row 16", "line 119", "13030053", "CAMACHO");
        assertThat(r.date()).as("a per-person date is left out by default").isNull();
    }

    @Test
    void caseNumbersRowAndLineNumbersAndDatesLeaveTheDetail() {
        String detail = "the latest of 2 ruling: granted (Amnistía otorgada), case AP01-P-2026-001215, Tribunal 1° de Control, 2026-10-25;"
                + " repeats ngo #13 (input/ngo/detenidos.xlsx, sheet 'Detenidos', row 17)";
        ListRow r = redactor.redact(new ListRow("P000005", "María González", "", ROWS, detail, LocalDate.of(2026, 10, 25)), "not-covered-granted-by-court");
        assertThat(r.detail()).doesNotContain("AP01-P-2026-001215", "2026-10-25", "#13", "row 17")
                .contains("granted (Amnistía otorgada)", "case (redacted)", "Tribunal 1° de Control");
    }

    @Test
    void theJobFileMayKeepMonthsOrDays() {
        ListRow row = new ListRow("P000005", "María González", "", ROWS, "granted, 2026-10-25", LocalDate.of(2026, 10, 25));
        assertThat(new Redactor("partner-key-2026", "month").redact(row, "rulings").detail()).isEqualTo("granted, 2026-10");
        ListRow day = new Redactor("partner-key-2026", "day").redact(row, "rulings");
        assertThat(day.detail()).isEqualTo("granted, 2026-10-25");
        assertThat(day.date()).isEqualTo(LocalDate.of(2026, 10, 25));
    }

    @Test
    void recordReferencesInTheLinkageExportsBecomeStablePseudonyms() {
        String a = redactor.recordRef("tribunales", "AP01-P-2026-001338#1");
        assertThat(a).matches("R-[0-9a-f]{10}").isEqualTo(redactor.recordRef("tribunales", "AP01-P-2026-001338#1"));
        assertThat(a).isNotEqualTo(redactor.recordRef("ngo", "AP01-P-2026-001338#1"))
                .isNotEqualTo(new Redactor("another-key-2026").recordRef("tribunales", "AP01-P-2026-001338#1"));
        List<ReportWriter.PairRow> pairs = redactor.redactPairs(List.of(new ReportWriter.PairRow("ngo", "12", "amnistia", "108", "linked", 0.99, 9.0,
                "", List.of(), false)));
        assertThat(pairs.get(0).recordA()).isEqualTo(redactor.recordRef("ngo", "12"));
        assertThat(pairs.get(0).recordB()).isEqualTo(redactor.recordRef("amnistia", "108"));
    }
}
