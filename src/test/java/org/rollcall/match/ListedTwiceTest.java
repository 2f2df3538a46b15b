package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.Detention;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.Ruling;

/** A list known to repeat people names one person twice; two namesakes of one list stay apart. */
class ListedTwiceTest {

    /** Other entries of the communiqué, each with its own name and cédula (147 entries in all, 10,731 pairs). */
    private static List<PersonRecord> otherEntries() {
        String[] given = {"Rosa Elena", "Wilmer", "Yelitza", "Omar", "Nelson", "Carmen Teresa", "Freddy", "Luisa", "Ramón", "Zuleima",
            "Héctor", "Gladys"};
        String[] paternal = {"Quintero", "Zambrano", "Bracho", "Colmenares", "Araujo", "Mendoza", "Briceño", "Graterol", "Peraza",
            "Chirinos", "Lugo", "Rangel"};
        String[] maternal = {"Salas", "Urdaneta", "Villalobos", "Parra", "Ochoa", "Ávila", "Montilla", "Vargas", "Sequera", "Piña",
            "Bastidas", "Leal"};
        List<PersonRecord> out = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            for (int j = 0; j < paternal.length; j++) {
                String name = given[i] + " " + paternal[j] + " " + maternal[(i + j) % maternal.length];
                out.add(Records.inList("amnistia", name, "V-" + (7_000_000 + 10_007 * (i * paternal.length + j))));
            }
        }
        return out;
    }

    /**
     * One pair of the communiqué's entries in 10,000 is one person (about one repeat in its 10,731
     * pairs), one in 100 across the lists: a communiqué that rarely repeats, yet does.
     */
    private static ListPriors aCommuniqueThatRepeats() {
        return new ListPriors(Rules.MODEL.lambda(), Map.of("amnistia × amnistia", 1e-4, "amnistia × ngo", 1e-2, "ngo × ngo", 1e-2,
                "amnistia × tribunales", 1e-2, "ngo × tribunales", 1e-2, "tribunales × tribunales", 1e-2));
    }

    private static int[] clusters(List<PersonRecord> records) {
        return new Linker(Rules.CONFIG).match(records, Rules.MODEL, AnalystLinks.NONE, aCommuniqueThatRepeats()).linkage().clusterOf();
    }

    private static List<List<PersonRecord>> bothOrders(List<PersonRecord> records) {
        List<PersonRecord> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        return List.of(records, reversed);
    }

    @Test
    void givenACommuniqueNamingAPersonTwiceOnceWithoutCedulaWhenMatchedThenTheEntriesAndTheNgoRowAreOnePersonInEitherOrder() {
        PersonRecord withCedula = Records.inList("amnistia", "María de Jesús Ponce Romero", "V-7676051");
        PersonRecord without = Records.inList("amnistia", "MARÍA DE JESÚS PONCE ROMERO", null);
        PersonRecord ngo = Records.inList("ngo", "Ponce Romero, María de Jesús", null);
        List<PersonRecord> records = new ArrayList<>(otherEntries());
        records.addAll(List.of(withCedula, without, ngo));
        for (List<PersonRecord> order : bothOrders(records)) {
            int[] c = clusters(order);
            assertThat(c[order.indexOf(without)]).as("the entry without cédula").isEqualTo(c[order.indexOf(withCedula)]);
            assertThat(c[order.indexOf(ngo)]).as("the NGO row").isEqualTo(c[order.indexOf(withCedula)]);
        }
    }

    @Test
    void givenASecondBearerOfTheNameElsewhereInTheListsWhenMatchedThenTheEntriesStayNamesakesAndTheNgoRowJoinsNeither() {
        PersonRecord withCedula = Records.inList("amnistia", "María de Jesús Ponce Romero", "V-7676051");
        PersonRecord without = Records.inList("amnistia", "MARÍA DE JESÚS PONCE ROMERO", null);
        PersonRecord ngo = Records.inList("ngo", "Ponce Romero, María de Jesús", null);
        // a ruling shows a second María de Jesús Ponce Romero, with another cédula
        PersonRecord other = Records.inList("tribunales", "PONCE ROMERO, MARÍA DE JESÚS", "V-15303927");
        List<PersonRecord> records = new ArrayList<>(otherEntries());
        records.addAll(List.of(withCedula, without, ngo, other));
        for (List<PersonRecord> order : bothOrders(records)) {
            int[] c = clusters(order);
            assertThat(c[order.indexOf(without)]).as("the two entries").isNotEqualTo(c[order.indexOf(withCedula)]);
            assertThat(c[order.indexOf(ngo)]).as("the NGO row: which of them it is, nothing says")
                    .isNotIn(c[order.indexOf(withCedula)], c[order.indexOf(without)]);
        }
    }

    @Test
    void givenACommonTwoWordNameTwiceInTheCommuniqueWhenMatchedThenTheEntriesAreNotTakenForOnePerson() {
        PersonRecord withCedula = Records.inList("amnistia", "José Pérez", "V-7676051");
        PersonRecord without = Records.inList("amnistia", "JOSÉ PÉREZ", null);
        PersonRecord ngo = Records.inList("ngo", "Pérez, José", null);
        List<PersonRecord> records = new ArrayList<>(otherEntries());
        records.addAll(List.of(withCedula, without, ngo));
        for (List<PersonRecord> order : bothOrders(records)) {
            int[] c = clusters(order);
            assertThat(c[order.indexOf(without)]).isNotEqualTo(c[order.indexOf(withCedula)]);
        }
    }

    private static PersonRecord row(String name, String id, LocalDate detained, String place, String offence) {
        PersonRecord r = Records.inList("ngo", name, id);
        return new PersonRecord(r.origin(), r.name(), r.id(), r.rawId(), null, new Detention(detained, place, offence, null, null),
                Ruling.NONE, List.of(), Map.of(), null, null);
    }

    @Test
    void twoRowsWhoseDetentionsDifferInTwoWaysAreToldApartInEitherOrder() {
        // given trial 19's NGO rows: one Yaneisy arrested in Mayabeque on 1 September for "instigación", one in Santiago on 13 July for "sedición"
        PersonRecord a = row("Yaneisy Batista Pérez", "V-7308093", LocalDate.of(2021, 9, 1), "Mayabeque", "instigación a delinquir");
        PersonRecord b = row("Yaneisy Batista Pérez", null, LocalDate.of(2021, 7, 13), "Santiago de Cuba", "sedición");
        assertThat(ListedTwice.toldApart(a, b)).isTrue();
        assertThat(ListedTwice.toldApart(b, a)).isTrue();
    }

    @Test
    void oneSlipOrWhatOneRowLeavesOutDoesNotTellTwoRowsApart() {
        PersonRecord a = row("Yaneisy Batista Pérez", "V-7308093", LocalDate.of(2021, 9, 1), "Mayabeque", "sedición");
        PersonRecord dateSlip = row("Yaneisy Batista Pérez", null, LocalDate.of(2021, 9, 11), "MAYABEQUE", "Sedición y desacato");
        PersonRecord silent = row("Yaneisy Batista Pérez", null, null, "", "desacato");
        for (PersonRecord other : List.of(dateSlip, silent)) {
            assertThat(ListedTwice.toldApart(a, other)).isFalse();
            assertThat(ListedTwice.toldApart(other, a)).isFalse();
        }
    }
}
