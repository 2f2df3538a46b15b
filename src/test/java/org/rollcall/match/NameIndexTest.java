package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.PersonRecord;

/**
 * The index's query for names no fuller than a record's ({@link NameIndex#agreeingNoFuller})
 * finds exactly the records of the full query ({@link NameIndex#agreeingWith}) that have no more
 * words, though it walks only the rarest words' records.
 */
class NameIndexTest {

    private static final String[] GIVEN = {"José", "José", "José", "Luis", "Luis", "María", "María", "Ana", "Carmen", "Manuel",
        "Mahuel", "Francisco", "Jhonny", "Johnny", "Yenny", "Jenny", "Gabriel", "Gabriela", "Reyna", "Ignacio", "Ignecio"};
    private static final String[] SURNAMES = {"García", "García", "García", "Garsía", "Grasia", "Martínez", "Martínez", "Martines",
        "Pérez", "Pérez", "Perez", "Pepez", "González", "Gonsález", "Hernández", "Ernández", "Rodríguez", "López", "Lopes",
        "Quintero", "Reyna", "Santos", "Silva", "Castillo"};

    @Test
    void givenManyNamesSharingCommonWordsWhenAskedForNamesNoFullerThenTheFullQueryLessFullerNamesIsFound() {
        List<PersonRecord> rs = population(new Random(20261125), 3_000);
        Object[][] prepared = NameBearersTest.prepared(rs);
        NameIndex index = new NameIndex(Rules.CONFIG.comparisons(), prepared);
        NameIndex fresh = new NameIndex(Rules.CONFIG.comparisons(), prepared);
        int compared = 0;
        int shorter = 0;
        for (int x = 0; x < rs.size(); x++) {
            int most = index.words(x);
            List<Integer> expected = index.agreeingWith(x).stream().filter(y -> index.words(y) <= most).toList();
            assertThat(fresh.agreeingNoFuller(x)).as("for %s", rs.get(x).name().display()).isEqualTo(expected);
            assertThat(index.agreeingNoFuller(x)).as("for %s, from the full query's answer", rs.get(x).name().display()).isEqualTo(expected);
            compared += expected.size();
            shorter += index.agreeingWith(x).size() - expected.size();
        }
        assertThat(compared).as("agreeing names found").isGreaterThan(10_000);
        assertThat(shorter).as("fuller names left out").isGreaterThan(1_000);
    }

    @Test
    void givenNamesAgreeingWithOneWordMistypedBeyondItsSoundWhenAskedForNamesNoFullerThenTheyAreFoundFromEitherSide() {
        List<PersonRecord> rs = List.of(Records.person("PÉREZ GONZÁLEZ, MANUEL ANTONIO", null),
                Records.person("Mahuel Antonio Pérez González", "V-14754930"), Records.person("Pérez, Manuel", null),
                Records.person("Manuel Antonio Pérez González Díaz", null), Records.person("María Pérez de González", null));
        NameIndex index = new NameIndex(Rules.CONFIG.comparisons(), NameBearersTest.prepared(rs));
        assertThat(index.agreeingNoFuller(0)).as("the typo and the short form, not the fuller name").containsExactly(1, 2);
        assertThat(index.agreeingNoFuller(1)).as("a two-word name meets the typo only through the blocking candidates")
                .containsExactly(0);
        assertThat(index.agreeingNoFuller(3)).as("from the fuller name").containsExactly(0, 1, 2);
    }

    /** Names of one to nine words from a small vocabulary: sound-alikes, typos beyond sound, aliases, initials, married surnames. */
    private static List<PersonRecord> population(Random random, int size) {
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder name = new StringBuilder();
            int given = 1 + random.nextInt(random.nextInt(10) == 0 ? 4 : 2);
            int surnames = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 5 : 2);
            for (int g = 0; g < given; g++) {
                String word = GIVEN[random.nextInt(GIVEN.length)];
                name.append(random.nextInt(8) == 0 ? word.charAt(0) + "." : word).append(' ');
            }
            for (int s = 0; s < surnames; s++) {
                name.append(SURNAMES[random.nextInt(SURNAMES.length)]).append(' ');
            }
            if (surnames > 0 && random.nextInt(8) == 0) {
                name.append("de ").append(SURNAMES[random.nextInt(SURNAMES.length)]);
            }
            out.add(Records.person(name.toString().trim(), null));
        }
        return out;
    }
}
