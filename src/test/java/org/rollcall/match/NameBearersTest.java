package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonRecord;

class NameBearersTest {

    private final NameBearers bearers = new NameBearers(Rules.CONFIG.comparisons());

    private boolean agree(String a, String b) {
        List<PersonRecord> rs = List.of(Records.person(a, null), Records.person(b, null));
        Object[][] prepared = new Object[2][];
        for (int i = 0; i < 2; i++) {
            PersonRecord r = rs.get(i);
            prepared[i] = Rules.CONFIG.comparisons().stream().map(c -> c.prepare(r)).toArray();
        }
        boolean forward = bearers.agree(prepared, List.of(0), List.of(1));
        assertThat(bearers.agree(prepared, List.of(1), List.of(0))).as("the same in the other order").isEqualTo(forward);
        return forward;
    }

    @Test
    void givenAShortNameWhoseEveryWordIsInTheFullNameWhenComparedThenItAgreesInBothOrders() {
        assertThat(agree("Daniel Espinoza", "Espinoza Rojas, Daniel José")).isTrue();
        assertThat(agree("H. ALEJANDRO VÁZQUEZ HERNÁNDEZ", "Vázquez Hernández, Humberto Alejandro")).isTrue();
    }

    @Test
    void givenAnotherGivenNameWhenComparedThenItDoesNotAgreeInEitherOrder() {
        assertThat(agree("Daniel Espinoza", "David Espinoza Rojas")).isFalse();
    }

    @Test
    void givenAJobThatComparesNoWholeNamesWhenAskedThenTheTestDoesNotApply() {
        NameBearers none = new NameBearers(List.of(new DateComparison("birth-date", Field.BIRTH_DATE)));
        assertThat(none.applies()).isFalse();
        assertThat(bearers.applies()).isTrue();
    }

    /** Whether the person of {@code names} bears {@code name}, asserted the same with the person's records in reverse order. */
    private boolean bears(String name, String... names) {
        List<PersonRecord> rs = new ArrayList<>();
        rs.add(Records.person(name, null));
        for (String n : names) {
            rs.add(Records.person(n, null));
        }
        Object[][] prepared = prepared(rs);
        List<Integer> person = new ArrayList<>();
        for (int i = 1; i < rs.size(); i++) {
            person.add(i);
        }
        boolean forward = bearers.bears(prepared, List.of(0), person);
        Collections.reverse(person);
        assertThat(bearers.bears(prepared, List.of(0), person)).as("the same with the records in the other order").isEqualTo(forward);
        return forward;
    }

    static Object[][] prepared(List<PersonRecord> rs) {
        Object[][] prepared = new Object[rs.size()][];
        for (int i = 0; i < rs.size(); i++) {
            PersonRecord r = rs.get(i);
            prepared[i] = Rules.CONFIG.comparisons().stream().map(c -> c.prepare(r)).toArray();
        }
        return prepared;
    }

    @Test
    void givenAPersonWhoseFullerRecordNamesThemOtherwiseWhenAskedThenTheyDoNotBearTheShortName() {
        // "GÓMEZ, JOSÉ" agrees with "GÓMEZ, JOSÉ LUIS"; the same person's full name is José Ángel Gómez Luna
        assertThat(bears("GÓMEZ, JOSÉ LUIS", "GÓMEZ, JOSÉ", "GÓMEZ LUNA, JOSÉ ANGEL")).isFalse();
        assertThat(bears("Juan Vásquez García", "Juan García", "GARCIA HERNANDEZ JUAN")).isFalse();
    }

    @Test
    void givenAPersonWhoseRecordsAllAgreeWhenAskedThenTheyBearTheName() {
        assertThat(bears("GÓMEZ, JOSÉ LUIS", "GÓMEZ, JOSÉ", "Gómez Chávez, José Luis")).isTrue();
        assertThat(bears("Gómez Chávez, José Luis", "GÓMEZ, JOSÉ LUIS")).isTrue();
    }

    @Test
    void givenOneMistypedRecordBesideFullRecordsThatAgreeWhenAskedThenThePersonStillBearsTheName() {
        assertThat(bears("José Luis Antonio Martínez", "ANTONIO MARTINEZ JUSE LUIS", "JOSÉ LUIS ANTONIO MARTÍNEZ")).isTrue();
    }

    @Test
    void givenRecordsOutsideAnyBlockWhenIndexedThenEveryAgreeingNameIsFoundFromEitherSide() {
        List<PersonRecord> rs = List.of(Records.person("GÓMEZ, JOSÉ LUIS", null), Records.person("José Luis Gómez Chávez", "V-30482108"),
                Records.person("Gómez, José", "V-13536889"), Records.person("GÓMEZ LUNA, JOSÉ ANGEL", "V-13536889"),
                Records.person("María Rodríguez Salas", null), Records.person("J. LUIS GÓMEZ", null));
        NameIndex index = new NameIndex(Rules.CONFIG.comparisons(), prepared(rs));
        assertThat(index.agreeingWith(0)).containsExactly(1, 2, 5);
        for (int other : index.agreeingWith(0)) {
            assertThat(index.agreeingWith(other)).as("and back from " + rs.get(other).name().display()).contains(0);
        }
        assertThat(index.agreeingWith(4)).isEmpty();
    }

    @Test
    void givenNamesAgreeingWithOneWordMistypedBeyondItsSoundWhenIndexedThenTheyAreStillFoundFromEitherSide() {
        List<PersonRecord> rs = List.of(Records.person("PÉREZ GONZÁLEZ, MANUEL ANTONIO", null),
                Records.person("Mahuel Antonio Pérez González", "V-14754930"), Records.person("Pérez, Manuel", null),
                Records.person("PÉREZ LUNA, JOSÉ", null), Records.person("Manuel Pérez Díaz", null));
        NameIndex index = new NameIndex(Rules.CONFIG.comparisons(), prepared(rs));
        assertThat(index.agreeingWith(0)).as("the typo, the short form; not a namesake of one surname").containsExactly(1, 2);
        assertThat(index.agreeingWith(1)).contains(0);
        assertThat(index.agreeingWith(2)).as("a two-word name meets the typo only through the blocking candidates").containsExactly(0, 4);
    }
}
