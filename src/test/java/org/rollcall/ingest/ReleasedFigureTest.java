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
import org.rollcall.domain.ProgressListener;
import org.rollcall.domain.SourceKind;
import org.rollcall.text.Messages;

/**
 * Communiqués of releases rather than of an amnesty ("el Gobierno excarcelará a 553 personas", then
 * a note listing 200 of them: "Con ellos suman 553 los excarcelados"): the released figure is the
 * file's figure, and a part of those already counted or a running total is not summed again
 * (trial 19: announced 753 for 553). Figures grouped with a space ("1 200") are one figure.
 */
class ReleasedFigureTest {

    @TempDir
    Path dir;

    private List<Claim> read(String first, String second) throws IOException {
        Files.writeString(dir.resolve("nota-2026-10-20.txt"), first);
        if (second != null) {
            Files.writeString(dir.resolve("nota-2026-12-10.txt"), second);
        }
        SourceDefinition source = new SourceDefinition("gov", SourceKind.ANNOUNCEMENT, "nota-*.txt", SourceFormat.TXT, null, null, null,
                null, Map.of(), List.of(), null, Map.of(), Map.of());
        return new Ingester(dir).read(source).claims();
    }

    /** The claims of the file named, as "subject value" and, when one has a problem, "!". */
    private static List<String> of(List<Claim> claims, String file) {
        return claims.stream().filter(c -> c.file().endsWith(file)).map(c -> c.subject() + " " + c.value() + (c.problem() == null ? "" : " !"))
                .toList();
    }

    private static final String PROMISE = "El Gobierno decidió excarcelar a 553 personas sancionadas por diversos delitos. No se publica una lista.\n";

    @Test
    void aLaterNoteListingPartOfThoseReleasedAndTheirRunningTotalAddsNoOneToTheFigure() throws IOException {
        // given the trial's wording: 200 "de las personas excarceladas", "con ellos suman 553", after 553
        List<Claim> claims = read(PROMISE, """
                NOTA INFORMATIVA

                Se relacionan a continuación 200 de las personas excarceladas. Con ellos suman 553 los excarcelados.

                1. YOANDRI PÉREZ RODRÍGUEZ, CI 85010112345
                2. ODALYS FERRER CUESTA
                """);
        // then the first file states 553; the second recalls 200 of them, adds none of its own and restates the 553
        assertThat(of(claims, "10-20.txt")).containsExactly("released 553");
        assertThat(of(claims, "12-10.txt")).containsExactly("released-before 200", "released 0", "released-total 553");
        assertThat(of(claims, "12-10.txt")).doesNotContain("no-figure 2");
    }

    @Test
    void aLoneRunningTotalOfReleasesInALaterNoteGivesItsOwnFigureAsTheDifference() throws IOException {
        List<Claim> claims = read(PROMISE, "Con los de hoy ya suman 600 los excarcelados.\n");
        assertThat(of(claims, "12-10.txt")).containsExactly("released 47", "released-total 600");
    }

    @Test
    void aPartOfThoseReleasedInAFirstNoteIsItsOwnFigure() throws IOException {
        assertThat(of(read("Se relacionan a continuación 200 de las personas excarceladas.\n", null), "10-20.txt")).containsExactly("released 200");
    }

    @Test
    void aPartOfOtherPeopleIsNoPartOfThoseCounted() throws IOException {
        // "50 de los detenidos del penal" is today's release of 50 of the detained, not 50 of the 553 counted before
        List<Claim> claims = read(PROMISE, "Hoy fueron excarcelados 50 de los detenidos del penal de Tocorón.\n");
        assertThat(of(claims, "12-10.txt")).startsWith("released 50");
    }

    @Test
    void aFigureGroupedWithASpaceIsOneFigure() throws IOException {
        assertThat(of(read("El Gobierno decidió excarcelar a 1 200 personas.\n", null), "10-20.txt")).containsExactly("released 1200");
        assertThat(of(read("Serán excarceladas mil doscientas (1\u00A0200) personas.\n", null), "10-20.txt")).containsExactly("released 1200");
        assertThat(of(read("Se otorga amnistía a 12 345 678 ciudadanos.\n", null), "10-20.txt")).containsExactly("amnestied 12345678");
    }

    @Test
    void numbersThatOnlyStandSideBySideStayApart() throws IOException {
        // a year of four digits before a figure is another number
        assertThat(of(read("En el año 2024 300 personas fueron excarceladas.\n", null), "10-20.txt")).anyMatch(c -> c.startsWith("released 300"))
                .noneMatch(c -> c.startsWith("released 2024300"));
    }

    @Test
    void aPeopleWordMayBeTheParticipleOfWhatIsCounted() throws IOException {
        assertThat(of(read("Con ellos suman 553 los excarcelados.\n", null), "10-20.txt")).containsExactly("released 553");
        assertThat(of(read("Son ya 40 los amnistiados.\n", null), "10-20.txt")).containsExactly("amnestied 40");
    }

