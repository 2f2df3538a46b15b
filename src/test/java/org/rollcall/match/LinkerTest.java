package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
    void recordWithoutCedulaThatTwoPeopleCouldBeJoinsNeither() {
        // issue 12: "Laura Blanco González" is how a list writes Laura María Blanco González as often as another Laura;
        // the weights favoured the full name decisively, and the record joined it (a false merge one time in ten)
        List<PersonRecord> records = List.of(
                Records.person("Laura María Blanco González", "V-15169188"),
                Records.person("Laura María Blanco González", null),
                Records.person("Laura Blanco González", "V-20111333"));
        List<PersonRecord> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        for (List<PersonRecord> order : List.of(records, reversed)) {
            Linkage l = linker.match(order, Rules.MODEL).linkage();
            int[] c = l.clusterOf();
            assertThat(c[order.indexOf(records.get(1))]).isNotIn(c[order.indexOf(records.get(0))], c[order.indexOf(records.get(2))]);
            assertThat(c[order.indexOf(records.get(2))]).isNotEqualTo(c[order.indexOf(records.get(0))]);
        }
    }

    @Test
    void recordMatchingTwoNamesakesOfOneListIsLinkedToNeither() {
        List<PersonRecord> records = List.of(
                Records.inList("ngo", "MADRIGAL HERNÁNDEZ, SALVADOR", null),
                Records.inList("amnistia", "Salvador Madrigal Hernández", "V-8878607"),
                Records.inList("amnistia", "Salvador Madrigal Hernández", null),
                Records.inList("amnistia", "María Rodríguez Salas", "V-7654321"));
        // one entry in 100,000 pairs of the communiqué repeats a person; one in 100 across the lists
        ListPriors priors = new ListPriors(Rules.MODEL.lambda(), Map.of("amnistia × amnistia", 1e-5, "amnistia × ngo", 1e-2));
        Linker.Result r = new Linker(Rules.CONFIG).match(records, Rules.MODEL, AnalystLinks.NONE, priors);
        int[] c = r.linkage().clusterOf();
        assertThat(c[1]).as("the two entries of one list are not linked to each other here").isNotEqualTo(c[2]);
        assertThat(c[0]).as("ambiguous: linked to neither").isNotIn(c[1], c[2]);
        assertThat(r.pairs()).filteredOn(p -> p.a() == 0).extracting(ScoredPair::outcome).containsOnly(Outcome.REVIEW);
    }

    @Test
    void twoRecordsOfOneListWithOneCedulaAreNotNamesakesSoARecordMatchingBothJoinsThemInEitherOrder() {
        // two rulings of one person, a typo in the given name keeping their names apart
        List<PersonRecord> records = List.of(
                Records.inList("ngo", "Gil, José Luis", "V-25680034"),
                Records.inList("tribunales", "JOSÉ GIL", "V-25680034"),
                Records.inList("tribunales", "JOSA LUIS GIL", "V-25.680.034"));
        List<PersonRecord> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        for (List<PersonRecord> order : List.of(records, reversed)) {
            int[] c = new Linker(Rules.CONFIG).match(order, Rules.MODEL).linkage().clusterOf();
            assertThat(c).as("one person").containsOnly(c[0]);
        }
    }

    @Test
    void aRecordWhoseNameFitsTwoPeopleOfAListIsNotLinkedOnThatNameToAThirdRecord() {
        // two different NGO people share the name; a ruling with it matches both and another ruling equally
        List<PersonRecord> records = List.of(
                Records.inList("ngo", "LEÓN MARTÍNEZ, MIGUEL ÁNGEL", null),
                Records.inList("ngo", "Miguel Ángel León Martínez", null),
                Records.inList("tribunales", "MIGUEL ÁNGEL LEÓN MARTÍNEZ", null),
                Records.inList("tribunales", "LEÓN MARTÍNEZ, MIGUEL ÁNGEL", null));
        ListPriors priors = new ListPriors(Rules.MODEL.lambda(),
                Map.of("ngo × ngo", 1e-6, "ngo × tribunales", 1e-2, "tribunales × tribunales", 1e-2));
        Linker.Result r = new Linker(Rules.CONFIG).match(records, Rules.MODEL, AnalystLinks.NONE, priors);
        int[] c = r.linkage().clusterOf();
        assertThat(c[0]).as("the NGO's two namesakes stay apart").isNotEqualTo(c[1]);
        assertThat(c[2]).as("the ruling fits either NGO person, so its other links are as unsure").isNotIn(c[0], c[1], c[3]);
        assertThat(c[3]).isNotIn(c[0], c[1]);
    }

    @Test
    void aNameRepeatedInAListThatRarelyRepeatsIsForAPersonToDecideWhenTheNameIsAllThereIsInEitherOrder() {
        // one entry in 1,000 pairs of the communiqué repeats a person, one in 100 across the lists; the NGO repeats rows as often
        ListPriors priors = new ListPriors(Rules.MODEL.lambda(),
                Map.of("amnistia × amnistia", 1e-3, "amnistia × ngo", 1e-2, "ngo × ngo", 1e-2));
        List<PersonRecord> records = List.of(
                Records.inList("amnistia", "Salvador Madrigal Hernández", null),
                Records.inList("amnistia", "SALVADOR MADRIGAL HERNÁNDEZ", null),
                Records.inList("amnistia", "Rosa Elena Quintero Salas", "V-7654321"),
                Records.inList("amnistia", "ROSA ELENA QUINTERO SALAS", "V-7.654.321"),
                Records.inList("ngo", "Wilmer Alirio Zambrano Pérez", null),
                Records.inList("ngo", "ZAMBRANO PÉREZ, WILMER ALIRIO", null));
        for (List<PersonRecord> order : List.of(records, reversed(records))) {
            Linker.Result r = new Linker(Rules.CONFIG).match(order, Rules.MODEL, AnalystLinks.NONE, priors);
            assertThat(r.linkage().clusters()).as("the two Salvadors apart, the Rosas and the Wilmers one each").isEqualTo(4);
            assertThat(r.pairs()).filteredOn(p -> order.get(p.a()).name().display().startsWith("S")
                    && order.get(p.b()).name().display().startsWith("S"))
                    .singleElement().satisfies(p -> {
                        assertThat(p.outcome()).isEqualTo(Outcome.REVIEW);
                        assertThat(p.note()).isEqualTo(Notes.NAME_ONLY_IN_ONE_LIST);
                    });
        }
    }

    @Test
    void samePersonOnADuplicateRowWithAnotherCedulaKeepsTheEntryThatWasAlreadyThatPersonInEitherOrder() {
        // given the NGO's row and a communiqué entry of one man (one cédula), and a duplicate NGO row bearing another cédula
        List<PersonRecord> records = List.of(
                Records.inList("ngo", "Gerardo Guevara Álvarez", "15.245.248"),
                Records.inList("ngo", "GERARDO GUEVARA ALVAREZ", "V-9.123.456"),
                Records.inList("amnistia", "GERARDO GUEVARA ALVAREZ", "V-15.245.248"));
        int[] before = linker.match(records, Rules.MODEL).linkage().clusterOf();
        assertThat(before[2]).as("before any decision: the row and the entry are one person").isEqualTo(before[0]);
        assertThat(before[1]).as("the other cédula keeps the duplicate apart").isNotEqualTo(before[0]);
        for (int[] decided : List.of(new int[] {0, 1}, new int[] {1, 0})) {
            // when an analyst decides the two NGO rows are one person
            int[] c = linker.match(records, Rules.MODEL, new AnalystLinks(List.<int[]>of(decided), List.of())).linkage().clusterOf();
            // then all three are one person: the decision moved no record out
            assertThat(c).as("one person").containsOnly(c[0]);
        }
    }

    private static List<PersonRecord> reversed(List<PersonRecord> records) {
        List<PersonRecord> out = new ArrayList<>(records);
        Collections.reverse(out);
        return out;
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
