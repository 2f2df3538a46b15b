package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.text.Messages;

/** What changed since the previous run, told in the report's language; the stored statuses stay English (runs compare alike). */
class ChangesTest {

    private static PersonState state(String id, String sources, String status) {
        return new PersonState(id, "Ana Pérez", sources, status, "ngo #1");
    }

    @Test
    void aMergeIsToldAsAMergeInSpanishWithTheStatusInSpanish() {
        // given P2 of the previous run merged into P1 in this one
        List<PersonState> before = List.of(state("P1", "ngo", "not covered: no-ruling"), state("P2", "amnistia", "on the amnesty list; court: granted"));
        List<PersonState> now = List.of(state("P1", "ngo,amnistia", "on the amnesty list; court: granted"));
        // when the changes are told in Spanish
        Changes.Result es = Changes.between(before, now, Map.of("P2", "P1"), Messages.of("es"));
        // then the merge says so, and nobody "left a list"
        assertThat(es.merged()).singleElement().extracting(ListRow::detail)
                .isEqualTo("fusionada con P1 (Ana Pérez): la misma persona; estaba en amnistia (en la lista de amnistía; tribunal: amnistía otorgada)");
        assertThat(es.vanished()).isEmpty();
        assertThat(es.statusChanged()).singleElement().extracting(ListRow::detail)
                .isEqualTo("no cubierta: sin decisión judicial todavía → en la lista de amnistía; tribunal: amnistía otorgada");
    }

    @Test
    void inEnglishTheStatusReadsAsASentenceToo() {
        List<PersonState> before = List.of(state("P1", "ngo,amnistia", "on the amnesty list"), state("P3", "tribunales", "court: denied"));
        List<PersonState> now = List.of(state("P1", "ngo", "listed only in ngo"), state("P4", "ngo", "not covered: excluded-offence"));
        Changes.Result en = Changes.between(before, now, Map.of());
        assertThat(en.vanished()).extracting(ListRow::detail)
                .containsExactly("no longer on amnistia; now: listed only in ngo", "on no list any more; was on tribunales (court: denied)");
        assertThat(en.newPeople()).extracting(ListRow::detail).containsExactly("new: not covered: charged with an excluded offence");
    }

    @Test
    void aStatusOfAnotherFormIsShownAsStored() {
        assertThat(Changes.status("something else", Messages.of("es"))).isEqualTo("something else");
    }

    @Test
    void aPersonTheNgoNowShowsReleasedIsAStatusChangeToldInSpanish() {
        // given P1 not on the amnesty list, held last night and released by the NGO's own word tonight
        List<PersonState> before = List.of(state("P1", "ngo", "not covered: no-ruling; ngo: detained"));
        List<PersonState> now = List.of(state("P1", "ngo", "not covered: no-ruling; ngo: released"));
        Changes.Result es = Changes.between(before, now, Map.of(), Messages.of("es"));
        assertThat(es.statusChanged()).singleElement().extracting(ListRow::detail).isEqualTo(
                "no cubierta: sin decisión judicial todavía; lista de la ONG: detenido → no cubierta: sin decisión judicial todavía; lista de la ONG: excarcelado");
    }

    @Test
    void aStatusStoredBeforeTheNgosWordWasKeptComparesWithoutIt() {
        // given the register of a run made before the NGO's status was kept: the first run after does not report everyone as changed
        List<PersonState> before = List.of(state("P1", "ngo", "not covered: no-ruling"), state("P2", "ngo", "not covered: no-ruling"));
        List<PersonState> now = List.of(state("P1", "ngo", "not covered: no-ruling; ngo: detained"), state("P2", "ngo", "not covered: denied; ngo: detained"));
        Changes.Result en = Changes.between(before, now, Map.of());
        assertThat(en.statusChanged()).extracting(ListRow::entityId).containsExactly("P2");
    }

