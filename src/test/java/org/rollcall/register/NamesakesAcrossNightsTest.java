package org.rollcall.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rollcall.register.Namesakes.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.normalize.PersonRecord;

/**
 * Two namesakes without cédula (José Luis Pérez González, one born in 1970 and held in Zulia, one
 * born in 1992 and held in Lara) across nights of a list that re-sorts, gains, loses and corrects
 * rows: each keeps their id whatever the order. Each case in both orders.
 */
class NamesakesAcrossNightsTest {

    private static final String NAME = "José Luis Pérez González";
    private static final PersonRecord A = row(5, NAME, null, "M", LocalDate.of(1970, 3, 4), LocalDate.of(2024, 9, 1), "Zulia", "Terrorismo");
    private static final PersonRecord B = row(6, NAME, null, "M", LocalDate.of(1992, 8, 9), LocalDate.of(2024, 10, 5), "Lara", "Incitación al odio");

    @Test
    void aResortedSheetLeavesEachNamesakeTheirId() {
        for (boolean abFirst : new boolean[] {true, false}) {
            // given night 1 in one order
            Namesakes register = new Namesakes();
            List<String> first = abFirst ? register.night(A, B) : register.night(B, A);
            // when night 2 holds the same rows the other way round
            List<String> second = abFirst ? register.night(B, A) : register.night(A, B);
            // then each keeps their id, and nobody is new
            assertThat(second).containsExactly(first.get(1), first.get(0));
            assertThat(register.last.created()).isEmpty();
        }
    }

    @Test
    void aNamesakeAddedIsNewAndTheOneWhoWasThereKeepsTheirId() {
        for (boolean appended : new boolean[] {true, false}) {
            Namesakes register = new Namesakes();
            String a = register.night(A).get(0);
            List<String> second = appended ? register.night(A, B) : register.night(B, A);
            assertThat(second.get(appended ? 0 : 1)).isEqualTo(a);
            assertThat(register.last.created()).containsExactly(second.get(appended ? 1 : 0));
            assertThat(register.last.corrected()).isEmpty();
        }
    }

    @Test
    void aNamesakeRemovedLeavesTheOtherTheirId() {
        for (PersonRecord stays : new PersonRecord[] {A, B}) {
            Namesakes register = new Namesakes();
            List<String> first = register.night(A, B);
            String kept = register.night(stays).get(0);
            assertThat(kept).isEqualTo(first.get(stays == A ? 0 : 1));
            assertThat(register.last.created()).isEmpty();
        }
    }

    @Test
    void theLoneKeyOfOneWhoLeftIsNotTakenByTheNamesakeWhoStayed() {
        for (boolean aFirst : new boolean[] {true, false}) {
            // given A alone (the plain key), then A and B, then only B (the plain key again)
            PersonRecord one = aFirst ? A : B;
            PersonRecord other = aFirst ? B : A;
            Namesakes register = new Namesakes();
            String oneId = register.night(one).get(0);
            List<String> both = register.night(other, one);
            String otherId = both.get(0);
            // then the one who stayed keeps their own id, not the plain key's
            assertThat(register.night(other)).containsExactly(otherId);
            assertThat(otherId).isNotEqualTo(oneId);
            assertThat(both.get(1)).isEqualTo(oneId);
        }
    }

    @Test
    void aNamesakeWhoseBirthDateTypoIsFixedKeepsTheirId() {
        PersonRecord fixed = row(5, NAME, null, "M", LocalDate.of(1970, 3, 14), LocalDate.of(2024, 9, 1), "Zulia", "Terrorismo");
        for (boolean abFirst : new boolean[] {true, false}) {
            Namesakes register = new Namesakes();
            List<String> first = register.night(A, B);
            List<String> second = abFirst ? register.night(fixed, B) : register.night(B, fixed);
            assertThat(second).containsExactlyElementsOf(abFirst ? first : List.of(first.get(1), first.get(0)));
            assertThat(register.last.created()).isEmpty();
        }
    }

    @Test
    void aRegisterWrittenByTheOldNumberedKeysIsContinuedInItsOrderThenByTraits() {
        // given a register written before traits were kept: the namesakes keyed by the base and "#2", in the old run's order
        Namesakes register = new Namesakes();
        register.ids.putAll(Map.of("ngo|jose luis perez gonzalez|", "P000001", "ngo|jose luis perez gonzalez|#2", "P000002"));
        // when the first run of this version reads them in that order, then each keeps their id
        assertThat(register.night(A, B)).containsExactly("P000001", "P000002");
        // and from then on a re-sort changes nothing
        assertThat(register.night(B, A)).containsExactly("P000002", "P000001");
        assertThat(register.night(B)).containsExactly("P000002");
        assertThat(register.night(A)).containsExactly("P000001");
    }

    @Test
    void anotherPersonOfTheSameSurnamesIsNoCorrectionOfOneWhoLeft() {
        // given Daniel (born 1968, held in Zulia) on night 1; on night 2 he is gone and Daniela (born 2001, held in Lara) is there
        PersonRecord daniel = row(3, "Daniel Rojas Mendoza", null, "M", LocalDate.of(1968, 2, 3), LocalDate.of(2024, 8, 20), "Zulia", "Terrorismo");
        PersonRecord daniela = row(3, "Daniela Rojas Mendoza", null, "F", LocalDate.of(2001, 11, 12), LocalDate.of(2025, 9, 30), "Lara",
                "Incitación al odio");
        for (boolean danielFirst : new boolean[] {true, false}) {
            Namesakes register = new Namesakes();
            String before = register.night(danielFirst ? daniel : daniela).get(0);
            String after = register.night(danielFirst ? daniela : daniel).get(0);
            // then she is someone new, and he left
            assertThat(after).isNotEqualTo(before);
            assertThat(register.last.corrected()).isEmpty();
            assertThat(register.last.created()).containsExactly(after);
        }
    }

    @Test
    void aNameTypoFixedIsStillACorrection() {
        PersonRecord omira = row(2, "De León Arráiz Omira", null, "F", LocalDate.of(1980, 1, 2), LocalDate.of(2025, 3, 14), "Zulia", "Terrorismo");
        PersonRecord omaira = row(2, "De León Arráiz Omaira", null, "F", LocalDate.of(1980, 1, 2), LocalDate.of(2025, 3, 14), "Zulia", "Terrorismo");
        Namesakes register = new Namesakes();
        String before = register.night(omira).get(0);
        assertThat(register.night(omaira)).containsExactly(before);
        assertThat(register.last.corrected()).containsKey(before);
    }

    @Test
    void aRegisterWithoutTraitsPairsCorrectionsAsBefore() {
        // given Daniel stored before traits were kept: nothing tells the two apart, so the old rule holds (a one-off, documented)
        PersonRecord daniel = row(3, "Daniel Rojas Mendoza", null, "M", LocalDate.of(1968, 2, 3), LocalDate.of(2024, 8, 20), "Zulia", "Terrorismo");
        PersonRecord daniela = row(3, "Daniela Rojas Mendoza", null, "F", LocalDate.of(2001, 11, 12), LocalDate.of(2025, 9, 30), "Lara", "Odio");
        Namesakes register = new Namesakes();
        String before = register.night(daniel).get(0);
        register.writtenBeforeTraits();
        assertThat(register.night(daniela)).containsExactly(before);
    }
}
