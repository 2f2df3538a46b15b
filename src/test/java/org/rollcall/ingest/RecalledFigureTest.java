package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.SourceKind;

/**
 * A later communiqué that recalls an earlier grant before stating its own ("mediante el Comunicado
 * N° 377 se otorgó la amnistía a 42 …, e informa que hoy … a cinco (5) … más") states 5 of its own,
 * not 42: summed into 'announced', the 42 would count twice (84 instead of 47).
 */
class RecalledFigureTest {

    @TempDir
    Path dir;

    private static final String FIRST = """
            COMUNICADO N° 377-2026
            Caracas, 18 de noviembre de 2026

            El Gobierno Nacional informa que se ha otorgado la amnistía a cuarenta y dos (42) ciudadanos y ciudadanas.

            1.- ANA KARINA SEQUERA MONCADA C.I. V-8.790.920
            """;

    private List<Claim> read(String second) throws IOException {
        Files.writeString(dir.resolve("comunicado-2026-11-18.txt"), FIRST);
        Files.writeString(dir.resolve("comunicado-2026-11-21.txt"), second);
        SourceDefinition source = new SourceDefinition("gov", SourceKind.ANNOUNCEMENT, "comunicado-*.txt", SourceFormat.TXT, null, null, null,
                null, Map.of(), List.of(), null, Map.of(), Map.of());
        return new Ingester(dir).read(source).claims();
    }

    /** The claims of the file named, as "subject value" and, when one has a problem, "!". */
    private static List<String> of(List<Claim> claims, String file) {
        return claims.stream().filter(c -> c.file().endsWith(file)).map(c -> c.subject() + " " + c.value() + (c.problem() == null ? "" : " !"))
                .toList();
    }

    @Test
    void aFigureRecalledFromAnEarlierCommuniqueIsNotTheLaterFilesOwn() throws IOException {
        // given the tester's wording: the 42 of communiqué 377 recalled in the same sentence as today's 5 "más"
        List<Claim> claims = read("""
                COMUNICADO N° 737-2026

                El Gobierno Nacional recuerda que mediante el Comunicado N° 377 del 18 de noviembre se otorgó la amnistía a cuarenta y dos (42) \
                ciudadanos, e informa que hoy se ha otorgado la amnistía a cinco (5) ciudadanos y ciudadanas más, quienes serán excarcelados.

                1.- TOMAS ANTONIO GRATEROL ZAPATA C.I. 10701281
                """);
        // then the first file states 42, the second 5 of its own (and recalls 42): 42 + 5 = 47 people announced
        assertThat(of(claims, "11-18.txt")).containsExactly("amnestied 42");
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied-before 42", "amnestied 5");
    }

    @Test
    void aFigureEqualToTheEarlierFilesBesideAFigureOfMoreIsRecalledWhateverItsWording() throws IOException {
        // given a recall without any of the recall words, and a figure "adicionales"
        List<Claim> claims = read("""
                El Gobierno Nacional informa que la amnistía alcanzó a cuarenta y dos (42) ciudadanos.
                Hoy se otorga la amnistía a seis (6) ciudadanos adicionales.
                """);
        // then the 42 is the earlier file's figure, not this one's
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied-before 42", "amnestied 6");
    }

    @Test
    void aFigureEqualToTheEarlierFilesInTheSentenceThatSaysMoreIsThisCommuniquesOwn() throws IOException {
        // given an earlier communiqué of 42 and a sentence granting 42 here and 3 more there
        List<Claim> claims = read("""
                Hoy se otorgó la amnistía a cuarenta y dos (42) ciudadanos del estado Lara y a tres (3) ciudadanos más del estado Falcón.
                """);
        // then both figures are this communiqué's, the second said to be one (a problem the report lists), none recalled
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 42", "amnestied 3 !");
    }

    @Test
    void aFigureOfPeopleDetainedEarlierIsNotARecalledGrant() throws IOException {
        List<Claim> claims = read("""
                Hoy se otorgó la amnistía a doce (12) ciudadanos detenidos anteriormente en Tocorón, y a otros cinco (5) ciudadanos de Caracas.
                """);
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 12", "amnestied 5 !");
    }

    @Test
    void aRecallAfterTheFigureInItsClauseIsRecalledToo() throws IOException {
        List<Claim> claims = read("""
                Hoy se otorga la amnistía a cinco (5) ciudadanos más, que se suman a los cuarenta y dos (42) ciudadanos amnistiados \
                mediante el Comunicado N° 377.
                """);
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 5", "amnestied-before 42");
    }

