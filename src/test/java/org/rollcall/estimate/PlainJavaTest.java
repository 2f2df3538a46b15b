package org.rollcall.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The estimate package is plain Java: no Spring (until the project's ArchUnit rule covers it). */
class PlainJavaTest {

    @Test
    void noSpringImports() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/rollcall/estimate"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("import org.springframework");
                } catch (IOException e) {
                    throw new IllegalStateException(p.toString(), e);
                }
            }).map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }
}
