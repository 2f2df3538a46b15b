package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;
import org.rollcall.text.Messages;

/** A row naming several people becomes one record per person, never one made-up person and never a loss. */
class SeveralPeopleInARowTest {

    @TempDir
    Path dir;

    private static final Messages EN = Messages.of("en");

    private static Map<Field, String> row(String name, String id) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.FULL_NAME, name);
        if (id != null) {
            values.put(Field.ID_NUMBER, id);
        }
        values.put(Field.CASE_NUMBER, "AP-9");
        return values;
    }

    private static List<String> names(String name, String id) {
        return SeveralPeople.of(row(name, id), EN).people().stream().map(p -> p.get(Field.FULL_NAME)).toList();
    }

    @Test
    void namesSeparatedBySemicolonWithoutCedulaAreTwoPeople() {
        assertThat(names("SALAS UGUETO, Nelson Rafael; BRICEÑO LARA, Carmen Teresa", null))
                .containsExactly("SALAS UGUETO, Nelson Rafael", "BRICEÑO LARA, Carmen Teresa");
    }

    @Test
    void twoSurnamesFirstNamesJoinedByYWithTwoCedulasArePairedInOrder() {
        // given a ruling on two defendants, names and cédulas each joined by "y"
        SeveralPeople.Split split = SeveralPeople.of(row("CASTRO MEJÍAS, Luis Alfonso y PAREDES ROA, Wilmer José",
                "V-15.432.101 y V-16.789.202"), EN);
        // then each name has its own cédula, and the other cells are copied
        assertThat(split.rejection()).isNull();
        assertThat(split.people()).extracting(p -> p.get(Field.FULL_NAME) + " " + p.get(Field.ID_NUMBER) + " " + p.get(Field.CASE_NUMBER))
                .containsExactly("CASTRO MEJÍAS, Luis Alfonso V-15.432.101 AP-9", "PAREDES ROA, Wilmer José V-16.789.202 AP-9");
    }

    @Test
    void aCompoundSurnameWithYIsOnePerson() {
        assertThat(names("ORTEGA Y GASSET, José", "V-12.345.678")).containsExactly("ORTEGA Y GASSET, José");
        assertThat(names("José Ortega y Gasset", null)).containsExactly("José Ortega y Gasset");
        assertThat(names("PÉREZ DE LA CRUZ, María de los Ángeles", null)).containsExactly("PÉREZ DE LA CRUZ, María de los Ángeles");
        assertThat(names("PÉREZ, María y José", null)).as("given names joined by y").containsExactly("PÉREZ, María y José");
    }

    @Test
    void aCompoundSurnameWithYBesideASecondPersonSplitsAtTheRightY() {
        assertThat(names("ORTEGA Y GASSET, José e IBARRA, Inés", null)).containsExactly("ORTEGA Y GASSET, José", "IBARRA, Inés");
    }

    @Test
    void givenFirstNamesJoinedByYSplitOnlyWhenTheCedulasCountThem() {
        assertThat(names("Juan Pérez y María Gómez", null)).as("without cédulas: could be one name").containsExactly("Juan Pérez y María Gómez");
        assertThat(names("Juan Pérez y María Gómez", "V-1234567 / V-7654321")).containsExactly("Juan Pérez", "María Gómez");
    }

    @Test
    void namesJoinedByAnEnglishAndArePartedWithOrWithoutCedulas() {
        assertThat(names("María Fernanda Gómez and Luis Alberto Tovar", null)).containsExactly("María Fernanda Gómez", "Luis Alberto Tovar");
        assertThat(names("Pedro José Aponte and Luis Alberto Tovar", "9876543; 15432101")).containsExactly("Pedro José Aponte", "Luis Alberto Tovar");
        assertThat(names("GOMEZ ROSA, María & TOVAR, Luis", null)).containsExactly("GOMEZ ROSA, María", "TOVAR, Luis");
        assertThat(names("María Gómez and family", null)).as("a note, not a name").containsExactly("María Gómez and family");
        assertThat(names("Alexander Sandoval", null)).as("'and' inside a word").containsExactly("Alexander Sandoval");
    }

    @Test
    void slashLineBreakAndSemicolonPartNamesButNotSC() {
        assertThat(names("Juan Pérez / María Gómez", "V-1234567 / V-7654321")).containsExactly("Juan Pérez", "María Gómez");
        assertThat(names("Juan Pérez / María Gómez", null)).as("given names first, no cédulas: could be a name and a note")
                .containsExactly("Juan Pérez / María Gómez");
        assertThat(names("PÉREZ, Juan\nGÓMEZ, María", null)).containsExactly("PÉREZ, Juan", "GÓMEZ, María");
        assertThat(names("WUILMER GIMENEZ S/C", null)).containsExactly("WUILMER GIMENEZ S/C");
        assertThat(names("PÉREZ GÓMEZ\nJuan Carlos", null)).as("a name broken over two lines of its cell").containsExactly("PÉREZ GÓMEZ\nJuan Carlos");
        assertThat(names("PÉREZ GÓMEZ,\nJuan", null)).containsExactly("PÉREZ GÓMEZ,\nJuan");
        assertThat(names("PÉREZ, Juan; alias El Gato", null)).containsExactly("PÉREZ, Juan; alias El Gato");
        assertThat(names("PÉREZ, Juan; menor de edad", null)).containsExactly("PÉREZ, Juan; menor de edad");
        assertThat(names("PÉREZ, Juan; Hermano De Luis", null)).as("a note in capitals, not written as the name is")
                .containsExactly("PÉREZ, Juan; Hermano De Luis");
    }

    @Test
    void aNameWrappedInItsCellOrFollowedByANoteInCapitalsIsOnePerson() {
        // the review's cases: each would have invented a person
        assertThat(names("Luis Alberto\nRamírez Soto", null)).containsExactly("Luis Alberto\nRamírez Soto");
        assertThat(names("María Fernanda Ríos; Sin Información", null)).containsExactly("María Fernanda Ríos; Sin Información");
        assertThat(names("Pedro Pablo Díaz / Policía Nacional", null)).containsExactly("Pedro Pablo Díaz / Policía Nacional");
        // and with its one cédula it is one person, not a rejected row
        assertThat(SeveralPeople.of(row("Carlos Eduardo Mora; Detenido En Tocorón", "V-12.345.678"), EN).people()).hasSize(1);
    }

    @Test
    void namesAndCedulasThatDoNotCountAlikeAreRejectedNamingBothCounts() {
        SeveralPeople.Split two = SeveralPeople.of(row("SALAS, Nelson; BRICEÑO, Carmen", "V-12.345.678"), EN);
        assertThat(two.people()).isEmpty();
        assertThat(two.rejection()).contains("names 2 people").contains("holds 1 cédula");
        SeveralPeople.Split three = SeveralPeople.of(row("SALAS, Nelson; BRICEÑO, Carmen; MORA, Ana", "V-1234567 y V-7654321"), EN);
        assertThat(three.rejection()).contains("names 3 people").contains("holds 2 cédula");
        SeveralPeople.Split oneName = SeveralPeople.of(row("SALAS UGUETO, Nelson Rafael", "V-1234567 y V-7654321"), EN);
        assertThat(oneName.rejection()).contains("2 cédulas");
    }

    @Test
    void aCourtRowNamingTwoDefendantsIsTwoRulingsCitingTheSameRowAndTheFileStillAddsUp() throws Exception {
        // given a rulings CSV whose second row names two defendants and whose third names two with one cédula
        Path file = dir.resolve("courts.csv");
        Files.writeString(file, """
                Expediente,Tribunal,Imputado,Cédula,Decisión
                AP-1,T1,"Pérez, José",V-12345678,Amnistía otorgada
                AP-2,T2,"SALAS UGUETO, Nelson Rafael; BRICEÑO LARA, Carmen Teresa",,Amnistía otorgada
                AP-3,T3,"CASTRO, Luis y PAREDES, Wilmer",V-15.432.101,Amnistía otorgada
                AP-2,T2,"MORA, Ana",V-7654321,Amnistía otorgada
                """, StandardCharsets.UTF_8);
        IngestSink sink = new IngestSink(Sources.courtsCsv(null, null));
        // when it is read
        new CsvReader().read(sink.source(), file, "courts.csv", sink);
        // then the row of two is two records with their own defendant lines, on the same row
        assertThat(sink.records()).extracting(r -> r.recordRef() + " " + r.row() + " " + r.value(Field.FULL_NAME)).containsExactly(
                "AP-1#1 2 Pérez, José", "AP-2#1 3 SALAS UGUETO, Nelson Rafael", "AP-2#2 3 BRICEÑO LARA, Carmen Teresa", "AP-2#3 5 MORA, Ana");
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(4);
            assertThat(r.reason()).contains("names 2 people").contains("1 cédula");
        });
        // and the file's rows add up: 5 read = 4 records - 1 sharing a row + 1 rejected + 1 header
        SourceAccount a = sink.account("courts.csv");
        assertThat(a.read()).isEqualTo(5);
        assertThat(a.records()).isEqualTo(4);
        assertThat(a.sharedRowRecords()).isEqualTo(1);
        assertThat(a.rejected()).isEqualTo(1);
        assertThat(a.balanced()).isTrue();
    }
}
