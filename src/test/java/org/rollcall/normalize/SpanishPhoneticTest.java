package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishPhoneticTest {

    @ParameterizedTest
    @CsvSource({"Yorbis,Jorbis", "Jhonny,Johnny", "González,Gonsales", "Velásquez,Velázquez", "Xiomara,Siomara",
            "Chacón,Chacon", "Hernández,Ernandez", "Vásquez,Basquez", "Quintero,Kintero", "Yelitza,Jelitza",
            "Gerardo,Jerardo", "Guillermo,Guiyermo", "Wilmer,Vilmer", "Mejías,Megías", "Philip,Filip", "Llovera,Yovera"})
    void spellingsThatSoundAlikeShareAKeyInBothOrders(String a, String b) {
        assertThat(SpanishPhonetic.key(a)).isEqualTo(SpanishPhonetic.key(b));
        assertThat(SpanishPhonetic.key(b)).isEqualTo(SpanishPhonetic.key(a));
    }

    @ParameterizedTest
    @CsvSource({"Pérez,Páez", "Rojas,Rosas", "Luis,Luisa", "Gómez,Gámez", "Castro,Castillo", "Guerra,Guerrero"})
    void differentNamesKeepDifferentKeys(String a, String b) {
        assertThat(SpanishPhonetic.key(a)).isNotEqualTo(SpanishPhonetic.key(b));
    }
}
