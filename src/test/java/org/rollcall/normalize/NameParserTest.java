package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', value = {
            "PEREZ GONZALEZ LEON;LEON PEREZ GONZALEZ",
            "LEON PEREZ GONZALEZ;PEREZ GONZALEZ LEON",
            "FLORES VALLE JESUS;JESUS FLORES VALLE",
            "JESUS FLORES VALLE;FLORES VALLE JESUS"})
    void givenNameThatIsAlsoASurnameIsReadFromWhereItIsWritten(String a, String b) {
        // given one name written surnames-first without a comma and given-first, in either order
        NameParser.Parts x = parser.parse(a);
        NameParser.Parts y = parser.parse(b);

        // then both read as the same given name and the same two surnames
        assertThat(x.given()).isEqualTo(y.given());
        assertThat(List.of(x.paternal(), x.maternal())).isEqualTo(List.of(y.paternal(), y.maternal()));
        assertThat(x.maternal()).isNotEmpty();
    }

    @Test
    void surnamesFirstWithoutACommaKeepsTheLastWordAsTheGivenName() {
        assertThat(parser.parse("PEREZ GONZALEZ LEON")).isEqualTo(new NameParser.Parts("leon", "perez", "gonzalez", "", false));
        assertThat(parser.parse("LEON PEREZ GONZALEZ")).isEqualTo(new NameParser.Parts("leon", "perez", "gonzalez", "", false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"BARRIOS CORDERO JONNY;Jonny Barrios Cordero", "Jonny Barrios Cordero;BARRIOS CORDERO JONNY"})
    void aliasOfAKnownGivenNameIsAGivenName(String a, String b) {
        // given the job file's alias group Jhonny ~ Jonny ~ Johnny, "jhonny" being a known given name
        NameParser taught = new NameParser(GivenNames.standard().withAliases(List.of(List.of("Jhonny", "Jonny", "Johnny"))));

        // when the alias is written after the surnames, without a comma, or before them
        // then it is the given name, in both written orders
        assertThat(taught.parse(a)).isEqualTo(new NameParser.Parts("jonny", "barrios", "cordero", "", false));
        assertThat(taught.parse(b)).isEqualTo(new NameParser.Parts("jonny", "barrios", "cordero", "", false));
    }

    @Test
    void aliasGroupWithNoKnownGivenNameTeachesNothing() {
        GivenNames names = GivenNames.standard().withAliases(List.of(List.of("Zorbux", "Xorbux")));

        assertThat(names.contains("zorbux")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"ZAMBRANO QUERALES DEIVERSON;Deiverson Zambrano Querales",
            "Deiverson Zambrano Querales;ZAMBRANO QUERALES DEIVERSON"})
    void givenNameTaughtByTheJobsGivenNamesColumnIsAGivenName(String a, String b) {
        // given a coined given name that no lexicon has, written in some source's given-names column
        assertThat(GivenNames.standard().contains("deiverson")).isFalse();
        NameParser taught = new NameParser(GivenNames.of(GivenNames.standard().lexicon(), Set.of("Deiverson")));

        // when a one-cell name without a comma has it at either end
        // then it is read as the given name
        assertThat(taught.parse(a)).isEqualTo(new NameParser.Parts("deiverson", "zambrano", "querales", "", false));
        assertThat(taught.parse(b)).isEqualTo(new NameParser.Parts("deiverson", "zambrano", "querales", "", false));
    }

    @Test
    void lexiconIsBroadAndHasNoCommonSurname() {
        List<String> lexicon = GivenNames.standard().lexicon();

        assertThat(lexicon.size()).isGreaterThan(3000);
        assertThat(lexicon).contains("jose", "maria", "gregorio", "xiomara", "wilmer", "leon", "salvador", "tomas", "jesus");
        assertThat(lexicon).doesNotContain("perez", "gonzalez", "rodriguez", "garcia", "martinez", "lopez", "hernandez",
                "sanchez", "ramirez", "torres", "ramos", "castillo", "rivera", "gomez", "diaz", "morales", "cordero", "barrios", "zambrano",
                "de", "del", "la", "los");
    }
}
