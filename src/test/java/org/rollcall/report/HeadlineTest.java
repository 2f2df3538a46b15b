package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.ingest.Claim;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;

/** The answer's warnings: what a reader quoting the figures must know comes before them. */
class HeadlineTest {

    private static Reconciliation with(List<Claim> claims) {
        List<Figure> figures = List.of(new Figure("ngo-people", 10, "", false), new Figure("amnestied", 4, "", false),
                new Figure("not-amnestied", 6, "", false), new Figure("announced", 24, "", true), new Figure("listed", 22, "", false),
                new Figure("listed-unknown-to-ngo", 0, "", false));
        return new Reconciliation(figures, Map.of(), claims, List.of(), List.of());
    }

    @Test
    void anAnnouncedFigureWhoseWordsAndDigitsDisagreeIsWarnedBeforeTheFigures() {
        // given a communiqué stating "VEINTIDÓS (24)" (the problem as the reader writes it)
        Claim doubted = new Claim("gobierno", "comunicado.txt", 3, "amnestied", 24, "se otorga amnistía a VEINTIDÓS (24) ciudadanos",
                "la cifra en letras (22) difiere de la cifra en números (24)");
        // when the headline is made
        List<String> answer = Headline.answer(with(List.of(doubted)), new Labels("es"), null);
        // then its first sentence warns of it, naming the file and line, before any figure
        assertThat(answer.get(0)).startsWith("Atención: una cifra anunciada está en duda: la cifra en letras (22) difiere de la cifra en números (24)")
                .contains("gobierno", "comunicado.txt", "línea 3", "claims-disagreeing");
        assertThat(answer.get(1)).startsWith("De 10 personas");
    }

    @Test
    void aFigureWithoutDoubtAndATotalsRowAddNoWarning() {
        // given an agreeing figure, and a totals row's problem (said in claims-disagreeing, not about the announced figure)
        Claim plain = new Claim("gobierno", "comunicado.txt", 3, "amnestied", 24, "24 ciudadanos", null);
        Claim totals = new Claim("ngo", "ngo.xlsx", 40, "stated-total", 12, "TOTAL 12", "a problem");
        // when / then
        assertThat(Headline.answer(with(List.of(plain, totals)), new Labels("en"), null)).noneMatch(s -> s.startsWith("Warning"));
    }

    @Test
    void peopleTheRulesCannotDecideAreWarnedOfBeforeTheFigures() {
        // given 2 NGO people whose detention date the law's period needs are missing
        List<Figure> figures = List.of(new Figure("ngo-people", 10, "", false), new Figure("amnestied", 4, "", false),
                new Figure("not-amnestied", 6, "", false), new Figure("not-amnestied-pending", 4, "not amnestied: pending", false),
                new Figure("not-amnestied-undetermined", 2, "", false));
        // when the headline is made
        List<String> answer = Headline.answer(new Reconciliation(figures, Map.of(), List.of(), List.of(), List.of()), new Labels("en"), null);
        // then it warns of them first, with their figure's key
        assertThat(answer.get(0)).startsWith("Warning: the rules cannot decide 2 of the NGO's people").contains("not-amnestied-undetermined");
        assertThat(answer.get(1)).startsWith("Of 10 people");
    }

    @Test
    void listedPeopleUnknownToTheNgoWhoWaitInAPairToReviewWithAnNgoPersonAreSaidToBeNotFinal() {
        // given 3 listed people unknown to the NGO, P7 in a pair to review with NGO person P1, P8 in one with another listed person
        List<Figure> figures = List.of(new Figure("ngo-people", 10, "", false), new Figure("amnestied", 4, "", false),
                new Figure("not-amnestied", 6, "", false), new Figure("announced", 24, "", true), new Figure("listed", 22, "", false),
                new Figure("listed-unknown-to-ngo", 3, "", false));
        Map<String, List<ListRow>> lists = Map.of(
                "listed-unknown-to-ngo", List.of(row("P7"), row("P8"), row("P9")),
                "listed-on-ngo-list", List.of(row("P1")), "ngo-not-listed", List.of(row("P2")),
                "pairs-to-review", List.of(row("P1 / P7"), row("P8 / P9")));
        List<String> answer = Headline.answer(new Reconciliation(figures, lists, List.of(), List.of(), List.of()), new Labels("en"), null);
        assertThat(answer).contains("The announcement states 24 people and lists 22; 3 of those listed are unknown to the NGO, 1 of them in a pair"
                + " to review with a person of the NGO list (not final until decided).");
        // and with the pair decided (no pair left), the sentence is the plain one
        List<String> decided = Headline.answer(new Reconciliation(figures, Map.of("listed-unknown-to-ngo", List.of(row("P7"))), List.of(), List.of(),
                List.of()), new Labels("en"), null);
        assertThat(decided).contains("The announcement states 24 people and lists 22; 3 of those listed are unknown to the NGO.");
    }

    private static ListRow row(String ids) {
        return new ListRow(ids, "", "", "", "");
    }
}
