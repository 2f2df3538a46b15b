package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.ingest.Claim;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.Reconciliation;

/** The announced figure is what the press quotes: when a communiqué's figures can be read two ways, the headline says so. */
class HeadlineDoubtTest {

    private static Reconciliation with(Claim... claims) {
        return new Reconciliation(List.of(new Figure("announced", 47, "announced", true), new Figure("listed", 47, "listed", false),
                new Figure("listed-unknown-to-ngo", 0, "unknown", false)), Map.of(), List.of(claims), List.of(), List.of());
    }

    @Test
    void aCommuniqueStatingTwoFiguresPutsTheAnnouncedFigureInDoubtInTheHeadline() {
        // given a communiqué whose second figure differs from its first
        Reconciliation rec = with(new Claim("gov", "c-2.txt", 7, "amnestied", 5, "…", null),
                new Claim("gov", "c-2.txt", 9, "amnestied", 42, "…", "the same communiqué also states 5 (line 7)"));
        // when the headline is written, then it says the figure is uncertain, and why
        assertThat(Headline.answer(rec, new Labels("en"), null)).anySatisfy(s -> assertThat(s)
                .startsWith("Warning: an announced figure is in doubt: the same communiqué also states 5 (line 7) (gov, c-2.txt, line 9)"));
    }

    @Test
    void aRecalledFigureOrATotalThatAddsUpLeavesTheAnnouncedFigureUnquestioned() {
        Reconciliation rec = with(new Claim("gov", "c-2.txt", 7, "amnestied-before", 42, "…", null),
                new Claim("gov", "c-2.txt", 7, "amnestied", 5, "…", null), new Claim("gov", "c-2.txt", 9, "amnestied-total", 47, "…", null));
        assertThat(Headline.answer(rec, new Labels("es"), null)).noneMatch(s -> s.startsWith("Atención"));
    }

    @Test
    void aRunningTotalThatDoesNotAddUpOrACommuniqueWithoutAFigurePutsItInDoubt() {
        Reconciliation rec = with(new Claim("gov", "c-2.txt", 7, "amnestied", 5, "…", null),
                new Claim("gov", "c-2.txt", 9, "amnestied-total", 50, "…", "this total (50) is not …"),
                new Claim("gov", "c-3.txt", 1, "no-figure", 4, "…", "states no figure"));
        assertThat(Headline.answer(rec, new Labels("en"), null)).filteredOn(s -> s.startsWith("Warning: an announced figure is in doubt"))
                .hasSize(2);
    }
}
