package org.rollcall.match;

import org.rollcall.domain.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.Field;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;

/** Each comparison's rules, one behaviour each, every one asserted in both argument orders (Duke's style). */
class ComparisonRulesTest {

    /** The level's label for two records, the same in both orders. */
    private static String level(Comparison c, PersonRecord x, PersonRecord y) {
        Object a = c.prepare(x);
        Object b = c.prepare(y);
        int ab = c.compare(a, b);
        assertThat(c.compare(b, a)).as("%s in the other order", c.name()).isEqualTo(ab);
        return c.labels().get(ab);
    }

    private static PersonRecord named(String name) {
        return Records.person(name, null);
    }

    private static PersonRecord field(Field f, String value) {
        return Records.withFields(Map.of(f, value));
    }

    private static final PersonNameComparison NAMES = new PersonNameComparison("name", MatchConfigs.aliases(List.of(List.of("Jhonny", "Jonny"))));

    @Test
    void aTypoInTheMiddleOfOneGivenNameIsNotADifferentName() {
        assertThat(level(NAMES, named("MANUEL PEREZ GONZALEZ"), named("PÉREZ, MAHUEL"))).isEqualTo("all agree (only 2 tokens)");
    }

    /** The level of two names read under one ID number, the same in both orders. */
    private static String levelUnderOneId(PersonRecord x, PersonRecord y) {
        Object a = NAMES.prepare(x);
        Object b = NAMES.prepare(y);
        int ab = NAMES.levelUnderOneId(a, b);
        assertThat(NAMES.levelUnderOneId(b, a)).as("in the other order").isEqualTo(ab);
        return NAMES.labels().get(ab);
    }

    @Test
    void aGivenNameMistypedBeyondTheTypoTestIsADifferentNameWithoutAnIdNumberButATypoUnderOne() {
        // JORÉ / JOSE: one letter of a four-letter word; JOSB / JOSE: its last letter (Jaro-Winkler 0.87 and 0.88)
        PersonRecord jore = named("VILLARREAL MARTÍNEZ, JORÉ LUIS");
        PersonRecord jose = named("JOSE VILLARREAL");
        assertThat(level(NAMES, jore, jose)).isEqualTo("different");
        assertThat(levelUnderOneId(jore, jose)).isEqualTo("all agree (only 2 tokens)");
        // written in one cell without a comma, the parser takes the unknown "jore" for a surname
        assertThat(levelUnderOneId(named("VILLARREAL MARTÍNEZ JORÉ LUIS"), jose)).isEqualTo("all agree (only 2 tokens)");
        PersonRecord josb = named("JOSB LUIS SANTOS GOMEZ");
        PersonRecord santos = named("SANTOS, JOSE");
        assertThat(level(NAMES, josb, santos)).isEqualTo("different");
        assertThat(levelUnderOneId(josb, santos)).isEqualTo("all agree (only 2 tokens)");
        // two letters of a longer given name
        assertThat(levelUnderOneId(named("Maribel Carolina Pérez Rojas"), named("PÉREZ ROJAS, MARIBEK CAROLUNA")))
                .isEqualTo("all agree, some by typo, sound or alias");
    }

    @Test
    void underOneIdNumberOnlyOneGivenNameMayBeMistypedAndTheSurnamesMustAgree() {
        // two given names mistyped, a surname mistyped beyond the typo test, a four-letter name two letters off
        assertThat(levelUnderOneId(named("Jore Lais Villarreal Martínez"), named("JOSE LUIS VILLARREAL MARTINEZ")))
                .isEqualTo("different");
        assertThat(levelUnderOneId(named("José Villarreal"), named("JOSÉ VILLAMIZAR"))).isEqualTo("different");
        assertThat(levelUnderOneId(named("Joel Villarreal"), named("JOSÉ VILLARREAL"))).isEqualTo("different");
        // a given name alone has no surname to agree
        assertThat(levelUnderOneId(named("JORE"), named("JOSE"))).isEqualTo("different");
    }

    @Test
    void aNameWrittenSurnamesFirstWithoutACommaAgreesInOrder() {
        // "keiber" is in no lexicon, so the parser cannot tell which end holds the given names
        assertThat(level(NAMES, named("ALFARO HERNÁNDEZ KEIBER MARTÍN"), named("Keiber Martín Alfaro Hernández")))
                .isEqualTo("all tokens equal (3 or more)");
    }

    @Test
    void anInitialYThatBeginsTheNameAgreesWithTheGivenNameItAbbreviates() {
        assertThat(level(NAMES, named("Y. Alberto Márquez Gutiérrez"), named("Yorman Alberto Márquez Gutiérrez"))).isEqualTo("all agree, one by an initial");
        assertThat(level(NAMES, named("Márquez Gutiérrez, Yorman Alberto"), named("Y. Alberto Márquez Gutiérrez"))).isEqualTo("all agree, one by an initial");
    }

