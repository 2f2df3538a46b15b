package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.ingest.SourceAccount;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.RollcallException;

class StageFilesTest {

    /** A value of the kind stages hold: a record with text, numbers and a list. */
    record Item(String name, int n, List<String> tags) {
    }

    /** A value with a date, as records and list rows have. */
    record Dated(LocalDate date) {
    }

    private static List<Item> items(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Item("Pérez Núñez, José " + i, i, List.of("a" + i, "ñ"))).toList();
    }

    @Test
    void itemsComeBackInTheOrderWrittenWithTheirCountAndChecksum(@TempDir Path dir) {
        // given
        StageFiles files = new StageFiles(dir, "");
        List<Item> written = items(10_000);
        // when
        StageFiles.Written w = files.write(7, "person-records", written);
        // then
        assertThat(w.items()).isEqualTo(10_000);
        assertThat(w.bytes()).isEqualTo(size(files.file(7, "person-records")));
        assertThat(files.read(7, "person-records", Item.class, w)).isEqualTo(written);
    }

    @Test
    void aStageOfSharedTextIsReadWithOneCopyOfEachRepeatedText(@TempDir Path dir) {
        // given: 1,000 items naming the same person's source rows, as the reconciliation's lists do
        StageFiles files = new StageFiles(dir, "");
        String rows = "ngo #12 (input/ngo.xlsx, sheet 'Detenidos', row 15); tribunales #3 (input/decisiones.csv, line 4)";
        List<Item> written = IntStream.range(0, 1_000).mapToObj(i -> new Item(rows, i, List.of("detail " + i % 10))).toList();
        StageFiles.Written w = files.write(8, "reconciliation", written);
        // when
        List<Item> shared = files.read(8, "reconciliation", Item.class, w, Integer.MAX_VALUE);
        List<Item> plain = files.read(8, "reconciliation", Item.class, w, 0);
        // then: the same items; read shared, equal texts are one object, read plain, one object each
        assertThat(shared).isEqualTo(written).isEqualTo(plain);
        assertThat(shared.stream().map(Item::name).distinct().count()).isEqualTo(1);
        assertThat(shared).allSatisfy(item -> assertThat(item.name()).isSameAs(shared.get(0).name()));
        assertThat(shared.get(3).tags().get(0)).isSameAs(shared.get(13).tags().get(0));
        assertThat(plain.get(1).name()).isNotSameAs(plain.get(0).name());
    }

    @Test
    void aReadRemembersNoMoreDistinctTextsThanItsLimitAndStillSharesThoseItRemembers(@TempDir Path dir) {
        // given: a source's file name repeated on every record, then 100 distinct names
        StageFiles files = new StageFiles(dir, "");
        List<Item> written = IntStream.range(0, 100).mapToObj(i -> new Item("name " + i, i, List.of("input/ngo.csv"))).toList();
        StageFiles.Written w = files.write(10, "person-records", written);
        // when: remembering at most 5 texts
        List<Item> read = files.read(10, "person-records", Item.class, w, 5);
        // then: the same items; the file name (seen first) is one object, the names after the limit are their own
        assertThat(read).isEqualTo(written);
        assertThat(read.get(99).tags().get(0)).isSameAs(read.get(0).tags().get(0));
        assertThat(read.get(98).name()).isEqualTo("name 98");
    }

    @Test
    void itemsOfEveryShapeAStageHoldsComeBack(@TempDir Path dir) {
        // given: an array of texts (the register's person ids) and a map (merged ids), as single items
        StageFiles files = new StageFiles(dir, "");
        String[] ids = {"P000001", "P000002", "P000001"};
        StageFiles.Written a = files.write(9, "person-ids", List.of((Object) ids));
        StageFiles.Written m = files.write(9, "merged-into", List.<Object>of(Map.of("P000003", "P000001")));
        // when / then
        assertThat(files.read(9, "person-ids", String[].class, a).get(0)).containsExactly(ids);
        assertThat(files.read(9, "person-ids", String[].class, a, 1 << 16).get(0)).containsExactly(ids);
        assertThat(files.read(9, "merged-into", Map.class, m).get(0)).isEqualTo(Map.of("P000003", "P000001"));
        // and dates, one object per date when read shared
        StageFiles.Written d = files.write(9, "dates", List.of(new Dated(LocalDate.of(2026, 11, 15)), new Dated(LocalDate.of(2026, 11, 15)),
                new Dated(null)));
        List<Dated> dates = files.read(9, "dates", Dated.class, d, 1 << 16);
        assertThat(dates).containsExactly(new Dated(LocalDate.of(2026, 11, 15)), new Dated(LocalDate.of(2026, 11, 15)), new Dated(null));
        assertThat(dates.get(1).date()).isSameAs(dates.get(0).date());
    }

    @Test
    void sourceAccountsComeBackWithTheirRecordsSharingARowWrittenOrNot(@TempDir Path dir) {
        // a count of 0 is left out of summary.json; the stage read back must still give 0
        StageFiles files = new StageFiles(dir, "");
        List<SourceAccount> written = List.of(new SourceAccount("ong", "a.xlsx", 10, 9, 0, Map.of("header", 1), null),
                new SourceAccount("trib", "b.csv", 5, 6, 0, Map.of("header", 1), null, 2));
        StageFiles.Written w = files.write(11, "source-accounts", written);
        assertThat(files.read(11, "source-accounts", SourceAccount.class, w)).isEqualTo(written);
    }

    @Test
    void anEmptyStageReadsBackWithNoItems(@TempDir Path dir) {
        StageFiles files = new StageFiles(dir, null);
        StageFiles.Written w = files.write(1, "claims", List.of());
        assertThat(w.items()).isZero();
        assertThat(files.read(1, "claims", Item.class, w)).isEmpty();
    }

    @Test
    void anEmptyStageHasNoFileAndReplacesAnEarlierAttemptsFile(@TempDir Path dir) {
        // given an earlier attempt of the step that wrote items, encrypted (an empty encrypted file would still hold its IV)
        StageFiles files = new StageFiles(dir, "s3cret-key");
        files.write(2, "claims", items(3));
        // when the step, done again, has none
        StageFiles.Written w = files.write(2, "claims", List.of());
        // then nothing is left to sync or read, and both ways of reading give no items
        assertThat(files.file(2, "claims")).doesNotExist();
        assertThat(files.read(2, "claims", Item.class, w)).isEmpty();
        try (StageFiles.Items<Item> each = files.iterate(2, "claims", Item.class, w, Long.MAX_VALUE)) {
            assertThat(each.hasNext()).isFalse();
        }
    }

    @Test
    void rewritingAStageReplacesItsFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        StageFiles files = new StageFiles(dir, "");
        files.write(3, "pairs", items(5));
        StageFiles.Written second = files.write(3, "pairs", items(2));
        assertThat(files.read(3, "pairs", Item.class, second)).hasSize(2);
        try (Stream<Path> left = Files.list(dir.resolve("3"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("pairs.smile");
        }
    }

    @Test
    void aChangedByteIsReportedNotRead(@TempDir Path dir) throws IOException {
        // given a stage file changed after it was written
        StageFiles files = new StageFiles(dir, "");
        StageFiles.Written w = files.write(4, "person-records", items(100));
        Path f = files.file(4, "person-records");
        byte[] bytes = Files.readAllBytes(f);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("a42");
        bytes[at + 1] = (byte) (bytes[at + 1] + 1);
        Files.write(f, bytes);
        // then reading it fails and says which stage, which run and which file
        assertThatThrownBy(() -> files.read(4, "person-records", Item.class, w))
                .isInstanceOf(RollcallException.class)
                .hasMessageContaining("stage 'person-records' of run 4").hasMessageContaining(f.toString()).hasMessageContaining("checksum");
    }

    @Test
    void aMissingFileIsReportedNotReadAsEmpty(@TempDir Path dir) throws IOException {
        StageFiles files = new StageFiles(dir, "");
        StageFiles.Written w = files.write(5, "claims", items(3));
        Files.delete(files.file(5, "claims"));
        assertThatThrownBy(() -> files.read(5, "claims", Item.class, w)).isInstanceOf(RollcallException.class).hasMessageContaining("missing");
    }

    @Test
    void withAKeyTheFileHoldsNoNameInClearAndReadsBackOnlyWithTheKey(@TempDir Path dir) throws IOException {
        // given
        StageFiles files = new StageFiles(dir, "s3cret-key");
        List<Item> written = items(50);
        // when
        StageFiles.Written w = files.write(6, "source-records", written);
        // then
        String raw = new String(Files.readAllBytes(files.file(6, "source-records")), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("rez").doesNotContain("a42");
        assertThat(files.read(6, "source-records", Item.class, w)).isEqualTo(written);
        assertThatThrownBy(() -> new StageFiles(dir, "another-key").read(6, "source-records", Item.class, w))
                .isInstanceOf(RollcallException.class);
    }

    @Test
    void deletingARunRemovesOnlyItsFiles(@TempDir Path dir) {
        StageFiles files = new StageFiles(dir, "");
        files.write(8, "claims", items(1));
        files.write(9, "claims", items(1));
        files.delete(8);
        assertThat(dir.resolve("8")).doesNotExist();
        assertThat(files.file(9, "claims")).exists();
    }

    @Test
    void itemsReadOneByOneComeBackInTheOrderWrittenAndEncrypted(@TempDir Path dir) {
        // given
        StageFiles files = new StageFiles(dir, "s3cret-key");
        List<Item> written = items(5_000);
        StageFiles.Written w = files.write(11, "list-people", written);
        // when
        List<Item> read = new ArrayList<>();
        try (StageFiles.Items<Item> it = files.iterate(11, "list-people", Item.class, w, Long.MAX_VALUE)) {
            it.forEachRemaining(read::add);
        }
        // then
        assertThat(read).isEqualTo(written);
    }

    @Test
    void aReadOfTheFirstItemsStopsThere(@TempDir Path dir) {
        // given
        StageFiles files = new StageFiles(dir, "");
        StageFiles.Written w = files.write(12, "list-people", items(100));
        // when
        List<Item> read = new ArrayList<>();
        try (StageFiles.Items<Item> it = files.iterate(12, "list-people", Item.class, w, 3)) {
            it.forEachRemaining(read::add);
        }
        // then
        assertThat(read).isEqualTo(items(3));
        assertThat(files.iterate(12, "list-people", Item.class, w, 0).hasNext()).isFalse();
    }

    @Test
    void aChangedByteIsReportedWhenItemsAreReadOneByOne(@TempDir Path dir) throws IOException {
        // given a stage file changed after it was written (a text, so each item still parses)
        StageFiles files = new StageFiles(dir, "");
        StageFiles.Written w = files.write(13, "list-people", items(100));
        Path f = files.file(13, "list-people");
        byte[] bytes = Files.readAllBytes(f);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("a42");
        bytes[at + 1] = (byte) (bytes[at + 1] + 1);
        Files.write(f, bytes);
        // then reading every item fails at the end and says which stage, which run and which file
        assertThatThrownBy(() -> files.iterate(13, "list-people", Item.class, w, Long.MAX_VALUE).forEachRemaining(item -> { }))
                .isInstanceOf(RollcallException.class)
                .hasMessageContaining("stage 'list-people' of run 13").hasMessageContaining(f.toString()).hasMessageContaining("checksum");
    }

    @Test
    void aFileWithFewerItemsThanWrittenIsReportedWhenReadOneByOne(@TempDir Path dir) {
        // given the record of a write of 10 items, and a file of 9
        StageFiles files = new StageFiles(dir, "");
        StageFiles.Written nine = files.write(14, "list-people", items(9));
        StageFiles.Written claimed = new StageFiles.Written(10, nine.bytes(), nine.checksum());
        // then
        assertThatThrownBy(() -> files.iterate(14, "list-people", Item.class, claimed, Long.MAX_VALUE).forEachRemaining(item -> { }))
                .isInstanceOf(RollcallException.class).hasMessageContaining("item count");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
