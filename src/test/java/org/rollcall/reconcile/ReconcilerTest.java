package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.ingest.Claim;
import org.rollcall.config.ReconcileSettings;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.SourceKind;
import org.rollcall.match.Linkage;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;
import org.rollcall.normalize.Ruling;

/**
 * The reconciliation's figures on a world small enough to count by hand: six people, ten records.
 *
 * <pre>
 * person  NGO rows  announced  ruling        on the law's default rule (listed, or granted by a court)
 * A       2         yes        -             amnestied via the list; one NGO row repeats
 * B       1         -          granted       amnestied by a court only; granted, not listed, known to the NGO
 * C       1         -          denied        not amnestied: denied
 * D       1         -          -             not amnestied: no ruling
 * E       -         yes        -             listed, unknown to the NGO
 * F       -         -          granted       ruled on, on no other list; granted, not listed, unknown to the NGO
 * </pre>
 */
class ReconcilerTest {

    private final List<PersonRecord> records = new ArrayList<>();
    private final List<Integer> clusters = new ArrayList<>();

    private void add(int person, String source, SourceKind kind, RulingDecision decision) {
        int seq = (int) records.stream().filter(r -> r.sourceId().equals(source)).count() + 1;
        Ruling ruling = decision == null ? Ruling.NONE : new Ruling("C-" + seq, "", decision, decision.key(), LocalDate.of(2026, 3, seq));
        records.add(new PersonRecord(new Origin(source, kind, seq, String.valueOf(seq), source + ".csv", null, seq + 1, null),
                PersonName.parse("PÉREZ, JOSÉ " + (char) ('A' + person)), null, "", null, Detention.NONE, ruling, List.of(), Map.of(),
                Map.of(), List.of()));
        clusters.add(person);
    }

    private Reconciliation reconcile() {
        return reconcile(List.of());
    }

    private Reconciliation reconcile(List<Claim> claims) {
        add(0, "ngo", SourceKind.NGO_LIST, null);
        add(0, "ngo", SourceKind.NGO_LIST, null);
        add(0, "amnistia", SourceKind.ANNOUNCEMENT, null);
        add(1, "ngo", SourceKind.NGO_LIST, null);
        add(1, "tribunales", SourceKind.COURT_RULINGS, RulingDecision.GRANTED);
        add(2, "ngo", SourceKind.NGO_LIST, null);
        add(2, "tribunales", SourceKind.COURT_RULINGS, RulingDecision.DENIED);
        add(3, "ngo", SourceKind.NGO_LIST, null);
        add(4, "amnistia", SourceKind.ANNOUNCEMENT, null);
        add(5, "tribunales", SourceKind.COURT_RULINGS, RulingDecision.GRANTED);
        Linkage linkage = new Linkage(clusters.stream().mapToInt(Integer::intValue).toArray(), 6, 0, Map.of(), List.of(), Map.of());
        return Reconciler.reconcile(records, linkage, List.of(), claims, List.of(), ReconcileSettings.DEFAULTS, null);
    }

    @Test
    void ngoFiguresCountRowsPeopleAndRepeatedRows() {
        Reconciliation r = reconcile();
        assertThat(r.figure("ngo-rows")).isEqualTo(5);
        assertThat(r.figure("ngo-people")).isEqualTo(4);
        assertThat(r.figure("ngo-duplicate-rows")).isEqualTo(1);
        assertThat(r.figure("people")).isEqualTo(6);
    }

    @Test
    void announcementFiguresSplitTheListedByWhetherTheNgoKnowsThem() {
        Reconciliation r = reconcile();
        assertThat(r.figure("listed")).isEqualTo(2);
        assertThat(r.figure("listed-on-ngo-list")).isEqualTo(1);
        assertThat(r.figure("listed-unknown-to-ngo")).isEqualTo(1);
        assertThat(r.figure("ngo-not-listed")).isEqualTo(3);
    }

