package org.rollcall.match;

import org.assertj.core.data.Offset;
import org.rollcall.normalize.PersonRecord;
import java.util.Arrays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {

    @Test
    void emOnTheSmallSampleListLearnsSensibleParameters() {
        // given: the sample's 1,314 records, no labels
        MatchModel model = Rules.MODEL;
        int name = 0;
        int id = 1;
        // then: agreeing is evidence for, disagreeing against, in the order of the levels
        assertThat(model.comparisons().get(name).name()).isEqualTo("name");
        assertThat(model.weight(name, PersonNameComparison.ALL_EQUAL)).isGreaterThan(10);
        assertThat(model.weight(name, PersonNameComparison.DIFFERENT)).isLessThan(-5);
        assertThat(model.weight(id, IdComparison.EQUAL)).isGreaterThan(10);
        assertThat(model.weight(id, IdComparison.DIFFERENT)).isLessThan(-3);
        // and λ is close to the truth: about 640 true pairs among 862,641 pairs
        assertThat(model.lambda()).isBetween(0.0005, 0.0015);
        for (double[] m : model.m()) {
            for (double p : m) {
                assertThat(p).isStrictlyBetween(0.0, 1.0);
            }
            assertThat(Arrays.stream(m).sum()).isCloseTo(1.0, offset(1e-9));
        }
        assertThat(model.fit().sessions()).hasSize(3).allSatisfy(s -> assertThat(s).doesNotContain("not converged"));
    }

    @Test
    void emOnATinyListStaysNearItsPriorInsteadOfCollapsing() {
        List<PersonRecord> records = List.of(
                Records.person("José Gregorio Pérez González", "V-12345678"), Records.person("JOSE GREGORIO PEREZ GONZALEZ", "12345678"),
                Records.person("María Salas Rivas", "V-7654321"), Records.person("Maria Salas", null),
                Records.person("Luis Mora León", "V-9999999"));
        MatchModel model = new Linker(Rules.CONFIG).match(records).model();
        for (int c = 0; c < model.comparisons().size(); c++) {
            for (int l = 0; l < model.m()[c].length; l++) {
                assertThat(model.m()[c][l]).isStrictlyBetween(0.0, 1.0);
                assertThat(model.u()[c][l]).isStrictlyBetween(0.0, 1.0);
            }
        }
        assertThat(Double.isFinite(model.priorWeight())).isTrue();
    }

    @Test
    void aSmallChangeToTheInputsMovesNoWeightByMoreThanABit() {
        List<PersonRecord> all = Rules.sampleRecords();
        MatchModel before = new Linker(Rules.CONFIG).match(all).model();
        MatchModel after = new Linker(Rules.CONFIG).match(all.subList(0, all.size() - 3)).model();
        for (int c = 0; c < before.comparisons().size(); c++) {
            for (int l = 0; l < before.m()[c].length; l++) {
                assertThat(after.weight(c, l)).as(before.comparisons().get(c).name() + " level " + l).isCloseTo(before.weight(c, l),
                        Offset.offset(1.0));
            }
        }
    }
}