    @Test
    void aRunningTotalBesideTheFilesOwnFigureIsNotSummedAndAgreesWhenItAddsUp() throws IOException {
        // given "5 … ya son 47": 42 earlier + 5 today = 47
        List<Claim> claims = read("""
                Se ha otorgado la amnistía a cinco (5) ciudadanos. Con ellos ya son cuarenta y siete (47) los beneficiarios de la amnistía.
                """);
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 5", "amnestied-total 47");
    }

    @Test
    void aRunningTotalThatDoesNotAddUpIsSaid() throws IOException {
        // given 42 earlier + 5 today = 47, but the communiqué says 50
        List<Claim> claims = read("""
                Se ha otorgado la amnistía a cinco (5) ciudadanos. Con ellos ya son cincuenta (50) los beneficiarios de la amnistía.
                """);
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 5", "amnestied-total 50 !");
    }

    @Test
    void aLoneRunningTotalInALaterCommuniqueGivesItsOwnFigureAsTheDifference() throws IOException {
        // given only "ya son 47" after a communiqué of 42: this one adds 5, and the announcement stands at the 47 it says
        List<Claim> claims = read("Con la de hoy, ya son cuarenta y siete (47) los ciudadanos amnistiados.\n");
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 5", "amnestied-total 47");
        assertThat(claims.stream().filter(c -> c.value() == 5).findFirst().orElseThrow().text()).startsWith("5 (47 in total less 42");
        // "ya son … tras incorporarse …": the total comes first, the people added after it
        List<Claim> trial16 = read("Con la jornada de hoy ya son cincuenta (50) los beneficiados de la amnistía, tras incorporarse 8 nuevos nombres a la lista:\n");
        assertThat(of(trial16, "11-21.txt")).startsWith("amnestied 8");
    }

    @Test
    void aTotalOfTodaysGrantIsNoRunningTotal() throws IOException {
        // "a un total de 50" is today's grant, not a total over the communiqués: this file adds 50, not 8
        assertThat(of(read("Se otorga el beneficio de amnistía a un total de CINCUENTA (50) ciudadanos.\n"), "11-21.txt")).startsWith("amnestied 50");
        assertThat(of(read("La amnistía alcanza hoy a CINCUENTA (50) ciudadanos.\n"), "11-21.txt")).startsWith("amnestied 50");
    }

    @Test
    void aLoneRunningTotalNoLargerThanTheEarlierFiguresStaysTheFilesFigureForTheReconciliationToQuestion() throws IOException {
        List<Claim> claims = read("Con la de hoy, ya son cuarenta (40) los ciudadanos amnistiados.\n");
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 40");
    }

    @Test
    void aCommuniqueWhoseOnlyFigureLooksRecalledKeepsItWithAProblem() throws IOException {
        List<Claim> claims = read("Se recuerda que mediante el Comunicado N° 377 se otorgó la amnistía a cuarenta y dos (42) ciudadanos.\n");
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 42 !");
    }

    @Test
    void aFirstCommuniqueStatingATotalOfPeopleStatesItsOwnFigure() throws IOException {
        List<Claim> claims = read("Hoy se otorga la amnistía a un total de cinco (5) ciudadanos.\n");
        assertThat(of(claims, "11-18.txt")).containsExactly("amnestied 42");
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 5");
    }

    @Test
    void thePresentCommuniqueIsNotAnEarlierOne() throws IOException {
        List<Claim> claims = read("Mediante el presente comunicado se otorgó la amnistía a cinco (5) ciudadanos.\n");
        assertThat(of(claims, "11-21.txt")).containsExactly("amnestied 5");
    }

    @Test
    void aFirstCommuniquesTotalBesideItsOwnFigureIsASecondFigureOfItsOwn() throws IOException {
        // given the first file of a source stating 42, then "en total, 45": no earlier communiqué to total, so two figures, said
        Files.writeString(dir.resolve("comunicado-2026-11-17.txt"), "Se otorga la amnistía a cuarenta y dos (42) ciudadanos. En total, 45 ciudadanos"
                + " recibirán amnistía.\n");
        List<Claim> claims = read("Hoy se otorga la amnistía a cinco (5) ciudadanos más.\n");
        assertThat(of(claims, "11-17.txt")).containsExactly("amnestied 42", "amnestied 45 !");
    }
}