    @Test
    void anInitialWithEveryOtherTokenEqualIsItsOwnLevelApartFromAnInitialWithATypoInBothArgumentOrders() {
        PersonRecord initial = named("H. ALEJANDRO VÁZQUEZ HERNÁNDEZ");
        PersonRecord full = named("Vázquez Hernández, Humberto Alejandro");
        PersonRecord typo = named("Humberto Alejandro Vásques Hernándes");
        assertThat(level(NAMES, initial, full)).isEqualTo("all agree, one by an initial");
        assertThat(level(NAMES, full, initial)).isEqualTo("all agree, one by an initial");
        assertThat(level(NAMES, initial, named("Humberto Alejandro Vázquez Hernandes"))).isEqualTo("all agree, by initials and other spellings");
        assertThat(level(NAMES, named("Humberto Alejandro Vázquez Hernandes"), initial)).isEqualTo("all agree, by initials and other spellings");
        assertThat(level(NAMES, named("H. A. Vázquez Hernández"), full)).isEqualTo("all agree, by initials and other spellings");
        assertThat(level(NAMES, full, named("H. A. Vázquez Hernández"))).isEqualTo("all agree, by initials and other spellings");
        assertThat(level(NAMES, typo, full)).isEqualTo("all agree, some by typo, sound or alias");
    }

    @Test
    void aMarriedNameAgreesWithTheMaidenNameAsANameWithASurnameMissingInBothArgumentOrders() {
        // "de Silva" is the husband's surname; the married name leaves out her maternal surname
        PersonRecord married = named("CASTILLO DE SILVA, GRACIELA");
        PersonRecord maiden = named("GRACIELA CASTILLO CAMPOS");
        assertThat(level(NAMES, married, maiden)).isEqualTo("all agree (only 2 tokens)");
        assertThat(level(NAMES, maiden, married)).isEqualTo("all agree (only 2 tokens)");
        PersonRecord longer = Records.person(PersonName.of("Sofía Victoria", "Castillo de Peña"), null);
        PersonRecord own = named("Sofía Victoria Castillo Mora");
        assertThat(level(NAMES, longer, own)).isEqualTo("all tokens of the shorter name equal, the longer has more (a missing surname)");
        assertThat(level(NAMES, own, longer)).isEqualTo("all tokens of the shorter name equal, the longer has more (a missing surname)");
        // read without "de Jesús" the names are equal, yet one of them has a surname more as written
        PersonRecord compound = named("GÓMEZ DE JESÚS, JUAN CARLOS");
        PersonRecord shorter = named("Juan Carlos Gómez");
        assertThat(level(NAMES, compound, shorter)).isEqualTo("all tokens of the shorter name equal, the longer has more (a missing surname)");
        assertThat(level(NAMES, shorter, compound)).isEqualTo("all tokens of the shorter name equal, the longer has more (a missing surname)");
    }

    @Test
    void compoundSurnamesWithDeLaOrAtTheStartAreNotMarriedNames() {
        assertThat(PersonName.of("Reyna", "Hurtado de la Rosa").married()).isEmpty();
        assertThat(PersonName.of("Juan Carlos", "De Armas Vega").married()).isEmpty();
        assertThat(PersonName.of("Graciela", "Castillo de Silva").married()).containsExactly("silva");
        assertThat(PersonName.parse("HURTADO DE LA ROSA, REYNA").married()).isEmpty();
        assertThat(level(NAMES, named("HURTADO DE LA ROSA, REYNA"), named("Reyna Hurtado Hernández"))).isEqualTo("all but one agree");
        assertThat(level(NAMES, named("Reyna Hurtado Hernández"), named("HURTADO DE LA ROSA, REYNA"))).isEqualTo("all but one agree");
    }

    @Test
    void swappedSurnamesAfterTheSameGivenNameStayOutOfOrder() {
        assertThat(level(NAMES, named("José Pérez González"), named("José González Pérez"))).isEqualTo("all agree, out of order");
    }

    @Test
    void anAliasAgreesLikeTheSameName() {
        assertThat(level(NAMES, named("Jhonny Barrios Cordero"), named("BARRIOS CORDERO, JONNY"))).isEqualTo("all agree, some by typo, sound or alias");
    }

    @Test
    void aHigherTypoThresholdFromTheJobFileMakesATypoDifferent() {
        PersonNameComparison strict = new PersonNameComparison("name", Map.of(), new Thresholds(0.99, 0.80));
        assertThat(level(NAMES, named("Daniel Espinoza Rojas"), named("Danied Espinoza Rojas"))).isEqualTo("all agree, some by typo, sound or alias");
        assertThat(level(strict, named("Daniel Espinoza Rojas"), named("Danied Espinoza Rojas"))).isEqualTo("first names differ, the rest agree");
    }

