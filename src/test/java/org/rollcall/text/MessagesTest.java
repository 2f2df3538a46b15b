package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The message bundles: es and en complete, every pattern valid, sheet names within Excel's rules. */
class MessagesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() {
        // given both bundles
        Set<String> es = new TreeSet<>(Messages.of("es").keys());
        Set<String> en = new TreeSet<>(Messages.of("en").keys());
        // then a key in one is in the other
        Set<String> onlyEs = new TreeSet<>(es);
        onlyEs.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(es);
        assertThat(onlyEs).as("keys missing from messages_en.properties").isEmpty();
        assertThat(onlyEn).as("keys missing from messages_es.properties").isEmpty();
    }

    @Test
    void everyFigureHasASheetNameAndEverySheetHasAFigure() {
        for (String language : Messages.LANGUAGES) {
            Messages m = Messages.of(language);
            for (String key : m.keys()) {
                if (key.startsWith("figure.")) {
                    assertThat(m.has("sheet." + key.substring("figure.".length()))).as(language + ": sheet name of " + key).isTrue();
                }
                if (key.startsWith("sheet.") && !key.equals("sheet.summary")) {
                    assertThat(m.has("figure." + key.substring("sheet.".length()))).as(language + ": figure of " + key).isTrue();
                }
            }
        }
    }

    @Test
    void sheetNamesAreUniqueAndWithinExcelsLimits() {
        for (String language : Messages.LANGUAGES) {
            Messages m = Messages.of(language);
            Set<String> seen = new HashSet<>();
            for (String key : m.keys()) {
                if (key.startsWith("sheet.")) {
                    String name = m.get(key);
                    assertThat(name.length()).as(language + " " + key + " '" + name + "'").isBetween(1, 31);
                    assertThat(name).as(language + " " + key).doesNotContain(":", "\\", "/", "?", "*", "[", "]");
                    assertThat(seen.add(name.toLowerCase())).as(language + ": '" + name + "' used twice").isTrue();
                }
            }
        }
    }

    @Test
    void everyPatternFormatsInItsLanguage() {
        for (String language : Messages.LANGUAGES) {
            Messages m = Messages.of(language);
            for (String key : m.keys()) {
                String text = m.get(key);
                if (text.contains("{")) {
                    assertThat(new MessageFormat(text, m.locale()).format(new Object[] {1, 2, 3, 4, 5})).as(language + " " + key).isNotBlank();
                }
            }
        }
    }

    @Test
    void aMissingKeyShowsItselfInBracketsRatherThanFailingTheReport() {
        assertThat(Messages.of("es").get("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void countsOfOneAreSingular() {
        Messages es = Messages.of("es");
        assertThat(es.format("report.changes-since", 1L, 1L, 0L)).isEqualTo(
                "Desde la corrida anterior: 1 persona nueva, 1 que salió de una lista, 0 con cambio de estado.");
        assertThat(es.format("report.changes-since", 2L, 0L, 3L)).startsWith("Desde la corrida anterior: 2 personas nuevas, 0 que salieron");
        assertThat(Messages.of("en").format("report.changes-since", 1L, 2L, 0L)).startsWith("Since the previous run: 1 new person, 2 who");
    }

    @Test
    void aTotalsRowIsComparedWithTheRowsReadSaidAsPersonRowsAndRejectedRows() {
        // 103 rows read: 102 of people and 1 rejected, 101 distinct people; the totals row says 98
        assertThat(Messages.of("es").format("claim.totals-row", "98", "103", "5", "Total: 98", "101", 102L, 1L)).isEqualTo(
                "la fila de totales dice 98, pero se leyeron 103 filas de datos (5 más): 102 de personas y 1 rechazada, que son 101 personas"
                        + " distintas: Total: 98");
    }
}
