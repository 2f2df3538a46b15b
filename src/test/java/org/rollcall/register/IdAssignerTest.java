package org.rollcall.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdAssignerTest {

    private final AtomicInteger next = new AtomicInteger(100);
    private final Supplier<String> newId = () -> "P" + next.incrementAndGet();

    @Test
    void clustersKeepTheirIdsWhenNewRecordsJoin() {
        var a = IdAssigner.assign(new int[] {0, 0, 1, 0}, 2, List.of("a", "b", "c", "d"), Map.of("a", "P1", "b", "P1", "c", "P2"), newId);
        assertThat(a.personOfCluster()).containsExactly("P1", "P2");
        assertThat(a.created()).isEmpty();
    }

    @Test
    void newPeopleGetNewIds() {
        var a = IdAssigner.assign(new int[] {0, 1}, 2, List.of("a", "z"), Map.of("a", "P1"), newId);
        assertThat(a.personOfCluster()).containsExactly("P1", "P101");
        assertThat(a.created()).containsExactly("P101");
    }

    @Test
    void mergeKeepsTheOldestId() {
        var a = IdAssigner.assign(new int[] {0, 0}, 1, List.of("a", "b"), Map.of("a", "P7", "b", "P3"), newId);
        assertThat(a.personOfCluster()).containsExactly("P3");
        assertThat(a.merges()).containsExactly("P7 merged into P3");
    }

    @Test
    void splitLeavesTheIdWithTheLargerPart() {
        var a = IdAssigner.assign(new int[] {0, 1, 1}, 2, List.of("a", "b", "c"), Map.of("a", "P5", "b", "P5", "c", "P5"), newId);
        assertThat(a.personOfCluster()).containsExactly("P101", "P5");
        assertThat(a.splits()).containsExactly("P101 split from P5");
    }

    @Test
    void sameInputsTwiceGiveTheSameIds() {
        var first = IdAssigner.assign(new int[] {0, 0, 1}, 2, List.of("a", "b", "c"), Map.of(), newId);
        Map<String, String> register = Map.of("a", first.personOfCluster()[0], "b", first.personOfCluster()[0], "c", first.personOfCluster()[1]);
        var second = IdAssigner.assign(new int[] {0, 0, 1}, 2, List.of("a", "b", "c"), register, newId);
        assertThat(second.personOfCluster()).containsExactly(first.personOfCluster());
        assertThat(second.created()).isEmpty();
    }
}
