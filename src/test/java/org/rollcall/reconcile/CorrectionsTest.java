package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.config.ReconcileSettings;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.Claim;
import org.rollcall.match.Linkage;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.Origin;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;

/**
 * A correction communiqué applied to the linked records: its total replaces the figure it
 * corrects (and must add up), the entries it withdraws are no longer listed, and a withdrawal or
 * a correction that finds no entry is said. The expected figures are counted by hand from the
 * records each test writes.
 */
class CorrectionsTest {

    private static final LocalDate COMMUNIQUE = LocalDate.parse("2026-11-18");
    private static final LocalDate CORRECTION = LocalDate.parse("2026-11-21");

    private final List<PersonRecord> records = new ArrayList<>();
    private final List<Integer> clusters = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    private void add(int cluster, String source, SourceKind kind, String name, String id, LocalDate date, Map<Field, String> more) {
        int seq = records.size() + 1;
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.FULL_NAME, name);
        fields.putAll(more);
        records.add(new PersonRecord(new Origin(source, kind, seq, String.valueOf(seq), source + ".txt", null, seq, date), PersonName.parse(name),
                null, id, null, Detention.NONE, Ruling.NONE, List.of(), fields, Map.of(), List.of()));
        clusters.add(cluster);
    }

    private void ngo(int cluster, String name) {
        add(cluster, "ngo", SourceKind.NGO_LIST, name, "", null, Map.of());
    }

    private void entry(int cluster, String name) {
        add(cluster, "amnistia", SourceKind.ANNOUNCEMENT, name, "", COMMUNIQUE, Map.of());
    }

    private void withdrawal(int cluster, String name) {
        add(cluster, "correccion", SourceKind.WITHDRAWAL, name, "", CORRECTION, Map.of());
    }

    private void stated(String source, String subject, long value) {
        claims.add(new Claim(source, source + ".txt", claims.size() + 1, subject, value, "…", null, source.equals("amnistia") ? COMMUNIQUE : CORRECTION));
    }

    private Reconciliation reconcile() {
        int clusterCount = clusters.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Linkage linkage = new Linkage(clusters.stream().mapToInt(Integer::intValue).toArray(), clusterCount, 0, Map.of(), List.of(), Map.of());
        return Reconciler.reconcile(records, linkage, List.of(), claims, List.of(), ReconcileSettings.DEFAULTS, null);
    }

    /** Three listed NGO people; the correction recalls 3, withdraws the third and sets the total. */
    private void threeListedAndTheThirdWithdrawn(long total) {
        ngo(0, "ANA PÉREZ ROJAS");
        entry(0, "ANA PÉREZ ROJAS");
        ngo(1, "LUIS MORA DÍAZ");
        entry(1, "LUIS MORA DÍAZ");
        ngo(2, "JUAN RÍOS PAZ");
        entry(2, "JUAN RÍOS PAZ");
        withdrawal(2, "JUAN RÍOS PAZ");
        stated("amnistia", "amnestied", 3);
        stated("correccion", "amnestied-before", 3);
        stated("correccion", "amnestied-corrected", total);
    }

    @Test
    void theCorrectedTotalReplacesTheFigureItCorrectsAndTheWithdrawnIsNoLongerListed() {
        threeListedAndTheThirdWithdrawn(2);

        Reconciliation r = reconcile();

        assertThat(r.figure("announced")).isEqualTo(2);
        assertThat(r.figure("listed")).isEqualTo(2);
        assertThat(r.figure("listed-people")).isEqualTo(2);
        assertThat(r.figure("listed-withdrawn")).isEqualTo(1);
        assertThat(r.figure("ngo-not-listed")).isEqualTo(1);
        assertThat(r.figure("amnestied")).isEqualTo(2);
        assertThat(r.figure("claims-disagreeing")).isZero();
        assertThat(r.lists().get("listed-withdrawn")).singleElement().satisfies(row -> assertThat(row.name()).isEqualTo("JUAN RÍOS PAZ"));
        assertThat(r.claims()).extracting(Claim::subject, Claim::value, Claim::problem).containsExactly(tuple("amnestied-replaced", 3L, null),
                tuple("amnestied-before", 3L, null), tuple("amnestied-corrected", 2L, null));
        assertThat(r.lists().get("people")).filteredOn(row -> row.name().equals("JUAN RÍOS PAZ")).singleElement()
                .satisfies(row -> assertThat(row.detail()).isEqualTo("2026-11-18 amnesty-announced; 2026-11-21 withdrawn-from-amnesty-list"));
    }

    @Test
    void aCorrectedTotalThatDoesNotAddUpIsADisagreeingClaim() {
        threeListedAndTheThirdWithdrawn(1);

        Reconciliation r = reconcile();

        assertThat(r.figure("announced")).as("the correction's word, said to be doubtful").isEqualTo(1);
        assertThat(r.claims()).filteredOn(c -> c.subject().equals("amnestied-corrected")).singleElement()
                .satisfies(c -> assertThat(c.problem()).contains("the figure it corrects (3) less the 1 people it withdraws plus the 0 it adds is 2"));
        assertThat(r.lists().get("claims-disagreeing")).anySatisfy(row -> assertThat(row.detail()).contains("sets the total at 1"));
    }

    @Test
    void aPersonListedTwiceStaysListedByTheOtherEntry() {
        ngo(0, "ANA PÉREZ ROJAS");
        entry(0, "ANA PÉREZ ROJAS");
        entry(0, "ANA PEREZ ROJAS");
        withdrawal(0, "ANA PÉREZ ROJAS");
        stated("amnistia", "amnestied", 2);

        Reconciliation r = reconcile();

        assertThat(r.figure("listed")).isEqualTo(1);
        assertThat(r.figure("listed-people")).isEqualTo(1);
        assertThat(r.figure("listed-duplicate-entries")).isZero();
        assertThat(r.figure("amnestied-via-list")).isEqualTo(1);
        assertThat(r.lists().get("listed-withdrawn")).singleElement().satisfies(row -> assertThat(row.detail()).endsWith("still listed by another entry"));
    }

    @Test
    void aWithdrawalWithoutARestatedTotalLeavesAnnouncedAsStatedAndSaysSo() {
        ngo(0, "ANA PÉREZ ROJAS");
        entry(0, "ANA PÉREZ ROJAS");
        ngo(1, "LUIS MORA DÍAZ");
        entry(1, "LUIS MORA DÍAZ");
        withdrawal(1, "LUIS MORA DÍAZ");
        stated("amnistia", "amnestied", 2);

        Reconciliation r = reconcile();

        assertThat(r.figure("announced")).isEqualTo(2);
        assertThat(r.figure("listed")).isEqualTo(1);
        assertThat(r.claims()).filteredOn(c -> c.subject().equals("withdrawn")).singleElement()
                .satisfies(c -> assertThat(c.problem()).contains("takes 1 people off the list without restating the total"));
    }

    @Test
    void aWithdrawalThatMatchesNoEntryIsUnmatchedAndListsNobody() {
        ngo(0, "ANA PÉREZ ROJAS");
        entry(0, "ANA PÉREZ ROJAS");
        withdrawal(1, "CARMEN ITURBE SOTO");
        int[] clusterOf = clusters.stream().mapToInt(Integer::intValue).toArray();

        Reconciliation r = reconcile();

        assertThat(r.figure("listed")).isEqualTo(1);
        assertThat(r.figure("listed-withdrawn")).isZero();
        assertThat(Withdrawals.unmatched(records, clusterOf, null, Reconciler.ENGLISH)).singleElement()
                .satisfies(row -> assertThat(row.detail()).contains("CARMEN ITURBE SOTO: the correction takes this person off the list, but no entry"));
    }

    @Test
    void anEntryWrittenAnewAsAnotherPersonIsListedAsThatPersonAndTheOldOneIsNot() {
        entry(0, "JOSE GREGRIO FLORS");
        ngo(1, "JOSÉ GREGORIO FLORES GÓMEZ");
        add(1, "correccion", SourceKind.CORRECTION, "JOSÉ GREGORIO FLORES GÓMEZ", "", CORRECTION, Map.of(Field.NOTES, "JOSE GREGRIO FLORS"));

        Reconciliation r = reconcile();

        assertThat(r.figure("listed")).isEqualTo(1);
        assertThat(r.lists().get("listed")).singleElement().satisfies(row -> assertThat(row.name()).isEqualTo("JOSÉ GREGORIO FLORES GÓMEZ"));
        assertThat(r.figure("listed-on-ngo-list")).isEqualTo(1);
        assertThat(r.figure("listed-withdrawn")).isEqualTo(1);
    }

    @Test
    void aWithdrawalDatedBeforeTheCommuniqueWithdrawsNothing() {
        ngo(0, "ANA PÉREZ ROJAS");
        entry(0, "ANA PÉREZ ROJAS");
        add(0, "correccion", SourceKind.WITHDRAWAL, "ANA PÉREZ ROJAS", "", LocalDate.parse("2026-11-01"), Map.of());

        assertThat(reconcile().figure("listed")).isEqualTo(1);
    }

    @Test
    void aCedulaWrittenAnewMovesTheEntryToThePersonOfTheRightCedula() {
        add(0, "amnistia", SourceKind.ANNOUNCEMENT, "ANA PÉREZ ROJAS", "V-12.345.678", COMMUNIQUE, Map.of(Field.ID_NUMBER, "V-12.345.678"));
        add(1, "ngo", SourceKind.NGO_LIST, "ANA PÉREZ ROJAS", "V-12.345.687", null, Map.of(Field.ID_NUMBER, "V-12.345.687"));
        add(1, "correccion", SourceKind.CORRECTION, "", "V-12.345.687", CORRECTION, Map.of(Field.ID_NUMBER, "V-12.345.687", Field.NOTES, "C.I. V-12.345.678"));

        Reconciliation r = reconcile();

        assertThat(r.figure("listed")).isEqualTo(1);
        assertThat(r.figure("listed-on-ngo-list")).isEqualTo(1);
        assertThat(r.figure("listed-unknown-to-ngo")).isZero();
    }
}
