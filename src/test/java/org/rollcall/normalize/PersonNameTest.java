package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void commaPutsSurnamesFirst() {
        PersonName n = PersonName.parse("PEREZ GONZALEZ, JOSE GREGORIO");
        assertThat(n.given()).containsExactly("jose", "gregorio");
        assertThat(n.surnames()).containsExactly("perez", "gonzalez");
        assertThat(n.tokens()).containsExactly("jose", "gregorio", "perez", "gonzalez");
    }

    @Test
    void withoutCommaTheGivenNamesAreRecognisedAndPutFirst() {
        PersonName n = PersonName.parse("PEREZ GONZALEZ JOSE GREGORIO");
        assertThat(n.orderKnown()).isFalse();
        assertThat(n.given()).containsExactly("jose", "gregorio");
        assertThat(n.surnames()).containsExactly("perez", "gonzalez");
        assertThat(n.tokens()).containsExactly("jose", "gregorio", "perez", "gonzalez");
        assertThat(PersonName.parse("José Gregorio Pérez González").tokens()).isEqualTo(n.tokens());
    }

    @Test
    void marriedSurnameComesLast() {
        PersonName n = PersonName.parse("María Rodríguez de Pérez");
        assertThat(n.given()).containsExactly("maria");
        assertThat(n.surnames()).containsExactly("rodriguez", "perez");
    }

    @Test
    void accentsCaseAndStraySpacesFoldAway() {
        assertThat(PersonName.parse("  MUÑOZ   ,  maría  ").tokens()).isEqualTo(PersonName.parse("Munoz, Maria").tokens());
    }

    @Test
    void givenAYOrEThatBeginsTheNameWhenParsedThenItIsAnInitialNotAConjunction() {
        assertThat(PersonName.parse("Y. Alberto Márquez Gutiérrez").tokens()).containsExactly("y", "alberto", "marquez", "gutierrez");
        assertThat(PersonName.parse("MÁRQUEZ GUTIÉRREZ, Y. ALBERTO").tokens()).containsExactly("y", "alberto", "marquez", "gutierrez");
        assertThat(PersonName.of("E. Ramón", "Ortega y Gasset").tokens()).containsExactly("e", "ramon", "ortega", "gasset");
    }

    @Test
    void particlesAreDropped() {
        assertThat(PersonName.parse("María de los Ángeles Rodríguez de Pérez").tokens())
                .containsExactly("maria", "angeles", "rodriguez", "perez");
    }

    @Test
    void initialsAreKeptAsSingleLetters() {
        assertThat(PersonName.parse("J. Gregorio Pérez").tokens()).containsExactly("j", "gregorio", "perez");
    }

    @Test
    void separateColumnsGiveAKnownOrder() {
        PersonName n = PersonName.of("José Gregorio", "Pérez González");
        assertThat(n.given()).containsExactly("jose", "gregorio");
        assertThat(n.surnames()).containsExactly("perez", "gonzalez");
        assertThat(n.display()).isEqualTo("José Gregorio Pérez González");
    }

    @Test
    void blankNameIsEmpty() {
        assertThat(PersonName.parse("  , ").isEmpty()).isTrue();
        assertThat(PersonName.parse(null).isEmpty()).isTrue();
    }
}
