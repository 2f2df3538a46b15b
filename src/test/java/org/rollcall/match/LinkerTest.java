package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.PersonRecord;

class LinkerTest {

    private final Linker linker = new Linker(Rules.CONFIG);

    @Test
    void recordWithoutCedulaDoesNotChainTwoHomonymsTogether() {
        List<PersonRecord> records = List.of(
                Records.person("José Luis Pérez García", "V-12345678"),
                Records.person("JOSE LUIS PEREZ GARCIA", null),
                Records.person("José Luis Pérez García", "V-20987654"));
        Linkage l = linker.match(records, Rules.MODEL).linkage();
        assertThat(l.clusterOf()[0]).isNotEqualTo(l.clusterOf()[2]);
        assertThat(l.clusterOf()[1]).as("ambiguous: linked to neither").isNotIn(l.clusterOf()[0], l.clusterOf()[2]);
    }

    @Test
    void recordWithoutCedulaJoinsTheDecisivelyBetterOfTwoPeople() {
        List<PersonRecord> records = List.of(
                Records.person("Laura María Blanco González", "V-15169188"),
                Records.person("Laura María Blanco González", null),
                Records.person("Laura Blanco González", "V-20111333"));
        Linkage l = linker.match(records, Rules.MODEL).linkage();
        assertThat(l.clusterOf()[1]).isEqualTo(l.clusterOf()[0]);
        assertThat(l.clusterOf()[2]).isNotEqualTo(l.clusterOf()[0]);
    }

    @Test
    void duplicatesWithinAListFormOneCluster() {
        List<PersonRecord> records = List.of(
                Records.person("PEREZ GONZALEZ, JOSE GREGORIO", "V-12.345.678"),
                Records.person("José Gregorio Pérez González", null),
                Records.person("María Rodríguez Salas", "V-7654321"),
                Records.person("JOSE GREGORIO PEREZ GONZALEZ", "12345678"));
        Linkage l = linker.match(records, Rules.MODEL).linkage();
        assertThat(l.clusters()).isEqualTo(2);
        assertThat(l.clusterOf()).containsExactly(0, 0, 1, 0);
    }

    @Test
    void blockingComparesFarFewerPairsThanAllPairs() {
        List<PersonRecord> records = new ArrayList<>();
        String[] given = {"José", "Luis", "Ana", "María", "Pedro", "Carmen", "Juan", "Rosa"};
        String[] surnames = {"Pérez", "González", "Rodríguez", "Salas", "Rivas", "Mora", "Díaz", "León", "Vera", "Luna"};
        int n = 0;
        for (String g : given) {
            for (String p : surnames) {
                for (String m : surnames) {
                    if (!p.equals(m)) {
                        records.add(Records.person(g + " " + p + " " + m, "V-" + (10_000_000 + n++)));
                    }
                }
            }
        }
        Blocker.Result blocking = Blocker.block(records, Rules.CONFIG.blocking(), 400);
        long allPairs = (long) records.size() * (records.size() - 1) / 2;
        assertThat((long) blocking.pairs().length).isLessThan(allPairs / 10);
        assertThat(blocking.pairsByRule()).containsKeys("id-number", "name-pair");
        assertThat(blocking.pairsByRule().get("id-number")).isZero();
    }

    @Test
    void oversizedBlockIsSkippedAndReported() {
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(Records.person("José Pérez", "V-" + (10_000_000 + i)));
        }
        Blocker.Result blocking = Blocker.block(records, List.of(BlockingRule.parse("name-pair")), 3);
        assertThat(blocking.pairs()).isEmpty();
        assertThat(blocking.skippedBlocks()).containsExactly("name-pair: a block of 5 records");
    }
}
