package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void aMeasuresHeadingSetAgainstAHeadingNamingTheAmnestyIsNotTheAmnestysInEitherOrder() throws Exception {
        String amnesty = """
                Amnistiados:
                1. ANA PÉREZ ROJAS, C.I. V-10.000.001
                2. LUIS MORA DÍAZ, C.I. V-10.000.002
                """;
        String measure = """
                Con medida cautelar
                1. PEDRO SOTO VERA, C.I. V-10.000.004
                2. ROSA LEÓN GIL, C.I. V-10.000.005
                3. JUAN RÍOS PAZ, C.I. V-10.000.003
                """;
        String opening = "Se otorgó amnistía a DOS (2) ciudadanos, y medida cautelar, sin que ello constituya amnistía, a TRES (3), según las listas siguientes:\n";

        for (String text : List.of(opening + amnesty + measure, opening + measure.replace("cautelar", "cautelar:") + amnesty)) {
            IngestSink sink = read(text);

            assertThat(sink.records()).filteredOn(r -> r.kind() == SourceKind.ANNOUNCEMENT).extracting(r -> r.value(Field.FULL_NAME))
                    .containsExactly("ANA PÉREZ ROJAS", "LUIS MORA DÍAZ");
            assertThat(sink.records()).filteredOn(r -> r.kind() == SourceKind.OTHER_MEASURE).hasSize(3);
        }
    }

    @Test
    void theAmnestysPeopleGroupedByTheirFormerMeasureStayTheAmnestys() throws Exception {
        IngestSink sink = read("""
                Se otorga amnistía a los siguientes CINCO (5) ciudadanos:
                Privados de libertad:
                1. ANA PÉREZ ROJAS, C.I. V-10.000.001
                2. LUIS MORA DÍAZ, C.I. V-10.000.002
                Con medida cautelar de arresto domiciliario:
                1. PEDRO SOTO VERA, C.I. V-10.000.004
                2. ROSA LEÓN GIL, C.I. V-10.000.005
                3. JUAN RÍOS PAZ, C.I. V-10.000.003
                """);

        assertThat(sink.records()).hasSize(5).allMatch(r -> r.kind() == SourceKind.ANNOUNCEMENT);
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

    @Test
    void oneSentenceGrantingSomeAndDenyingOthersGivesEachFigureWhatWasSaidLastBeforeIt() throws Exception {
        IngestSink sink = read("""
                El Ejecutivo informa que se otorgó amnistía a CUATRO (4) ciudadanos, y medida cautelar, sin que ello constituya amnistía, a TRES (3) ciudadanos.
                """);
        assertThat(sink.claims()).extracting(Claim::subject, Claim::value)
                .containsExactly(tuple("amnestied", 4L), tuple(ClaimExtractor.NOT_AMNESTIED, 3L));
    }

    @Test
    void aLetterheadRepeatedOnEveryPageIsNoIntroductionEvenWithoutPageMarks() throws Exception {
        IngestSink sink = read("""
                MINISTERIO — COMUNICADO SOBRE LA LEY DE AMNISTÍA
                Se otorga el beneficio de amnistía a DOS (2) ciudadanos:
                1. ANA PÉREZ ROJAS, C.I. V-10.000.001
                2. LUIS MORA DÍAZ, C.I. V-10.000.002

                Asimismo, se acordó medida cautelar sustitutiva, sin que ello constituya amnistía, a TRES (3) ciudadanos:
                Estado Miranda
                1. PEDRO SOTO VERA, C.I. V-10.000.004
                Página 1 de 2
                MINISTERIO — COMUNICADO SOBRE LA LEY DE AMNISTÍA
                Estado Lara
                1. ROSA LEÓN GIL, C.I. V-10.000.005
                2. EVA SOSA LUGO, C.I. V-10.000.006
                """);
        assertThat(sink.records()).filteredOn(r -> r.kind() == SourceKind.ANNOUNCEMENT).hasSize(2);
        assertThat(sink.records()).filteredOn(r -> r.kind() == SourceKind.OTHER_MEASURE).hasSize(3);
    }

    @Test
    void aPersonListsHeadingIsItsOwnBusinessNotAnAnnouncementsVerdict() throws Exception {
        Path file = dir.resolve("arresto.txt");
        Files.writeString(file, "Personas bajo arresto domiciliario, sin que constituya amnistía:\n1. ANA PÉREZ ROJAS, C.I. V-10.000.001\n2. LUIS MORA DÍAZ\n");
        IngestSink sink = new IngestSink(Sources.personList());
        new CommuniqueReader().read(sink.source(), file, "arresto.txt", sink);
        assertThat(sink.records()).hasSize(2).allMatch(r -> r.kind() == SourceKind.PERSON_LIST);
        assertThat(sink.fieldProblems()).isEmpty();
    }

    /** Introductions of lists that are not the amnesty's: a reviewer's corpus and the trials' communiqués. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Esta medida no constituye una amnistía. Se benefician:",
            "Las siguientes personas no fueron beneficiadas:",
            "Se les negó la amnistía a:",
            "No han sido incluidos en la Ley de Amnistía:",
            "Continúan privados de libertad:",
            "Se acordó arresto domiciliario a:",
            "The following people were not granted:",
            "Los siguientes no amnistiados:",
            "Asimismo, se informa que a las siguientes 10 personas se les otorgó la medida de arresto domiciliario, sin que ello constituya amnistía:",
            "Asimismo, se acordó medida cautelar sustitutiva, sin que ello constituya amnistía, a TRES (3) ciudadanos:",
            "Los siguientes ciudadanos no califican para la amnistía:",
            "Las siguientes personas no se benefician de la amnistía:",
            "A los siguientes ciudadanos no se les concedió la amnistía:",
            "A los siguientes ciudadanos no se les otorgó la amnistía, por estar incursos en delitos de homicidio:",
            "Los siguientes ciudadanos permanecen detenidos, al no estar comprendidos en la Ley de Amnistía:",
            "Continúan privados de libertad, por no cumplir los requisitos de la Ley de Amnistía, los siguientes ciudadanos:",
            "Se mantiene la privación de libertad de los siguientes ciudadanos, cuya solicitud de amnistía fue declarada sin lugar:",
            "No procede la amnistía para los siguientes ciudadanos:",
            "La amnistía no alcanza a los siguientes ciudadanos:",
            "Asimismo, TRES (3) ciudadanos fueron beneficiados con medida cautelar de arresto domiciliario. Sus nombres son:",
            "Asimismo, se acordó medida cautelar de arresto domiciliario a TRES (3) ciudadanos. La lista es la siguiente:",
            "Asimismo, DIEZ (10) personas fueron beneficiadas con régimen de presentación periódica:",
            "Las siguientes DIEZ (10) personas no fueron beneficiadas:",
            "Asimismo, se acordó libertad condicional a TRES (3) ciudadanos:",
            "Quedan excluidos de la amnistía los siguientes TRES (3) ciudadanos:",
            "Están excluidos de la amnistía:",
            "Se declaró improcedente la solicitud de amnistía de los siguientes ciudadanos:",
            "Los siguientes ciudadanos seguirán privados de libertad:",
            "Continúan detenidos los siguientes ciudadanos pese a la amnistía:",
            "The following remain in detention and are not covered by the amnesty:",
            "Permanecen bajo arresto domiciliario:"})
    void sentencesThatSayTheListIsNotAnAmnesty(String introduction) {
        assertThat(ListIntroduction.decide(introduction)).isNotNull().isNotEmpty();
    }

    /** Introductions of the amnesty's own lists, some naming a denial, an exclusion or a measure in passing. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Se otorga el beneficio de amnistía a las siguientes personas:",
            "Se otorga amnistía a los siguientes ciudadanos, que no han sido beneficiados antes:",
            "Se otorga amnistía; los beneficiarios cumplirán régimen de presentación. Lista de beneficiarios:",
            "Amnistiados, con medida cautelar levantada:",
            "The following were granted amnesty:",
            "En cumplimiento de la Ley de Amnistía, el Ejecutivo Nacional informa que se otorga el beneficio de amnistía a CINCO (5) ciudadanos. Conforme al artículo 9, quedan excluidos de la amnistía los delitos de lesa humanidad. Se publica a continuación la lista de beneficiarios:",
            "En cumplimiento de la Ley de Amnistía, se otorga la amnistía a CUATRO (4) ciudadanos que se encontraban bajo arresto domiciliario. En consecuencia, cesa la medida cautelar de los siguientes ciudadanos:",
            "Lista de beneficiarios (excluidos los fallecidos):",
            "En cumplimiento de la Ley de Amnistía, se otorga el beneficio a TRESCIENTOS (300) ciudadanos. Se publica a continuación la lista de beneficiarios:",
            "Se otorga amnistía a los siguientes ciudadanos, que no fueron incluidos en la amnistía anterior:",
            "Se otorga amnistía a los siguientes ciudadanos, que no fueron beneficiados en la primera amnistía:",
            "Los siguientes ciudadanos, a quienes inicialmente se les negó la amnistía, han sido ahora beneficiados:",
            "Revisadas las solicitudes denegadas de amnistía, la Comisión acordó otorgar el beneficio a los siguientes TREINTA (30) ciudadanos:",
            "Se otorga amnistía a CIEN (100) ciudadanos. Se recuerda que los delitos de lesa humanidad quedan excluidos de la amnistía. A continuación, la lista de beneficiarios:",
            "Se otorga el beneficio a CIEN (100) ciudadanos. Quienes no fueron beneficiados en esta oportunidad podrán solicitar revisión. Lista de beneficiarios:",
            "Se otorga amnistía a CIEN (100) ciudadanos. Los casos que aún no han sido amnistiados seguirán en revisión. Lista de beneficiarios:",
            "La Ley de Amnistía no es una amnistía general: beneficia a los siguientes CIEN (100) ciudadanos:",
            "Esta amnistía no constituye impunidad. Se otorga a los siguientes CIEN (100) ciudadanos:",
            "Se otorga amnistía a CIEN (100) ciudadanos, en libertad plena, sin medidas cautelares:",
            "Se otorga amnistía a CIEN (100) ciudadanos. Se les revoca la medida cautelar de arresto domiciliario:",
            "Se les revoca la medida cautelar y se otorga amnistía plena a los siguientes ciudadanos:",
            "Se otorga la libertad plena a CIEN (100) ciudadanos, que permanecían detenidos:",
            "Se ordenó el cese de la medida cautelar de arresto domiciliario de los siguientes CIEN (100) ciudadanos, beneficiarios de la amnistía:",
            "Se acordó la libertad plena, y el cese de toda medida cautelar, de los siguientes ciudadanos:",
            "Por disposición del Tribunal, cesan las medidas cautelares de los siguientes ciudadanos:",
            "Se otorgó amnistía a CIEN (100) ciudadanos, y medida cautelar, sin que ello constituya amnistía, a TRES (3) ciudadanos, según las listas siguientes: Amnistiados:"})
    void sentencesThatSayTheListIsTheAmnesty(String introduction) {
        assertThat(ListIntroduction.decide(introduction)).isNotNull().isEmpty();
    }

    /** Headings and pointers that say nothing of their own: the list is what the list above it is. */
    @ParameterizedTest
    @ValueSource(strings = {"Estado Lara", "", "Los demás serán notificados. Caracas, 1 de noviembre.", "Con medida cautelar de arresto domiciliario",
            "Privados de libertad"})
    void sentencesThatSayNothingLeaveTheListAsTheOneAbove(String introduction) {
        assertThat(ListIntroduction.decide(introduction)).isNull();
        assertThat(ListIntroduction.notAnAmnesty(List.of(introduction, "1. ANA PÉREZ, C.I. V-10.000.001"), List.<int[]>of(new int[] {1, 1, 1}), null))
                .containsExactly((String) null);
    }
}
