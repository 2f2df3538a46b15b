package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;

/**
 * A correction communiqué ("fe de erratas", "corrección por error material") grants nothing: the
 * figure it recalls is amnestied-before, the total it sets amnestied-corrected; the people it takes
 * off the list are records of kind withdrawal, an entry it writes anew a record of kind correction;
 * every line is a record, a rejected line or an ignored one. An amnesty list that merely mentions
 * "excluidos" is no correction.
 */
class CorrectionCommuniqueTest {

    @TempDir
    Path dir;

    private IngestSink read(String text) throws Exception {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, text);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), file, "c.txt", sink);
        Ingester.settle(sink, "c.txt", sink.claims());
        StatedFigures.check(sink, "c.txt", sink.claims(), sink.account("c.txt").records());
        return sink;
    }

    private static void accountsForEveryLine(IngestSink sink) {
        assertThat(sink.accounts()).singleElement().satisfies(a -> {
            assertThat(a.problem()).isNull();
            assertThat(a.balanced()).isTrue();
        });
    }

    private static final String CASE_B = """
            COMUNICADO

            El Ministerio informa que, en relación con el comunicado mediante el cual se otorgó el beneficio de amnistía a TRES (3) ciudadanos, se realiza la siguiente corrección por error material:

            Primero: se excluye de la lista al ciudadano TOVAR MIJARES, LUIS ALBERTO, C.I. V-15.432.101, que aparece en el número 3.

            En consecuencia, el número de beneficiarios queda en DOS (2) ciudadanos.
            """;

    @Test
    void aCorrectionRecallsTheEarlierFigureSetsTheNewTotalAndWithdrawsThePersonItNames() throws Exception {
        IngestSink sink = read(CASE_B);

        assertThat(sink.claims()).extracting(Claim::subject, Claim::value, Claim::problem)
                .containsExactly(tuple("amnestied-before", 3L, null), tuple("amnestied-corrected", 2L, null));
        assertThat(sink.records()).extracting(SourceRecord::kind, r -> r.value(Field.FULL_NAME), r -> r.value(Field.ID_NUMBER), SourceRecord::row)
                .containsExactly(tuple(SourceKind.WITHDRAWAL, "TOVAR MIJARES, LUIS ALBERTO", "V-15.432.101", 5));
        accountsForEveryLine(sink);
        assertThat(sink.account("c.txt").ignored()).containsEntry("prose", 3).containsEntry("blank", 3);
    }

    @Test
    void aCorrectionWhoseExcludedPeopleStandInANumberedListWithdrawsThemAndListsNobody() throws Exception {
        IngestSink sink = read("""
                COMUNICADO

                El Ministerio informa que, en relación con el comunicado mediante el cual se otorgó el beneficio de amnistía a TRES (3) ciudadanos, se excluye de la lista, por error material, al siguiente ciudadano:

                1. TOVAR MIJARES, LUIS ALBERTO, C.I. V-15.432.101

                En consecuencia, el número de beneficiarios queda en DOS (2) ciudadanos.
                """);

        assertThat(sink.records()).extracting(SourceRecord::kind, r -> r.value(Field.FULL_NAME))
                .containsExactly(tuple(SourceKind.WITHDRAWAL, "TOVAR MIJARES, LUIS ALBERTO"));
        assertThat(sink.claims()).extracting(Claim::subject, Claim::value)
                .containsExactly(tuple("amnestied-before", 3L), tuple("amnestied-corrected", 2L));
        accountsForEveryLine(sink);
    }

    @Test
    void whereItReadsXItShouldReadYIsTheEntryWrittenAnewWithTheOldTextInItsNotes() throws Exception {
        IngestSink sink = read("""
                FE DE ERRATAS

                En el comunicado del 18 de noviembre de 2026, mediante el cual se otorgó el beneficio de amnistía a TRESCIENTOS DOCE (312) ciudadanos:

                Primero: se excluyen de la lista los ciudadanos NIEVES RODRÍGUEZ, YORBIS FERNANDO, C.I. V-14.294.677 y DEIVIS ELIÉCER RODRÍGUEZ ROMERO, C.I. V-8.152.422.

                Segundo: en el número 17, donde dice "JACQUEILNE MURCANO", debe decir "JACQUELINE HILDA MARCANO FUENMAYOR", C.I. V-16.074.352.

                En consecuencia, el número de beneficiarios queda en TRESCIENTOS DIEZ (310) ciudadanos.
                """);

        assertThat(sink.records()).extracting(SourceRecord::kind, r -> r.value(Field.FULL_NAME), r -> r.value(Field.ID_NUMBER), r -> r.value(Field.NOTES))
                .containsExactly(tuple(SourceKind.WITHDRAWAL, "NIEVES RODRÍGUEZ, YORBIS FERNANDO", "V-14.294.677", ""),
                        tuple(SourceKind.WITHDRAWAL, "DEIVIS ELIÉCER RODRÍGUEZ ROMERO", "V-8.152.422", ""),
                        tuple(SourceKind.CORRECTION, "JACQUELINE HILDA MARCANO FUENMAYOR", "V-16.074.352", "JACQUEILNE MURCANO"));
        assertThat(sink.claims()).extracting(Claim::subject, Claim::value)
                .containsExactly(tuple("amnestied-before", 312L), tuple("amnestied-corrected", 310L));
        accountsForEveryLine(sink);
        assertThat(sink.account("c.txt").sharedRowRecords()).isEqualTo(1); // one sentence, two people
    }

    /** Phrasings of a withdrawal, each naming one person with a cédula, in a correction. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Se excluye de la lista al ciudadano PÉREZ ROJAS, ANA, C.I. V-10.000.001, por error material.",
            "Se retira del listado publicado, por error material, a la ciudadana ANA PÉREZ ROJAS, C.I. V-10.000.001.",
            "Por error material, se suprime de la nómina de beneficiarios a ANA PÉREZ ROJAS, cédula de identidad V-10.000.001.",
            "Queda sin efecto, por error material, el beneficio de amnistía otorgado respecto de la ciudadana ANA PÉREZ ROJAS, titular de la cédula de identidad N° V-10.000.001.",
            "Fe de erratas: la ciudadana ANA PÉREZ ROJAS, C.I. V-10.000.001, queda excluida de la lista; se elimina de la lista a ANA PÉREZ ROJAS, C.I. V-10.000.001.",
            "Correction: ANA PÉREZ ROJAS, ID V-10.000.001, is removed from the list published on 18 November."})
    void eachPhrasingOfAWithdrawalTakesThePersonOffTheList(String sentence) throws Exception {
        IngestSink sink = read("Fe de erratas del comunicado del 18 de noviembre.\n\n" + sentence + "\n");

        assertThat(sink.records()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(SourceKind.WITHDRAWAL);
            assertThat(r.value(Field.FULL_NAME)).isIn("PÉREZ ROJAS, ANA", "ANA PÉREZ ROJAS");
            assertThat(r.value(Field.ID_NUMBER)).isEqualTo("V-10.000.001");
        });
        accountsForEveryLine(sink);
    }

    /** Amnesty communiqués that mention exclusions without withdrawing anyone from a list. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Se otorga el beneficio de amnistía a TRES (3) ciudadanos. Se excluyen de este beneficio los delitos de terrorismo y homicidio.",
            "Quedan excluidos de la amnistía quienes estén procesados por delitos de lesa humanidad. Se otorga amnistía a TRES (3) ciudadanos:",
            "Se otorga amnistía a TRES (3) ciudadanos, excluidos los funcionarios condenados por terrorismo.",
            "Se otorga amnistía a TRES (3) ciudadanos. Cesa la medida cautelar y queda sin efecto el régimen de presentación."})
    void anAmnestyListThatOnlyMentionsExclusionsIsStillTheAmnesty(String sentence) throws Exception {
        IngestSink sink = read(sentence + "\n\n1. ANA PÉREZ ROJAS, C.I. V-10.000.001\n2. LUIS MORA DÍAZ, C.I. V-10.000.002\n3. JUAN RÍOS PAZ, C.I. V-10.000.003\n");

        assertThat(sink.records()).extracting(SourceRecord::kind).containsOnly(SourceKind.ANNOUNCEMENT).hasSize(3);
        assertThat(sink.claims()).filteredOn(c -> c.subject().startsWith("amnestied")).extracting(Claim::subject, Claim::value)
                .containsExactly(tuple("amnestied", 3L));
        accountsForEveryLine(sink);
    }

    @Test
    void aWithdrawalWhosePersonCannotBeReadIsARejectedLineAndTheFileAProblemNotASilentProse() throws Exception {
        IngestSink sink = read("""
                Corrección por error material del comunicado mediante el cual se otorgó la amnistía a TRES (3) ciudadanos.
                Se excluye de la lista a la persona que aparece en el número 3.
                El número de beneficiarios queda en DOS (2) ciudadanos.
                """);

        assertThat(sink.records()).isEmpty();
        assertThat(sink.rejected()).filteredOn(r -> !r.isWholeFile()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(2));
        assertThat(sink.account("c.txt").problem()).isNotNull(); // nothing kept, one line lost: the run exits 10 naming the file
        assertThat(sink.claims()).extracting(Claim::subject).containsExactly("amnestied-before", "amnestied-corrected");
    }

    @Test
    void aCorrectionThatStatesNoTotalAnnouncesNothingAndIsNoFileProblem() throws Exception {
        IngestSink sink = read("Fe de erratas.\n\nSe excluye de la lista al ciudadano PEDRO SOTO VERA, C.I. V-10.000.004.\n");

        assertThat(sink.records()).extracting(SourceRecord::kind).containsExactly(SourceKind.WITHDRAWAL);
        assertThat(sink.claims()).isEmpty();
        accountsForEveryLine(sink);
    }

    /** Phrasings of the total a correction sets, Spanish and English. */
    @ParameterizedTest
    @ValueSource(strings = {
            "En consecuencia, el número de beneficiarios queda en DOS (2) ciudadanos.",
            "Por lo tanto, el total es de DOS (2) ciudadanos beneficiados.",
            "La cifra de beneficiarios se reduce a DOS (2) personas.",
            "As a result, the number of people granted amnesty now stands at 2 people."})
    void eachPhrasingOfTheCorrectedTotalIsTheCorrectedClaim(String sentence) throws Exception {
        IngestSink sink = read("Fe de erratas del comunicado mediante el cual se otorgó la amnistía a TRES (3) ciudadanos.\n\n"
                + "Se excluye de la lista al ciudadano PEDRO SOTO VERA, C.I. V-10.000.004.\n\n" + sentence + "\n");

        assertThat(sink.claims()).extracting(Claim::subject, Claim::value)
                .containsExactly(tuple("amnestied-before", 3L), tuple("amnestied-corrected", 2L));
    }

    @Test
    void aCedulaWrittenAnewKeepsTheWrongCedulaInTheNotes() throws Exception {
        IngestSink sink = read("Fe de erratas.\n\nEn el número 4, donde dice C.I. V-12.345.678, debe decir C.I. V-12.345.687.\n");

        assertThat(sink.records()).extracting(SourceRecord::kind, r -> r.value(Field.FULL_NAME), r -> r.value(Field.ID_NUMBER), r -> r.value(Field.NOTES))
                .containsExactly(tuple(SourceKind.CORRECTION, "", "V-12.345.687", "C.I. V-12.345.678"));
        accountsForEveryLine(sink);
    }

    @Test
    void aCorrectionRecallingThePublishedListWithoutAGrantVerbStillRecallsIt() throws Exception {
        IngestSink sink = read("""
                FE DE ERRATAS

                En relación con la lista de TRESCIENTOS DOCE (312) beneficiarios publicada el 18 de noviembre, se excluye de la lista al ciudadano PEDRO SOTO VERA, C.I. V-10.000.004.

                El número de beneficiarios es ahora de TRESCIENTOS ONCE (311) ciudadanos.
                """);

        assertThat(sink.claims()).extracting(Claim::subject, Claim::value, Claim::problem)
                .containsExactly(tuple("amnestied-before", 312L, null), tuple("amnestied-corrected", 311L, null));
        assertThat(sink.records()).extracting(SourceRecord::kind).containsExactly(SourceKind.WITHDRAWAL);
    }

    /** A word for a correction alone ("centro de corrección", "Department of Corrections") makes no correction. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Se otorga el beneficio de amnistía a TRES (3) ciudadanos recluidos en el Centro de Corrección de Tocuyito:",
            "Three (3) people held by the Department of Corrections are granted amnesty:"})
    void aWordForCorrectionAloneLeavesTheAmnestyFigureTheFilesOwn(String sentence) throws Exception {
        IngestSink sink = read(sentence + "\n\n1. ANA PÉREZ ROJAS, C.I. V-10.000.001\n2. LUIS MORA DÍAZ, C.I. V-10.000.002\n3. JUAN RÍOS PAZ, C.I. V-10.000.003\n");

        assertThat(sink.claims()).filteredOn(c -> c.subject().startsWith("amnestied")).extracting(Claim::subject, Claim::value)
                .containsExactly(tuple("amnestied", 3L));
        assertThat(sink.records()).extracting(SourceRecord::kind).containsOnly(SourceKind.ANNOUNCEMENT);
    }

    @Test
    void aCorrectionsFigureNeitherRecalledNorTheTotalIsCountedWithAProblem() throws Exception {
        IngestSink sink = read("Fe de erratas.\n\nSe excluye de la lista a PEDRO SOTO VERA, C.I. V-10.000.004.\n\nAsimismo se otorga amnistía a DOS (2) ciudadanos.\n");

        assertThat(sink.claims()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("amnestied");
            assertThat(c.problem()).contains("without saying it recalls the earlier figure");
        });
    }

    @Test
    void aCommuniqueGrantingTheAmnestyTodayIsNoCorrectionWhateverItUndoesOrExcludes() {
        // the reviewer's cases: the grant ends other measures, or excludes a class of offences, in the same text
        assertThat(Corrections.isCorrection("Se otorga el beneficio de amnistía a TRES (3) ciudadanos. En consecuencia, queda sin efecto toda"
                + " medida privativa de libertad respecto de los siguientes ciudadanos beneficiados con la amnistía:")).isFalse();
        assertThat(Corrections.isCorrection("Se otorga el beneficio de amnistía a TRES (3) ciudadanos. Conforme al artículo 9, se excluyen de"
                + " la lista los condenados por delitos de lesa humanidad.")).isFalse();
        assertThat(Corrections.isCorrection("Fe de erratas: se excluye de la lista al ciudadano TOVAR MIJARES, LUIS ALBERTO.")).isTrue();
    }
}
