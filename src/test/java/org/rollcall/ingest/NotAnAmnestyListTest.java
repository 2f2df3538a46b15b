package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;

/**
 * A communiqué that names, besides the amnestied, people given something that is not an amnesty
 * (house arrest "sin que constituya amnistía", people who "no fueron beneficiados"): those names
 * are records of kind other-measure — people named, not listed as amnestied — with one problem
 * quoting the sentence; the figure in that sentence is not announced.
 */
class NotAnAmnestyListTest {

    @TempDir
    Path dir;

    private IngestSink read(String text) throws Exception {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, text);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), file, "c.txt", sink);
        return sink;
    }

    private static final String TWO_LISTS = """
            El Ejecutivo Nacional otorga el beneficio de amnistía a TRES (3) ciudadanos.

            Lista de beneficiarios:

            1. ANA PÉREZ ROJAS, C.I. V-10.000.001
            2. LUIS MORA DÍAZ, C.I. V-10.000.002
            3. JUAN RÍOS PAZ, C.I. V-10.000.003

            Asimismo, se acordó medida cautelar sustitutiva de arresto domiciliario, sin que ello constituya amnistía, a DOS (2) ciudadanos:

            1. PEDRO SOTO VERA, C.I. V-10.000.004
            2. ROSA LEÓN GIL, C.I. V-10.000.005
            """;

    @Test
    void namesUnderASentenceDenyingTheAmnestyAreRecordsOfAnotherMeasureNotOfTheAmnesty() throws Exception {
        IngestSink sink = read(TWO_LISTS);

        assertThat(sink.records()).filteredOn(r -> r.kind() == SourceKind.ANNOUNCEMENT).extracting(r -> r.value(Field.FULL_NAME))
                .containsExactly("ANA PÉREZ ROJAS", "LUIS MORA DÍAZ", "JUAN RÍOS PAZ");
        assertThat(sink.records()).filteredOn(r -> r.kind() == SourceKind.OTHER_MEASURE).extracting(r -> r.value(Field.FULL_NAME))
                .containsExactly("PEDRO SOTO VERA", "ROSA LEÓN GIL");
        assertThat(sink.accounts()).singleElement().satisfies(a -> {
            assertThat(a.records()).isEqualTo(5);
            assertThat(a.read()).isEqualTo(a.records() + a.rejected() + a.ignored().values().stream().mapToInt(Integer::intValue).sum());
        });
        assertThat(sink.fieldProblems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("c.txt, lines 11–12");
            assertThat(p.message()).contains("2 names").contains("sin que ello constituya amnistía");
        });
    }

    @Test
    void theFigureOfTheDenyingSentenceIsNotTheAnnouncedFigure() throws Exception {
        IngestSink sink = read(TWO_LISTS);

        assertThat(sink.claims()).filteredOn(c -> c.subject().equals("amnestied")).singleElement()
                .satisfies(c -> {
                    assertThat(c.value()).isEqualTo(3);
                    assertThat(c.problem()).isNull();
                });
        assertThat(sink.claims()).filteredOn(c -> c.value() == 2).singleElement()
                .satisfies(c -> assertThat(c.subject()).isEqualTo(ClaimExtractor.NOT_AMNESTIED));
    }

    @Test
    void aListNumberedAnewUnderAHeadingKeepsTheVerdictOfTheListAbove() throws Exception {
        IngestSink sink = read("""
                Se otorga amnistía a las siguientes personas:

                1. ANA PÉREZ ROJAS, C.I. V-10.000.001
                2. LUIS MORA DÍAZ, C.I. V-10.000.002

                Las siguientes personas no fueron beneficiadas por la ley de amnistía:

                Estado Lara
                1. PEDRO SOTO VERA, C.I. V-10.000.004
                2. ROSA LEÓN GIL, C.I. V-10.000.005
                Estado Falcón
                1. JUAN RÍOS PAZ, C.I. V-10.000.003
                2. EVA SOSA LUGO, C.I. V-10.000.006
                """);

        assertThat(sink.records()).filteredOn(r -> r.kind() == SourceKind.ANNOUNCEMENT).extracting(r -> r.value(Field.FULL_NAME))
                .containsExactly("ANA PÉREZ ROJAS", "LUIS MORA DÍAZ");
        assertThat(sink.records()).filteredOn(r -> r.kind() == SourceKind.OTHER_MEASURE).hasSize(4);
    }

    @Test
    void headingsUnderTheAmnestyStayTheAmnestys() throws Exception {
        IngestSink sink = read("""
                Se otorga amnistía a CUATRO (4) ciudadanos, que deberán cumplir régimen de presentación.

                Estado Lara
                1. ANA PÉREZ ROJAS, C.I. V-10.000.001
                2. LUIS MORA DÍAZ, C.I. V-10.000.002
                Estado Falcón
                1. JUAN RÍOS PAZ, C.I. V-10.000.003
                2. EVA SOSA LUGO, C.I. V-10.000.006
                """);

        assertThat(sink.records()).hasSize(4).allMatch(r -> r.kind() == SourceKind.ANNOUNCEMENT);
        assertThat(sink.fieldProblems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Asimismo, se acordó medida cautelar, sin que ello constituya amnistía, a los siguientes ciudadanos:",
            "Esta medida no constituye una amnistía. Se benefician:",
            "Las siguientes personas no fueron beneficiadas:",
            "Quedan excluidos de la amnistía, por los delitos que se les imputan:",
            "Se les negó la amnistía a:",
            "No han sido incluidos en la Ley de Amnistía:",
            "Continúan privados de libertad:",
            "Se acordó arresto domiciliario a:",
            "The following people were not granted:",
            "Los siguientes no amnistiados:"})
    void sentencesThatSayTheListIsNotAnAmnesty(String introduction) {
        assertThat(ListIntroduction.decide(introduction)).isNotNull().isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Se otorga el beneficio de amnistía a las siguientes personas:",
            "Se otorga amnistía a los siguientes ciudadanos, que no han sido beneficiados antes:",
            "Se otorga amnistía; los beneficiarios cumplirán régimen de presentación. Lista de beneficiarios:",
            "Amnistiados, con medida cautelar levantada:",
            "The following were granted amnesty:"})
    void sentencesThatSayTheListIsTheAmnesty(String introduction) {
        assertThat(ListIntroduction.decide(introduction)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lista de beneficiarios:", "Estado Lara", "", "Los demás serán notificados. Caracas, 1 de noviembre."})
    void sentencesThatSayNothingLeaveTheListAsTheOneAbove(String introduction) {
        assertThat(ListIntroduction.decide(introduction)).isNull();
        assertThat(ListIntroduction.notAnAmnesty(List.of(introduction, "1. ANA PÉREZ, C.I. V-10.000.001"), List.<int[]>of(new int[] {1, 1, 1})))
                .containsExactly((String) null);
    }
}
