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

    @Test
    void aNameTypoCorrectedWithTheSameCedulaKeepsThePersonsId() {
        // given last run's "gutierrez blnaco" V-22444555, and tonight the NGO wrote "gutierrez blanco" with the same cédula
        Map<String, String> register = Map.of("ngo|rosmery gutierrez blnaco|22444555", "P44", "ngo|ana perez|10000001", "P1");
        var a = IdAssigner.assign(new int[] {0, 1}, 2, List.of("ngo|ana perez|10000001", "ngo|rosmery gutierrez blanco|22444555"), register, newId);
        // then she keeps P44: not a new person, and P44 does not vanish
        assertThat(a.personOfCluster()).containsExactly("P1", "P44");
        assertThat(a.created()).isEmpty();
    }

    @Test
    void aCedulaTypoCorrectedWithTheSameNameKeepsThePersonsIdInEitherDirection() {
        for (String[] pair : List.of(new String[] {"24464646", "24464647"}, new String[] {"24464647", "24464646"},
                new String[] {"24464646", "24446646"}, new String[] {"2446464", "24464646"})) {
            Map<String, String> register = Map.of("ngo|luis ugas|" + pair[0], "P46");
            var a = IdAssigner.assign(new int[] {0}, 1, List.of("ngo|luis ugas|" + pair[1]), register, newId);
            assertThat(a.personOfCluster()).as(String.join(" → ", pair)).containsExactly("P46");
        }
    }

    @Test
    void aNewNamesakeWithAnotherCedulaGetsANewIdEvenWhenTheEarlierBearerLeftTheList() {
        Map<String, String> register = Map.of("ngo|jose perez|12345678", "P9");
        var a = IdAssigner.assign(new int[] {0}, 1, List.of("ngo|jose perez|19876543"), register, newId);
        assertThat(a.personOfCluster()).containsExactly("P101");
    }

    @Test
    void aCorrectionNeverTakesTheIdOfAPersonWhoseRecordsAreStillHere() {
        // given P1 "ana perez" V-10000001 still on the list tonight, a new row "ana peres" with the same cédula is not a correction of P1
        Map<String, String> register = Map.of("ngo|ana perez|10000001", "P1");
        var a = IdAssigner.assign(new int[] {0, 1}, 2, List.of("ngo|ana perez|10000001", "ngo|ana peres|10000001"), register, newId);
        assertThat(a.personOfCluster()).containsExactly("P1", "P101");
        assertThat(a.splits()).isEmpty();
    }

    @Test
    void aCorrectionInAnotherSourceOrWithTwoCandidatesIsNoCorrection() {
        Map<String, String> register = Map.of("gov|rosa diaz|15000000", "P5", "ngo|rosa diaz|15000001", "P6", "ngo|rosa diaz|15000010", "P7");
        var a = IdAssigner.assign(new int[] {0}, 1, List.of("ngo|rosa diaz|15000000"), register, newId);
        assertThat(a.personOfCluster()).as("two vanished people of ngo could be it").containsExactly("P101");
    }

    @Test
    void aCedulaAddedToAPersonWithNoOtherRecordKeepsTheirId() {
        // given last night's NGO row "Díaz Ramírez, Rafael", "no posee", and tonight the same row with V-19.876.543
        Map<String, String> register = Map.of("ngo|diaz ramirez rafael|", "P1", "ngo|tovar zerpa nelson|9876543", "P5");
        var a = IdAssigner.assign(new int[] {0, 1}, 2, List.of("ngo|diaz ramirez rafael|19876543", "ngo|tovar zerpa nelson|9876543"),
                register, newId);
        // then he is still P1, nobody is created, and the correction is named with the record it corrects
        assertThat(a.personOfCluster()).containsExactly("P1", "P5");
        assertThat(a.created()).isEmpty();
        assertThat(a.corrected()).containsExactly(Map.entry("P1", "ngo|diaz ramirez rafael|"));
    }

    @Test
    void aNameTypoFixedOnAPersonWithoutCedulaKeepsTheirId() {
        Map<String, String> register = Map.of("ngo|de leon arraiz omira|", "P2");
        var a = IdAssigner.assign(new int[] {0}, 1, List.of("ngo|de leon arraiz omaira|"), register, newId);
        assertThat(a.personOfCluster()).containsExactly("P2");
        assertThat(a.corrected()).containsOnlyKeys("P2");
    }

    @Test
    void aGivenNameWrittenOutWithoutCedulaIsANewPersonNotTheOneWhoLeft() {
        // given "Juan Soteldo Yépez" (no cédula) gone and "Juan Carlos Soteldo Yépez" (no cédula) arrived: a namesake as likely as a
        // correction (the reviewer's "PÉREZ GÓMEZ, JOSÉ LUIS" gone, "PÉREZ GÓMEZ, JOSÉ" arrived), so no id is carried over
        Map<String, String> register = Map.of("ngo|juan soteldo yepez|", "P33", "ngo|ana perez lugo|11111111", "P3");
        var a = IdAssigner.assign(new int[] {0, 1}, 2, List.of("ngo|ana perez lugo|11111111", "ngo|juan carlos soteldo yepez|"), register, newId);
        assertThat(a.personOfCluster()).containsExactly("P3", "P101");
        // while a given name written out beside a cédula added is the same row corrected
        var b = IdAssigner.assign(new int[] {0}, 1, List.of("ngo|juan carlos soteldo yepez|12345678"), Map.of("ngo|juan soteldo yepez|", "P33"), newId);
        assertThat(b.personOfCluster()).containsExactly("P33");
    }

    @Test
    void aCedulaDroppedIsANewPersonNotTheOneWhoLeft() {
        // a list rarely takes a cédula back: a row without one where one was is more often a namesake arriving
        Map<String, String> register = Map.of("ngo|nelson tovar zerpa|9876543", "P5");
        var a = IdAssigner.assign(new int[] {0}, 1, List.of("ngo|nelson tovar zerpa|"), register, newId);
        assertThat(a.personOfCluster()).containsExactly("P101");
    }

    @Test
    void twoVanishedPeopleWhoseNamesBothFitAreKeptApartFromTheNewOne() {
        // given two people without cédula who left the list, and one new row whose name fits both
        Map<String, String> register = Map.of("ngo|maria gonzalez|", "P1", "ngo|maria gonzales|", "P2");
        var a = IdAssigner.assign(new int[] {0}, 1, List.of("ngo|maria gonzalez lopez|"), register, newId);
        // then nobody's id is taken: a new person, as without the correction rule
        assertThat(a.personOfCluster()).containsExactly("P101");
        assertThat(a.corrected()).isEmpty();
    }

    @Test
    void twoNewPeopleWhoseNamesBothFitOneVanishedPersonAreBothNew() {
        Map<String, String> register = Map.of("ngo|de leon arraiz omira|", "P2");
        var a = IdAssigner.assign(new int[] {0, 1}, 2, List.of("ngo|de leon arraiz omaira|", "ngo|de leon arraiz omiras|"), register, newId);
        assertThat(a.personOfCluster()).containsExactly("P101", "P102");
    }

    @Test
    void namesThatDisagreeOrAnotherCaseOrAnotherSourceAreNoCorrection() {
        Map<String, String> register = Map.of("ngo|pedro lopez mora|", "P1", "tribunales|rosa diaz||ap 1", "P2",
                "amnistia|jorge rivas|", "P3");
        var a = IdAssigner.assign(new int[] {0, 1, 2}, 3, List.of("ngo|carmen lopez mora|", "tribunales|rosa diaz||ap 2",
                "ngo|jorge rivas|"), register, newId);
        assertThat(a.personOfCluster()).containsExactly("P101", "P102", "P103");
    }

    @Test
    void aCedulaTypoFixedIsListedAsACorrectionButARecordStillHereIsNot() {
        // given Ana Pérez Lugo V-11.111.112 last night, V-11.111.111 tonight; Nelson Tovar unchanged
        Map<String, String> register = Map.of("ngo|perez lugo ana karina|11111112", "P3", "ngo|tovar zerpa nelson|9876543", "P5");
        var a = IdAssigner.assign(new int[] {0, 1}, 2, List.of("ngo|perez lugo ana karina|11111111", "ngo|tovar zerpa nelson|9876543"),
                register, newId);
        assertThat(a.personOfCluster()).containsExactly("P3", "P5");
        assertThat(a.corrected()).containsExactly(Map.entry("P3", "ngo|perez lugo ana karina|11111112"));
    }
}
