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
        assertThat(of(read("En el año 2024 300 personas fueron excarceladas.\n", null), "10-20.txt")).contains("released 300")
                .doesNotContain("released 2024300");
    }

    @Test
    void aPeopleWordMayBeTheParticipleOfWhatIsCounted() throws IOException {
        assertThat(of(read("Con ellos suman 553 los excarcelados.\n", null), "10-20.txt")).containsExactly("released 553");
        assertThat(of(read("Son ya 40 los amnistiados.\n", null), "10-20.txt")).containsExactly("amnestied 40");
    }
}