    @Test
    void anNgoPersonsPlaceIsToldInTheJobsOwnTermsAndUndeterminedToAReasonIsAChange() {
        // given an NGO person the rules could not decide last night (a missing date), and placed under a reason tonight
        List<PersonState> before = List.of(state("P1", "ngo", "not amnestied: undetermined; ngo: detained"),
                state("P2", "ngo,tribunales", "not amnestied: no-ruling; ngo: detained"));
        List<PersonState> now = List.of(state("P1", "ngo", "not amnestied: outside-period; ngo: detained"),
                state("P2", "ngo,tribunales", "amnestied: court; ngo: detained"));
        Changes.Result es = Changes.between(before, now, Map.of(), Messages.of("es"));
        assertThat(es.statusChanged()).extracting(ListRow::detail).containsExactly(
                "sin amnistía: indeterminada (falta o no se puede leer un dato que prueba una regla); lista de la ONG: detenido"
                        + " → sin amnistía: outside-period; lista de la ONG: detenido",
                "sin amnistía: sin decisión judicial todavía; lista de la ONG: detenido → con amnistía de un tribunal; lista de la ONG: detenido");
    }

    @Test
    void aPlaceStoredInTheOlderViewComparesOnlyWhereTheNgoSaysThePersonIs() {
        // given the register of a run made before NGO people's places followed the job's rules: the first run after reports no one for that alone
        List<PersonState> before = List.of(state("P1", "ngo", "not covered: no-ruling; ngo: detained"),
                state("P2", "ngo", "on the amnesty list; ngo: detained"));
        List<PersonState> now = List.of(state("P1", "ngo", "not amnestied: no-ruling; ngo: detained"),
                state("P2", "ngo", "amnestied: list; ngo: released"));
        Changes.Result en = Changes.between(before, now, Map.of());
        assertThat(en.statusChanged()).extracting(ListRow::entityId).containsExactly("P2");
    }

    @Test
    void peopleOnASourceThatCouldNotBeReadNeitherLeaveItNorChange() {
        // given last night P1 on the NGO list only, P2 on the NGO list and the communiqué, P3 on the communiqué only;
        // tonight the NGO file could not be read: P1 is on no list, P2 only on the communiqué, and P3 left the communiqué
        List<PersonState> before = List.of(state("P1", "ngo", "not amnestied: no-ruling; ngo: detained"),
                state("P2", "ngo,amnistia", "amnestied: list; ngo: detained"), state("P3", "amnistia", "on the amnesty list"));
        List<PersonState> now = List.of(state("P2", "amnistia", "on the amnesty list"), state("P4", "tribunales", "court: denied"));
        // when compared knowing that ngo was not read
        Changes.Result en = Changes.between(before, now, Map.of(), Map.of(), Set.of("ngo"), Messages.of("en"));
        // then only P3, on a source that was read, left a list; P1 and P2 are not compared; P4 is new
        assertThat(en.vanished()).extracting(ListRow::entityId).containsExactly("P3");
        assertThat(en.statusChanged()).isEmpty();
        assertThat(en.notCompared()).isEqualTo(2);
        assertThat(en.newPeople()).extracting(ListRow::entityId).containsExactly("P4");
    }

    @Test
    void aCorrectedRecordIsToldWithWhatItWas() {
        List<PersonState> before = List.of(state("P2", "ngo", "not amnestied: no-ruling; ngo: detained"));
        List<PersonState> now = List.of(state("P2", "ngo", "not amnestied: no-ruling; ngo: detained"));
        Changes.Result es = Changes.between(before, now, Map.of(), Map.of("P2", "ngo|de leon arraiz omira|"), Set.of(), Messages.of("es"));
        assertThat(es.corrected()).singleElement().extracting(ListRow::detail).asString()
                .startsWith("la misma persona, corregida en ngo: era «de leon arraiz omira» (sin cédula); ahora: sin amnistía");
        assertThat(es.newPeople()).isEmpty();
        assertThat(es.vanished()).isEmpty();
        assertThat(es.statusChanged()).isEmpty();
    }