    @Test
    void cedulasOneTypoApartAreALevelAtARisk() {
        IdComparison ids = new IdComparison("cedula");
        String label = level(ids, Records.person("Ana Pérez", "V-12345678"), Records.person("Ana Pérez", "V-12345687"));
        assertThat(label).isEqualTo("one typo");
        assertThat(ids.levels().get(IdComparison.ONE_TYPO).atRisk()).as("whatever the comparison is named").isTrue();
        assertThat(ids.levels().get(IdComparison.EQUAL).atRisk()).isFalse();
    }

    @Test
    void detentionDatesWithDayAndMonthSwappedAreOneSlip() {
        DateComparison dates = new DateComparison("detention-date", Field.DETENTION_DATE);
        PersonRecord a = Records.person("Ana Pérez", null, null, LocalDate.of(2024, 8, 3), Map.of());
        PersonRecord b = Records.person("Ana Pérez", null, null, LocalDate.of(2024, 3, 8), Map.of());
        PersonRecord c = Records.person("Ana Pérez", null, null, LocalDate.of(2024, 11, 20), Map.of());
        assertThat(level(dates, a, b)).isEqualTo("one slip");
        assertThat(level(dates, a, c)).isEqualTo("same year");
    }

    @Test
    void placesAgreeAfterFoldingAndByTypo() {
        TextComparison places = new TextComparison("place", Field.PLACE, true);
        assertThat(level(places, field(Field.PLACE, "Rodeo I"), field(Field.PLACE, "RODEO I"))).isEqualTo("equal");
        assertThat(level(places, field(Field.PLACE, "Zulia"), field(Field.PLACE, "Táchira"))).isEqualTo("different");
    }

    @Test
    void textThresholdsComeFromTheJobFile() {
        TextComparison loose = new TextComparison("place", Field.PLACE, false, new Thresholds(0.95, 0.50));
        assertThat(loose.labels()).contains("typo (Jaro-Winkler >= 0.95)", "similar (Jaro-Winkler >= 0.50)");
    }

    @Test
    void offencesAreComparedAsWordSetsInAnyOrder() {
        TokenSetComparison offences = new TokenSetComparison("offence", Field.OFFENCE, true);
        PersonRecord a = field(Field.OFFENCE, "Terrorismo, asociación para delinquir");
        PersonRecord b = field(Field.OFFENCE, "ASOCIACION PARA DELINQUIR Y TERRORISMO");
        PersonRecord c = field(Field.OFFENCE, "Terrorismo");
        PersonRecord d = field(Field.OFFENCE, "Terrorismo, traición a la patria");
        PersonRecord e = field(Field.OFFENCE, "Instigación al odio");
        assertThat(level(offences, a, b)).isEqualTo("same words");
        assertThat(level(offences, a, c)).isEqualTo("the words of one within the other's");
        assertThat(level(offences, a, d)).isEqualTo("some words shared");
        assertThat(level(offences, a, e)).isEqualTo("no word shared");
    }

    @Test
    void sharedRareOffenceWordsAreTheValuesWhoseFrequencyCounts() {
        TokenSetComparison offences = new TokenSetComparison("offence", Field.OFFENCE, true);
        Object a = offences.prepare(field(Field.OFFENCE, "Terrorismo, traición a la patria"));
        Object b = offences.prepare(field(Field.OFFENCE, "traición a la patria"));
        assertThat(offences.frequencyValues(a, b, offences.compare(a, b))).containsExactly("patria", "traicion");
        assertThat(offences.frequencyValues(b, a, offences.compare(b, a))).containsExactly("patria", "traicion");
    }

    @Test
    void anEmptyFieldIsNoLevel() {
        assertThat(new TokenSetComparison("offence", Field.OFFENCE, true).prepare(field(Field.OFFENCE, "y de la"))).isNull();
        assertThat(new TextComparison("place", Field.PLACE, true).prepare(field(Field.PLACE, " "))).isNull();
    }

    @Test
    void thresholdsOutOfOrderAreAProblemNamingTheKey() {
        List<Problem> problems = new ArrayList<>();
        Thresholds.from("matching.comparisons.name", Map.of("typo", 0.7, "similar", 0.9), problems);
        Thresholds.from("matching.comparisons.name", Map.of("typos", 0.95), problems);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).toString()).contains("matching.comparisons.name.thresholds", "similar 0.9 is above typo 0.7");
        assertThat(problems.get(1).toString()).contains("thresholds.typos", "use typo and similar");
    }

    @Test
    void joinedTokenOrderIsStringOrderOfTheJoinedNames() {
        List<List<String>> names = List.of(List.of("ana", "perez"), List.of("ana", "perez", "gil"), List.of("an", "aperez"),
                List.of("ana"), List.of("anab"), List.of("ana", "b"), List.of("jose", "luis"), List.of("jose", "luis"));
        for (List<String> a : names) {
            for (List<String> b : names) {
                assertThat(Integer.signum(TokenOrder.compareJoined(a, b))).as(a + " vs " + b)
                        .isEqualTo(Integer.signum(String.join(" ", a).compareTo(String.join(" ", b))));
            }
        }
    }
}
