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
}
