package org.rollcall.match;

import org.rollcall.domain.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.PersonRecord;

class BlockingRuleTest {

    @Test
    void namePairUsesTheRarestTokensInAnyOrder() {
        Map<String, Integer> freq = Map.of("jose", 100, "perez", 80, "gregorio", 5, "zambrano", 2, "luis", 300);
        PersonRecord a = Records.person("José Luis Gregorio Pérez Zambrano", null);
        PersonRecord b = Records.person("ZAMBRANO, JOSE GREGORIO", null);
        List<String> ka = BlockingRule.parse("name-pair").keys(a, freq);
        List<String> kb = BlockingRule.parse("name-pair").keys(b, freq);
        assertThat(ka).hasSize(6).contains("gregorio|zambrano", "jose|perez").noneMatch(k -> k.contains("luis"));
        assertThat(ka).containsAnyElementsOf(kb);
    }

    @Test
    void combinedPartsNeedEveryPart() {
        BlockingRule rule = BlockingRule.parse("birth-date + surnames:prefix2");
        assertThat(rule.keys(Records.person("PEREZ GONZALEZ, JOSE", null, LocalDate.of(1980, 2, 3)), Map.of())).containsExactly("|19800203|pe");
        assertThat(rule.keys(Records.person("PEREZ GONZALEZ, JOSE", null), Map.of())).isEmpty();
    }

    @Test
    void phoneticTransformGroupsSpellingVariants() {
        BlockingRule rule = BlockingRule.parse("given-names:phonetic + surnames:phonetic");
        assertThat(rule.keys(Records.person("LOPEZ, YORBIS", null), Map.of()))
                .isEqualTo(rule.keys(Records.person("Lopes, Jorbis", null), Map.of()));
    }

    @Test
    void unknownFieldOrTransformIsNamed() {
        assertThatThrownBy(() -> BlockingRule.parse("cedula")).hasMessageContaining("'cedula' is not a field");
        assertThatThrownBy(() -> BlockingRule.parse("surnames:soundex")).hasMessageContaining("'soundex' is not a transform");
        assertThatThrownBy(() -> BlockingRule.parse("birth-date + name-pair")).hasMessageContaining("name-pair comes first");
    }

    @Test
    void everyBadPartOfARuleIsAProblemOfItsOwnAtTheBlockingKey() {
        List<Problem> problems = BlockingRule.problems("cedula + surnames:soundex + name-pair");
        assertThat(problems).extracting(Problem::location).containsOnly("matching.blocking");
        assertThat(problems).extracting(Problem::kind).containsOnly(Problem.Kind.JOB_FILE);
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("'cedula' is not a field"))
                .anySatisfy(m -> assertThat(m).contains("'soundex' is not a transform"))
                .anySatisfy(m -> assertThat(m).contains("name-pair comes first"));
        assertThat(problems).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
        assertThat(BlockingRule.problems("name-pair + birth-date")).isEmpty();
    }

    @Test
    void nameComparisonsDeclareEveryNameBlockingFieldAndTheIdComparisonTheIdField() {
        assertThat(BlockingRule.parse("name-pair").fields()).allMatch(BlockingRule.NAME_FIELDS::contains);
        assertThat(BlockingRule.parse("given-names:initial + surnames:prefix4").fields()).allMatch(BlockingRule.NAME_FIELDS::contains);
        assertThat(new IdComparison("cedula").blockingFields()).containsExactlyElementsOf(BlockingRule.parse("id-number").fields());
    }

    @Test
    void pairsAreCountedPerRuleAndEachPairKnowsItsRules() {
        List<PersonRecord> records = List.of(Records.person("José Pérez Salas", "V-12345678"), Records.person("JOSE PEREZ SALAS", "12345678"),
                Records.person("Ana Mora", "V-7654321"));
        Blocker.Result r = Blocker.block(records, List.of(BlockingRule.parse("id-number"), BlockingRule.parse("name-pair")), 400);
        assertThat(r.pairs()).containsExactly(1L);
        assertThat(r.rules()).containsExactly(0b11);
        assertThat(r.pairsByRule()).containsEntry("id-number", 1L).containsEntry("name-pair", 3L);
    }

    @Test
    void recordsKeyedOnSeveralCoresGiveEveryPairOnceWhereverTheirChunksFall() {
        // given 40,000 records (three chunks of keying and more) where record i and record i + 20,000 share a cédula
        int half = 20_000;
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < 2 * half; i++) {
            records.add(Records.person("Persona Número " + i, "V-" + (10_000_000 + i % half)));
        }
        // when blocked on the cédula
        Blocker.Result r = Blocker.block(records, List.of(BlockingRule.parse("id-number")), 400);
        // then each pair is there once, in order, and no other
        long[] expected = new long[half];
        for (int i = 0; i < half; i++) {
            expected[i] = (long) i * records.size() + i + half;
        }
        assertThat(r.pairs()).containsExactly(expected);
        assertThat(r.pairsByRule()).containsEntry("id-number", (long) half);
    }
}
