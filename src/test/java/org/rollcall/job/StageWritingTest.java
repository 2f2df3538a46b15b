package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items written by a thread of their own as they are made give the file written from the same items at once. */
class StageWritingTest {

    record Item(String name, int n, List<String> tags) {
    }

    private static List<Item> items(int count, String prefix) {
        return IntStream.range(0, count).mapToObj(i -> new Item(prefix + "Pérez Núñez, José " + i, i, List.of("a" + i, "ñ"))).toList();
    }

    @Test
    void itemsWrittenAsTheyAreMadeGiveTheSameFileAsItemsWrittenAtOnce(@TempDir Path dir) throws Exception {
        // given
        StageFiles files = new StageFiles(dir, "");
        List<Item> made = items(10_001, "");
        StageFiles.Written atOnce = files.write(1, "items", made);
        // when
        StageFiles.Written asMade;
        try (StageWriting<Item> out = new StageWriting<>("items", it -> files.write(2, "items", it))) {
            made.forEach(out::add);
            asMade = out.finish();
        }
        // then
        assertThat(asMade).isEqualTo(atOnce);
        assertThat(Files.readAllBytes(files.file(2, "items"))).isEqualTo(Files.readAllBytes(files.file(1, "items")));
        assertThat(files.read(2, "items", Item.class, asMade)).isEqualTo(made);
    }

    @Test
    void aWritingAbandonedBeforeItsEndLeavesTheStagesFileAsItWasAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        // given a stage already written
        StageFiles files = new StageFiles(dir, "");
        List<Item> before = items(100, "antes ");
        StageFiles.Written first = files.write(3, "items", before);
        byte[] bytes = Files.readAllBytes(files.file(3, "items"));
        // when a new writing of it stops half-way (the step failed)
        try (StageWriting<Item> out = new StageWriting<>("items", it -> files.write(3, "items", it))) {
            items(9_000, "después ").forEach(out::add);
        }
        // then the file is the one written before, and no temporary file is left
        assertThat(Files.readAllBytes(files.file(3, "items"))).isEqualTo(bytes);
        assertThat(files.read(3, "items", Item.class, first)).isEqualTo(before);
        try (Stream<Path> left = Files.list(files.file(3, "items").getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("items.smile");
        }
    }
}
