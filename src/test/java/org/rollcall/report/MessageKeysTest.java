package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.Status;
import org.rollcall.text.Messages;

/**
 * Every message key the code asks for has a text in every language: a missing one shows as
 * "[status.detenido]" in a report an analyst reads. Scans the sources for literal keys, and checks
 * the keys built from a vocabulary (a status, a decision, a reason) for each of its values.
 */
class MessageKeysTest {

    /** {@code get("a.b")}, {@code format("a.b", …)}, {@code has("a.b")}, {@code sheet("a.b")}: a literal key with a dot. */
    private static final Pattern LITERAL = Pattern.compile("\\b(?:get|format|has)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    private static Set<String> literalKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).startsWith("spring.")) { // Spring's own properties, not messages
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyLiteralKeyTheCodeUsesHasATextInEveryLanguage() throws IOException {
        Set<String> used = literalKeys();
        assertThat(used).as("the scan finds the keys").hasSizeGreaterThan(100);
        for (String language : Messages.LANGUAGES) {
            Set<String> known = Messages.of(language).keys();
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(known);
            assertThat(missing).as("keys used in src/main/java without a text in messages_" + language + ".properties").isEmpty();
        }
    }

    @Test
    void everyStatusDecisionAndReasonHasItsWordsInEveryLanguage() {
        for (String language : Messages.LANGUAGES) {
            Messages m = Messages.of(language);
            for (Status s : Status.values()) {
                assertThat(m.has("status." + s.key())).as(language + ": status." + s.key()).isTrue();
                assertThat(m.has("event." + s.key())).as(language + ": event." + s.key()).isTrue();
            }
            for (RulingDecision d : RulingDecision.values()) {
                assertThat(m.has("decision." + d.key())).as(language + ": decision." + d.key()).isTrue();
            }
            for (String r : Headline.REASONS) {
                assertThat(m.has("reason." + r)).as(language + ": reason." + r).isTrue();
            }
        }
    }
}
