package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameParserTest {

    private final NameParser parser = NameParser.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "PEREZ GONZALEZ, JOSE GREGORIO;jose gregorio;perez;gonzalez;",
            "José Gregorio Pérez González;jose gregorio;perez;gonzalez;",
            "PEREZ GONZALEZ JOSE GREGORIO;jose gregorio;perez;gonzalez;",
            "María de los Ángeles Rodríguez Salas;maria de los angeles;rodriguez;salas;",
            "María Rodríguez de Pérez;maria;rodriguez;;perez",
            "Pedro de la Fuente Martínez;pedro;de la fuente;martinez;",
            "José de la Cruz Martínez Salas;jose de la cruz;martinez;salas;",
            "Rodríguez de Pérez, María Elena;maria elena;rodriguez;;perez",
            "J. Gregorio Pérez;j gregorio;perez;;",
            "Yorbis Zambrano;yorbis;zambrano;;",
            "Quintero Salas, Wilmer;wilmer;quintero;salas;"})
    void splitsGivenNamesPaternalMaternalAndMarriedSurnames(String written, String given, String paternal, String maternal, String married) {
        NameParser.Parts p = parser.parse(written);
        assertThat(p.given()).isEqualTo(given);
        assertThat(p.paternal()).isEqualTo(paternal);
        assertThat(p.maternal()).isEqualTo(maternal == null ? "" : maternal);
        assertThat(p.married()).isEqualTo(married == null ? "" : married);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Ana María Salas Rivas;Salas Rivas, Ana María", "JOSE PEREZ;Pérez, José"})
    void bothWrittenOrdersGiveTheSameParts(String a, String b) {
        NameParser.Parts x = parser.parse(a);
        NameParser.Parts y = parser.parse(b);
        assertThat(x.given()).isEqualTo(y.given());
        assertThat(x.paternal()).isEqualTo(y.paternal());
        assertThat(x.maternal()).isEqualTo(y.maternal());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"PEREZ GONZALEZ, JOSE GREGORIO;PEREZ GONZALEZ, jose gregorio",
            "María Rodríguez de Pérez;RODRIGUEZ DE PEREZ, maria"})
    void displaysSurnamesFirst(String written, String display) {
        assertThat(parser.parse(written).display()).isEqualTo(display);
    }
}