    @Test
    void aParticipleAfterAVerbOrAYearOrADayIsNoFigureOfPeople() {
        // the reviewer's cases: "el día 18 fueron liberados", "en 2025 fueron excarceladas 553", "los días 5 y 6 fueron liberados 200"
        assertThat(ClaimExtractor.extract("gov", "c.txt", "El día 18 fueron liberados los primeros de ellos.", 1)).isEmpty();
        assertThat(ClaimExtractor.extract("gov", "c.txt", "En 2025 fueron excarceladas 553 personas.", 1)).extracting(Claim::value).containsExactly(553L);
        assertThat(ClaimExtractor.extract("gov", "c.txt", "Los días 5 y 6 fueron liberados 200 presos.", 1)).extracting(Claim::value).containsExactly(200L);
    }

    @Test
    void peopleExcludedOrUnderAnotherMeasureAreNoFigureOfPeopleReleased() {
        assertThat(ClaimExtractor.extract("gov", "c.txt", "Quedan excluidos de la medida 35 condenados por terrorismo, que no serán liberados.", 1)).isEmpty();
        assertThat(ClaimExtractor.extract("gov", "c.txt", "Se acordaron medidas cautelares sustitutivas de libertad a 40 procesados.", 1)).isEmpty();
    }

    @Test
    void aNumberAfterAReferenceWordIsNoFigure() {
        assertThat(ClaimExtractor.extract("gov", "c.txt", "Según la Gaceta Oficial N° 6 790 los beneficiados son 40 personas.", 1))
                .extracting(Claim::value).containsExactly(40L);
    }

    @Test
    void aGrantToSomeOfThoseReleasedIsTheCommuniquesOwnFigure() throws IOException {
        // "30 de los ciudadanos liberados": an amnesty for 30 people released earlier, not 30 of an earlier amnesty's people
        List<Claim> claims = read(PROMISE, "Se otorga amnistía a 30 de los ciudadanos liberados el pasado marzo.\n");
        assertThat(of(claims, "12-10.txt")).containsExactly("amnestied 30");
    }

    @Test
    void anotherSourcesEarlierFigureIsReadAgainstOnlyForWhatTheTextSaysOutright() throws IOException {
        // given a news page (html source) announcing 553 releases and, weeks later, a note of another source listing 200 of them
        Files.writeString(dir.resolve("pagina-2026-10-20.txt"), PROMISE);
        Files.writeString(dir.resolve("nota-2026-12-10.txt"), "Se relacionan a continuación 200 de las personas excarceladas. Con ellos suman 553"
                + " los excarcelados.\n");
        Ingester ingester = new Ingester(dir);
        List<Claim> page = ingester.read(source("pagina", "pagina-*.txt")).claims();
        List<Claim> note = ingester.read(source("nota", "nota-*.txt"), ProgressListener.NONE, Messages.of("en"), page).claims();
        assertThat(of(note, "12-10.txt")).containsExactly("released-before 200", "released 0", "released-total 553");
        // a figure merely equal to another source's is not recalled: 20 in Zulia and 15 more in Lara are this file's
        Files.writeString(dir.resolve("defensa-2026-12-10.txt"), "Se otorga amnistía a 20 ciudadanos del estado Zulia. Asimismo se otorga a 15"
                + " ciudadanos más del estado Lara.\n");
        Files.writeString(dir.resolve("justicia-2026-11-10.txt"), "Se otorga amnistía a 20 ciudadanos.\n");
        List<Claim> justicia = ingester.read(source("justicia", "justicia-*.txt")).claims();
        List<Claim> defensa = ingester.read(source("defensa", "defensa-*.txt"), ProgressListener.NONE, Messages.of("en"), justicia).claims();
        assertThat(of(defensa, "12-10.txt")).startsWith("amnestied 20").doesNotContain("amnestied-before 20");
        // and a note of the same day as the page, or undated, is not read against it (which came first nothing says)
        Files.writeString(dir.resolve("nota-2026-10-20.txt"), "Con ellos suman 553 los excarcelados.\n");
        Files.delete(dir.resolve("nota-2026-12-10.txt"));
        List<Claim> sameDay = ingester.read(source("nota", "nota-*.txt"), ProgressListener.NONE, Messages.of("en"), page).claims();
        assertThat(of(sameDay, "10-20.txt")).containsExactly("released 553");
    }

    private static SourceDefinition source(String id, String path) {
        return new SourceDefinition(id, SourceKind.ANNOUNCEMENT, path, SourceFormat.TXT, null, null, null, null, Map.of(), List.of(), null,
                Map.of(), Map.of());
    }
}
