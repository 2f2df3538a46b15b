package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.Reconciliation;

/** What the report's opening says of each source: its warnings before the figures, and each file's date when they differ. */
class HeadlineSourcesTest {

    private static final Reconciliation REC = new Reconciliation(List.of(new Figure("ngo-people", 10, "people", false)), Map.of(), List.of(),
            List.of(), List.of());

    @Test
    void aSourcesWarningsFollowTheAnswerInTheReportsOpening() {
        RunHeader header = new RunHeader("job", "2026-11-25T040000Z", List.of(new RunHeader.Source("tribunales", List.of("t.csv"),
                LocalDate.of(2026, 11, 19), List.of(), List.of("tribunales: 2 decisiones judiciales no están en ningún decisions"), List.of(LocalDate.of(2026, 11, 19)), 0)),
                true, 0.9, 0.5);
        assertThat(Headline.answer(REC, new Labels("es"), header)).last().isEqualTo("Atención: tribunales: 2 decisiones judiciales no están en ningún decisions");
    }

    @Test
    void aSourceThatFellSharplyIsSaidBeforeAnyFigure() {
        RunHeader header = new RunHeader("job", "2026-11-25T040000Z", List.of(), false, 0.9, 0.5, "2026-11-24T040000Z", false,
                List.of("ngo: 155 records tonight against 310 in run 2026-11-24T040000Z"));
        assertThat(Headline.answer(REC, new Labels("en"), header)).first().asString().startsWith("Warning: ngo: 155 records tonight against 310");
    }

    @Test
    void noChangeNamesTheBaselineRunAndWhetherItReadTheSameFiles() {
        RunHeader same = new RunHeader("job", "2026-11-25T040000Z", List.of(), false, 0.9, 0.5, "2026-11-25T031500Z", true, List.of());
        assertThat(Headline.context(REC, new Labels("en"), same)).last().isEqualTo("No change since run 2026-11-25T031500Z (2026-11-25 03:15 UTC),"
                + " the baseline of the changes: it read the very same files (same names, sizes and modification times), so no change was to be expected.");
        RunHeader other = new RunHeader("job", "2026-11-25T040000Z", List.of(), false, 0.9, 0.5, "2026-11-24T040000Z", false, List.of());
        assertThat(Headline.context(REC, new Labels("es"), other)).last()
                .isEqualTo("Ningún cambio desde la corrida 2026-11-24T040000Z (2026-11-24 04:00 UTC), la base de los cambios.");
    }

    @Test
    void aSourcesRejectedRowsAreSaidOnItsLine() {
        RunHeader header = new RunHeader("job", "2026-11-25T040000Z", List.of(new RunHeader.Source("tribunales", List.of("t.csv"),
                LocalDate.of(2026, 11, 19), List.of(), List.of(), List.of(LocalDate.of(2026, 11, 19)), 2)), true, 0.9, 0.5);
        assertThat(Headline.context(REC, new Labels("es"), header)).contains("Fuente tribunales: t.csv, con fecha 2026-11-19. Atención: 2 de sus"
                + " filas se rechazaron y quedan fuera de todas las cifras (vea rejected-rows).");
    }

    @Test
    void twoCommuniquesOfTwoDatesShowEachFilesDate() {
        RunHeader header = new RunHeader("job", "2026-11-25T040000Z", List.of(new RunHeader.Source("comunicado", List.of("c-18.txt", "c-21.txt"),
                LocalDate.of(2026, 11, 21), List.of(), List.of(), List.of(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 21)), 0)),
                true, 0.9, 0.5);
        assertThat(Headline.context(REC, new Labels("es"), header))
                .contains("Fuente comunicado: c-18.txt (con fecha 2026-11-18), c-21.txt (con fecha 2026-11-21).");
    }

    @Test
    void filesOfOneDateShowItOnce() {
        RunHeader header = new RunHeader("job", "2026-11-25T040000Z", List.of(new RunHeader.Source("ngo", List.of("a.xlsx", "b.xlsx"),
                LocalDate.of(2026, 11, 21), List.of(), List.of(), List.of(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21)), 0)),
                true, 0.9, 0.5);
        assertThat(Headline.context(REC, new Labels("en"), header)).contains("Source ngo: a.xlsx, b.xlsx, as of 2026-11-21.");
    }
}