    @Test
    void aCourtsDecisionOnAnNgoPersonIsAChangeEvenWhereThePlaceStays() {
        // given a person amnestied by the list whose court grant is reversed on appeal, and a listed person newly denied
        List<PersonState> before = List.of(state("P1", "ngo,amnistia,tribunales", "amnestied: list; court: granted; ngo: detained"),
                state("P2", "ngo,amnistia", "amnestied: list; court: none; ngo: detained"),
                state("P3", "ngo", "not amnestied: no-ruling; court: none; ngo: detained"));
        List<PersonState> now = List.of(state("P1", "ngo,amnistia,tribunales", "amnestied: list; court: denied; ngo: detained"),
                state("P2", "ngo,amnistia,tribunales", "amnestied: list; court: denied; ngo: detained"),
                state("P3", "ngo", "not amnestied: no-ruling; court: none; ngo: detained"));
        Changes.Result es = Changes.between(before, now, Map.of(), Messages.of("es"));
        assertThat(es.statusChanged()).extracting(ListRow::entityId).containsExactly("P1", "P2");
        assertThat(es.statusChanged().get(1).detail()).doesNotContain("none").contains("→");
    }

    @Test
    void aPlaceStoredBeforeTheCourtsDecisionWasKeptComparesWithoutIt() {
        // the first run after the upgrade does not report every NGO person with a ruling as changed
        List<PersonState> before = List.of(state("P1", "ngo,tribunales", "amnestied: court; ngo: detained"));
        List<PersonState> now = List.of(state("P1", "ngo,tribunales", "amnestied: court; court: granted; ngo: detained"));
        assertThat(Changes.between(before, now, Map.of()).statusChanged()).isEmpty();
    }

    @Test
    void whereTheNgoSaidEachPersonWasIsReadBackFromTheStoredStates() {
        assertThat(Changes.ngoStatuses(List.of(state("P1", "ngo", "not amnestied: no-ruling; court: none; ngo: released"),
                state("P2", "amnistia", "on the amnesty list")))).containsExactly(Map.entry("P1", "released"));
    }

    @Test
    void aPartSplitOffAnEarlierPersonIsNeitherNewNorDidTheEarlierPersonLeaveItsList() {
        // given trial 19: P336's ruling (no cédula, a namesake's) now told apart into P713; the rulings file unchanged
        List<PersonState> before = List.of(state("P336", "ngo,tribunales", "not covered: denied"));
        List<PersonState> now = List.of(state("P336", "ngo", "not covered: no-ruling"), state("P713", "tribunales", "court: denied"));
        Changes.Result es = Changes.between(before, now, Map.of(), Map.of(), Map.of("P713", "P336"), Set.of(), Messages.of("es"));
        assertThat(es.split()).singleElement().extracting(ListRow::entityId).isEqualTo("P713");
        assertThat(es.split().get(0).detail()).startsWith("separada de P336 (Ana Pérez)");
        assertThat(es.newPeople()).isEmpty();
        assertThat(es.vanished()).as("the ruling's record moved; nobody left the rulings").isEmpty();
        assertThat(es.statusChanged()).extracting(ListRow::entityId).containsExactly("P336");
    }

    @Test
    void aPersonWhollySplitIntoPartsDidNotVanish() {
        // given P5's records now two people, neither keeping P5 (an analyst's 'different people', say)
        List<PersonState> before = List.of(state("P5", "ngo,amnistia", "on the amnesty list"));
        List<PersonState> now = List.of(state("P8", "ngo", "listed only in ngo"), state("P9", "amnistia", "listed only in amnistia"));
        Changes.Result en = Changes.between(before, now, Map.of(), Map.of(), Map.of("P8", "P5", "P9", "P5"), Set.of(), Messages.of("en"));
        assertThat(en.split()).extracting(ListRow::entityId).containsExactly("P8", "P9");
        assertThat(en.vanished()).isEmpty();
        assertThat(en.newPeople()).isEmpty();
    }

    @Test
    void aSplitOffPartOnAnotherListDoesNotHideThatTheEarlierPersonLeftAList() {
        List<PersonState> before = List.of(state("P1", "ngo,amnistia,tribunales", "on the amnesty list"));
        List<PersonState> now = List.of(state("P1", "ngo", "listed only in ngo"), state("P2", "tribunales", "court: denied"));
        Changes.Result en = Changes.between(before, now, Map.of(), Map.of(), Map.of("P2", "P1"), Set.of(), Messages.of("en"));
        assertThat(en.vanished()).extracting(ListRow::detail).containsExactly("no longer on amnistia; now: listed only in ngo");
    }
}
