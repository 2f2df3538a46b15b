package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure after "de los cuales", "de ellos", "of whom", "including" breaks down the figure before
 * it: a part of those people ({@code breakdown}), never a second figure of people amnestied.
 */
class BreakdownFigureTest {

    private static List<String> claims(String text) {
        return ClaimExtractor.extract("gov", "c.txt", text, 1).stream()
                .map(c -> c.subject() + " " + c.value() + (c.problem() == null ? "" : " !")).toList();
    }

    @Test
    void aFigureAfterDeLosCualesIsABreakdownOfTheGrant() {
        assertThat(claims("Se otorga el beneficio de amnistía a TRES (3) ciudadanos, de los cuales DOS (2) son mujeres:"))
                .containsExactly("amnestied 3", "breakdown 2");
    }

    @Test
    void eachBreakdownWordMakesABreakdown() {
        for (String words : List.of("de las cuales", "entre ellos", "entre ellas", "de ellos", "incluidas")) {
            assertThat(claims("Se otorga la amnistía a CINCO (5) personas, " + words + " DOS (2) mujeres."))
                    .as(words).containsExactly("amnestied 5", "breakdown 2");
        }
        assertThat(claims("Amnesty was granted to 12 people, of whom 4 prisoners are women.")).containsExactly("amnestied 12", "breakdown 4");
        assertThat(claims("Amnesty was granted to 12 people, including 3 prisoners held in Tocorón."))
                .containsExactly("amnestied 12", "breakdown 3");
    }

    @Test
    void aSentenceOpeningWithDeEllosAfterTheGrantIsABreakdown() {
        assertThat(claims("Se otorga la amnistía a SIETE (7) ciudadanos. De ellos, TRES (3) ciudadanos son estudiantes."))
                .containsExactly("amnestied 7", "breakdown 3");
    }

    @Test
    void aFigureWithoutABreakdownWordIsReadAsBefore() {
        // two grants in one sentence are not a breakdown; "con ellos" is a running total, not "de ellos"
        assertThat(claims("Se otorga la amnistía a CUATRO (4) ciudadanos y a DOS (2) ciudadanas más.")).doesNotContain("breakdown 2");
        assertThat(claims("De ellos, DOS (2) ciudadanos son mujeres.")).containsExactly("people 2"); // no figure before it: read as before
    }
}