    @Test
    void rulingFiguresCountRulingsByDecisionAndThePeopleOnNoOtherList() {
        Reconciliation r = reconcile();
        assertThat(r.figure("rulings")).isEqualTo(3);
        assertThat(r.figure("ruled-people")).isEqualTo(3);
        assertThat(r.figure("rulings-granted")).isEqualTo(2);
        assertThat(r.figure("rulings-denied")).isEqualTo(1);
        assertThat(r.figure("ruled-not-on-any-list")).isEqualTo(1);
        assertThat(r.figure("granted-not-listed")).isEqualTo(2);
        assertThat(r.figure("granted-not-listed-known-to-ngo")).isEqualTo(1);
        assertThat(r.figure("granted-not-listed-unknown-to-ngo")).isEqualTo(1);
    }

    @Test
    void theDefaultRuleAmnestiesTheListedAndTheGrantedAndSaysWhyNotForTheRest() {
        Reconciliation r = reconcile();
        assertThat(r.figure("amnestied")).isEqualTo(2);
        assertThat(r.figure("amnestied-via-list")).isEqualTo(1);
        assertThat(r.figure("amnestied-via-court-only")).isEqualTo(1);
        assertThat(r.figure("not-amnestied")).isEqualTo(2);
        assertThat(r.figure("not-amnestied-denied")).isEqualTo(1);
        assertThat(r.figure("not-amnestied-no-ruling")).isEqualTo(1);
    }

    @Test
    void everyCountedFigureIsTheRowCountOfItsList() {
        Reconciliation r = reconcile();
        r.figures().stream().filter(f -> r.lists().containsKey(f.key()))
                .forEach(f -> assertThat(r.lists().get(f.key())).as(f.key()).hasSize((int) f.value()));
    }

    @Test
    void theFiguresDoNotDependOnTheOrderOfTheRecords() {
        Reconciliation forward = reconcile();
        List<PersonRecord> reversed = new ArrayList<>(records);
        List<Integer> reversedClusters = new ArrayList<>(clusters);
        Collections.reverse(reversed);
        Collections.reverse(reversedClusters);
        Linkage linkage = new Linkage(reversedClusters.stream().mapToInt(Integer::intValue).toArray(), 6, 0, Map.of(), List.of(), Map.of());
        Reconciliation backward = Reconciler.reconcile(reversed, linkage, List.of(), List.of(), List.of(), ReconcileSettings.DEFAULTS, null);
        forward.figures().forEach(f -> assertThat(backward.figure(f.key())).as(f.key()).isEqualTo(f.value()));
    }

    @Test
    void eachRecordIsAnEntityRowOfItsPerson() {
        Reconciliation r = reconcile();
        assertThat(r.entities()).hasSize(10);
        assertThat(r.entities().get(0).entityId()).isEqualTo(r.entities().get(1).entityId()).isEqualTo(r.entities().get(2).entityId());
        assertThat(r.entities().stream().map(EntityRow::entityId).distinct()).hasSize(6);
    }

    @Test
    void aPersonOnSeveralListsIsOneRowWhoseTextsEveryListShares() {
        // given / when
        Reconciliation r = reconcile();
        // then: D (NGO only, no ruling) is on ngo-people and ngo-not-listed as the same row, and on not-amnestied with a
        // detail of its own but the same source-row text, not a copy per list
        ListRow people = row(r, "ngo-people", "P0004");
        ListRow notListed = row(r, "ngo-not-listed", "P0004");
        ListRow notAmnestied = row(r, "not-amnestied", "P0004");
        assertThat(notListed).isSameAs(people);
        assertThat(notAmnestied.detail()).isNotEmpty();
        assertThat(notAmnestied.sourceRows()).isSameAs(people.sourceRows()).startsWith("ngo #5 (ngo.csv");
        assertThat(notAmnestied.name()).isSameAs(people.name());
    }

