package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.SourceKind;

/** Yesterday's NGO file left beside tonight's (trial 10 t6: both read, a deleted person still counted) is said. */
class SnapshotsTest {

    @Test
    void twoDatedFilesOfOneNameAreSnapshotsOfOneList() {
        List<String> files = List.of("input/ngo/presos-2026-11-21.xlsx", "input/ngo/presos-2026-11-20.xlsx");
        assertThat(Snapshots.of(SourceKind.NGO_LIST, files))
                .containsExactly(List.of("input/ngo/presos-2026-11-20.xlsx", "input/ngo/presos-2026-11-21.xlsx"));
    }

    @Test
    void filesOfDifferentNamesOrWithoutDatesAreNot() {
        assertThat(Snapshots.of(SourceKind.NGO_LIST, List.of("input/ngo/zulia-2026-11-21.xlsx", "input/ngo/lara-2026-11-21.xlsx"))).isEmpty();
        assertThat(Snapshots.of(SourceKind.NGO_LIST, List.of("input/ngo/parte-1.xlsx", "input/ngo/parte-2.xlsx"))).isEmpty();
        assertThat(Snapshots.of(SourceKind.NGO_LIST, List.of("input/ngo/presos-2026-11-21.xlsx"))).isEmpty();
    }

    @Test
    void communiquesAndRulingsOfSeveralDatesAddTheirOwnEntries() {
        List<String> files = List.of("input/gob/comunicado-2026-11-18.txt", "input/gob/comunicado-2026-11-21.txt");
        assertThat(Snapshots.of(SourceKind.ANNOUNCEMENT, files)).isEmpty();
        assertThat(Snapshots.of(SourceKind.COURT_RULINGS, files)).isEmpty();
    }

    @Test
    void aSecondDownloadOfTheSameFileIsACopyOfOneList() {
        // given Google Sheets' re-download beside the first (trial 20: ngo-rows doubled, exit 0)
        List<String> files = List.of("ngo/Presos políticos - Hoja 1 (1).csv", "ngo/Presos políticos - Hoja 1.csv");
        assertThat(Snapshots.of(SourceKind.NGO_LIST, files)).singleElement().asList().hasSize(2);
        assertThat(Snapshots.of(SourceKind.NGO_LIST, List.of("ngo/presos-2026-11-21 (2).xlsx", "ngo/presos-2026-11-20.xlsx"))).hasSize(1);
        assertThat(Snapshots.of(SourceKind.NGO_LIST, List.of("ngo/parte (1).csv", "ngo/otra (1).csv"))).isEmpty();
    }

    @Test
    void theWarningOfAnOldCopySaysItAlsoInventsStatusChangesAndReArrestsInBothLanguages() {
        String en = org.rollcall.text.Messages.of("en").format("headline.snapshots", "2", "registro-2026-03-06.xlsx, registro-2026-03-13.xlsx");
        String es = org.rollcall.text.Messages.of("es").format("headline.snapshots", "2", "registro-2026-03-06.xlsx, registro-2026-03-13.xlsx");

        assertThat(en).contains("still counted", "status changes", "re-arrests that never happened", "released-and-rearrested");
        assertThat(es).contains("se sigue contando", "cambios de situación", "nueva detención que nunca ocurrieron", "released-and-rearrested");
    }
}
