package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.PersonRecord;

/** The prior per pair of lists, estimated from the records: counts computed by hand in each test. */
class ListPriorsTest {

    /**
     * Given two lists of 40 people each, the first 30 on both (same cédula and name), no one twice
     * on one list. Expected by hand: 30 true pairs among 40 × 40 = 1,600 across, 0 among 780 within each.
     */
    private static List<PersonRecord> twoLists() {
        List<PersonRecord> records = new ArrayList<>();
        String[] given = {"Ana", "Luis", "Rosa", "Pedro", "Carmen", "Juan", "Elena", "Jorge"};
        String[] surnames = {"Pérez", "Salas", "Rivas", "Mora", "Díaz"};
        for (int i = 0; i < 40; i++) {
            String name = given[i % 8] + " " + surnames[i / 8] + " " + surnames[(i + 2) % 5];
            records.add(Records.inList("ngo", name, "V-" + (10_000_000 + i)));
            records.add(Records.inList("amnistia", i < 30 ? name : "Otro " + name, "V-" + (i < 30 ? 10_000_000 + i : 20_000_000 + i)));
        }
        return records;
    }

    @Test
    void twoRecordsOfOneListWeighLessThanTwoOfDifferentLists() {
        Linker.Result r = new Linker(Rules.CONFIG).match(twoLists());
        ListPriors priors = r.listPriors();
        assertThat(priors.adjustment("ngo", "ngo")).isNegative();
        assertThat(priors.adjustment("amnistia", "amnistia")).isNegative();
        assertThat(priors.adjustment("ngo", "amnistia")).isPositive();
        // the 30 true pairs, plus at most the 10 pairs of a name and "Otro" + that name (different cédulas)
        assertThat(priors.byLists().get("amnistia × ngo")).isBetween((30 + 1) / (1600 + 1 / priors.lambda()),
                (40 + 1) / (1600 + 1 / priors.lambda()));
    }

    @Test
    void theAdjustmentIsTheSameInEitherOrderOfTheLists() {
        ListPriors priors = new Linker(Rules.CONFIG).match(twoLists()).listPriors();
        assertThat(priors.adjustment("amnistia", "ngo")).isEqualTo(priors.adjustment("ngo", "amnistia"));
        assertThat(ListPriors.label("ngo", "amnistia")).isEqualTo(ListPriors.label("amnistia", "ngo")).isEqualTo("amnistia × ngo");
    }

    @Test
    void aSingleListHasNoAdjustment() {
        ListPriors priors = new Linker(Rules.CONFIG).match(List.of(Records.inList("ngo", "Ana Pérez", "V-1234567"),
                Records.inList("ngo", "Ana Pérez", "V-1234567"))).listPriors();
        assertThat(priors.byLists()).isEmpty();
        assertThat(priors.adjustment("ngo", "ngo")).isZero();
    }

    @Test
    void emShrinksTowardTheOverallLambdaByOneExpectedPair() {
        // no candidate pairs at all among 1,000 pairs: (0 + 1) / (1,000 + 1 / λ)
        assertThat(ListPriors.lambdaOf(new double[0], 1000, 0.01)).isCloseTo(1.0 / 1100, within(1e-9));
        // ten certain pairs: (10 + 1) / (1,000 + 100)
        double[] certain = new double[10];
        Arrays.fill(certain, 50);
        assertThat(ListPriors.lambdaOf(certain, 1000, 0.01)).isCloseTo(11.0 / 1100, within(1e-6));
    }
}