    @Test
    void aSinkIsHandedEveryListOnceAsItIsCountedAndTheReconciliationHoldsWhatTheSinkGaveBack() {
        // given the six people, reconciled in memory
        Reconciliation inMemory = reconcile();
        Linkage linkage = new Linkage(clusters.stream().mapToInt(Integer::intValue).toArray(), 6, 0, Map.of(), List.of(), Map.of());
        Map<String, List<ListRow>> handed = new LinkedHashMap<>();
        // when reconciled again with a sink that keeps the rows itself and leaves the reconciliation an empty view of each
        Reconciliation sunk = Reconciler.reconcile(records, linkage, List.of(), List.of(), List.of(), ReconcileSettings.DEFAULTS, null,
                Messages.of("en"), (key, rows) -> {
                    assertThat(handed).as("handed twice: " + key).doesNotContainKey(key);
                    handed.put(key, List.copyOf(rows));
                    return List.of();
                });
        // then: every list, in the same order, with the same rows; figures unchanged
        assertThat(handed.keySet()).containsExactlyElementsOf(inMemory.lists().keySet());
        inMemory.lists().forEach((key, rows) -> assertThat(handed.get(key)).as(key).isEqualTo(rows));
        assertThat(sunk.figures()).isEqualTo(inMemory.figures());
        assertThat(sunk.lists().keySet()).containsExactlyElementsOf(inMemory.lists().keySet());
        assertThat(sunk.lists().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
    }

    private static ListRow row(Reconciliation r, String list, String person) {
        return r.lists().get(list).stream().filter(x -> x.entityId().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void aCommuniqueThatStatesOnlyAReleaseAnnouncesThatFigureAndAnAmnestyFigureComesFirst() {
        Claim released = new Claim("amnistia", "c.txt", 2, "released", 120, "acordó la libertad plena de 120 ciudadanos", null);
        assertThat(reconcile(List.of(released)).figure("announced")).isEqualTo(120);
        records.clear();
        clusters.clear();
        Claim amnesty = new Claim("amnistia", "c.txt", 5, "amnestied", 379, "se otorga amnistía a 379 ciudadanos", null);
        assertThat(reconcile(List.of(released, amnesty)).figure("announced")).isEqualTo(379);
    }

    @Test
    void twoCommuniquesOfOneAnnouncementSourceAnnounceTheSumOfTheirFigures() {
        // given one source whose glob matched two communiqués, of 34 and then 5, each also stating a later, smaller figure
        Claim first = new Claim("amnistia", "comunicado-1.docx", 3, "amnestied", 34, "se otorga amnistía a treinta y cuatro (34) ciudadanos", null);
        Claim firstAgain = new Claim("amnistia", "comunicado-1.docx", 9, "amnestied", 12, "de ellos, 12 en Caracas", null);
        Claim second = new Claim("amnistia", "comunicado-2.docx", 2, "amnestied", 5, "se otorga amnistía a cinco (5) ciudadanos", null);

        // then the announcement states 34 + 5, the first figure of each file
        Reconciliation r = reconcile(List.of(first, firstAgain, second));
        assertThat(r.figure("announced")).isEqualTo(39);
        assertThat(r.lists().get("announced")).hasSize(2);
        assertThat(r.lists().get("claims-disagreeing")).as("5 after 34 is no running total").noneMatch(row -> row.detail().contains("running total"));
    }

    @Test
    void aLaterCommuniqueStatingAsManyAsTheEarlierTogetherIsSaidAsAPossibleRunningTotal() {
        Claim first = new Claim("amnistia", "comunicado-1.docx", 3, "amnestied", 34, "se otorga amnistía a 34 ciudadanos", null);
        Claim total = new Claim("amnistia", "comunicado-2.docx", 2, "amnestied", 39, "ya son 39 los ciudadanos amnistiados", null);
        Reconciliation r = reconcile(List.of(first, total));
        assertThat(r.figure("announced")).isEqualTo(73);
        assertThat(r.lists().get("claims-disagreeing")).anySatisfy(row -> assertThat(row.detail()).contains("39").contains("34")
                .contains("running total"));
    }

    @Test
    void aPossibleRunningTotalIsSaidOnItsClaimForTheHeadlineToQuestionTheAnnouncedFigure() {
        Claim first = new Claim("amnistia", "comunicado-1.docx", 3, "amnestied", 34, "se otorga amnistía a 34 ciudadanos", null);
        Claim total = new Claim("amnistia", "comunicado-2.docx", 2, "amnestied", 39, "ya son 39 los ciudadanos amnistiados", null);
        Reconciliation r = reconcile(List.of(first, total));
        assertThat(r.claims()).extracting(Claim::problem).containsExactly(null, r.lists().get("claims-disagreeing").stream()
                .filter(row -> row.detail().contains("running total")).findFirst().orElseThrow().detail());
    }

    @Test
    void aRecalledFigureIsNotSummedIntoTheAnnouncedFigure() {
        // given 42 stated by the first communiqué, recalled by the second beside its own 5
        Reconciliation r = reconcile(List.of(new Claim("amnistia", "c-1.txt", 3, "amnestied", 42, "…", null),
                new Claim("amnistia", "c-2.txt", 3, "amnestied-before", 42, "…", null), new Claim("amnistia", "c-2.txt", 3, "amnestied", 5, "…", null)));
        assertThat(r.figure("announced")).isEqualTo(47);
    }

    @Test
    void aCommuniqueNamingOnePersonTwiceAgreesWithAFigureOfItsPeople() {
        // given E named twice: three entries, two people (A and E)
        add(4, "amnistia", SourceKind.ANNOUNCEMENT, null);
        Reconciliation r = reconcile(List.of(new Claim("amnistia", "c.txt", 2, "amnestied", 2, "se otorga amnistía a dos (2) ciudadanos", null)));
        assertThat(r.figure("listed")).isEqualTo(3);
        assertThat(r.figure("listed-people")).isEqualTo(2);
        assertThat(r.figure("claims-disagreeing")).as("2 declared, 2 people named").isZero();
    }

    @Test
    void aCommuniqueCountingARepeatedEntryAsAPersonDisagrees() {
        add(4, "amnistia", SourceKind.ANNOUNCEMENT, null);
        Reconciliation r = reconcile(List.of(new Claim("amnistia", "c.txt", 2, "amnestied", 3, "se otorga amnistía a tres (3) ciudadanos", null)));
        assertThat(r.figure("claims-disagreeing")).as("3 declared, 2 people named").isEqualTo(1);
    }

    private static Claim total(String file, int row, long value) {
        return new Claim("ngo", file, row, "stated-total", value, "TOTAL | " + value, null);
    }

    @Test
    void totalsRowsOfOneFileAgreeWhenTheyAddUpToItsRowsAsEachSheetOfAWorkbookTotalsItsOwn() {
        assertThat(reconcile(List.of(total("ngo.csv", 10, 3), total("ngo.csv", 20, 2))).figure("claims-disagreeing")).isZero();
    }

    @Test
    void aTotalsRowThatCountsNeitherTheRowsNorThePeopleOfItsFileDisagrees() {
        assertThat(reconcile(List.of(total("ngo.csv", 10, 3))).figure("claims-disagreeing")).isEqualTo(1);
    }

    @Test
    void aTotalsRowCountingThePeopleOnceEachAgrees() {
        assertThat(reconcile(List.of(total("ngo.csv", 10, 4))).figure("claims-disagreeing")).isZero();
    }

    @Test
    void aTotalsRowOfAWorkbookSheetCountsThatSheetsRowsOnly() {
        // the NGO's five rows are on no sheet: a total stated on sheet 'Capital' finds none of them
        assertThat(reconcile(List.of(total("ngo.csv", 10, 5).onSheet("Capital"))).figure("claims-disagreeing")).isEqualTo(1);
    }
}
