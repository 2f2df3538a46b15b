package org.rollcall.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceDropsTest {

    private static SourceDrops.Read read(String source, long records, Long total, String files) {
        return new SourceDrops.Read(source, records, total, files);
    }

    @Test
    void aListThatLostHalfItsRecordsSinceTheBaselineFellSharply() {
        Map<String, SourceDrops.Read> baseline = Map.of("ngo", read("ngo", 310, 305L, "a"), "tribunales", read("tribunales", 103, null, "b"));
        List<SourceDrops.Drop> drops = SourceDrops.between(baseline, List.of(read("ngo", 155, null, "c"), read("tribunales", 103, null, "b")), Set.of());
        assertThat(drops).containsExactly(new SourceDrops.Drop("ngo", 310, 155, 305L, true));
    }

    @Test
    void aQuarterOrLessIsNoSharpFallNorAreFewerThanTwentyRecords() {
        assertThat(SourceDrops.fellSharply(300, 225)).isFalse(); // exactly a quarter
        assertThat(SourceDrops.fellSharply(300, 224)).isTrue();
        assertThat(SourceDrops.fellSharply(40, 21)).isFalse(); // 19 lost: too few to tell
        assertThat(SourceDrops.fellSharply(40, 20)).isTrue();
        assertThat(SourceDrops.fellSharply(300, 400)).isFalse(); // a list that grew
    }

    @Test
    void aSourceTonightCouldNotReadOrTheBaselineNeverRecordedIsNotWarnedTwice() {
        Map<String, SourceDrops.Read> baseline = Map.of("ngo", read("ngo", 310, null, "a"));
        assertThat(SourceDrops.between(baseline, List.of(read("ngo", 0, null, "c")), Set.of("ngo"))).isEmpty();
        assertThat(SourceDrops.between(Map.of(), List.of(read("ngo", 10, null, "c")), Set.of())).isEmpty();
    }

    @Test
    void aTotalsRowStillThereIsNotSaidGone() {
        Map<String, SourceDrops.Read> baseline = Map.of("ngo", read("ngo", 310, 305L, "a"));
        assertThat(SourceDrops.between(baseline, List.of(read("ngo", 100, 100L, "c")), Set.of()))
                .singleElement().satisfies(d -> assertThat(d.totalGone()).isFalse());
    }

    @Test
    void theSameFilesAreEverySourcesFilesUnchanged() {
        Map<String, SourceDrops.Read> baseline = Map.of("ngo", read("ngo", 310, null, "a"), "gob", read("gob", 9, null, "b"));
        assertThat(SourceDrops.sameFiles(baseline, List.of(read("ngo", 310, null, "a"), read("gob", 9, null, "b")))).isTrue();
        assertThat(SourceDrops.sameFiles(baseline, List.of(read("ngo", 310, null, "a"), read("gob", 9, null, "x")))).isFalse();
        assertThat(SourceDrops.sameFiles(Map.of(), List.of(read("ngo", 310, null, "a")))).isFalse();
    }
}
