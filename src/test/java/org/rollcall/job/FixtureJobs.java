package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** What the end-to-end tests of a hand-computed fixture (src/test/resources/fixtures/*) share. */
final class FixtureJobs {

    private FixtureJobs() {
    }

    /** Copies the fixture's folder (jobs, inputs) into {@code to}, where the job writes its outputs. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** Asserts every figure of the fixture's {@code expected-figures.properties} against the run's summary in {@code latest}. */
    static void assertFiguresAsComputedByHand(Path fixture, Path latest) throws IOException {
        Properties truth = new Properties();
        try (Reader in = Files.newBufferedReader(fixture.resolve("expected-figures.properties"))) {
            truth.load(in);
        }
        Map<String, Long> figures = Reports.figures(latest);
        for (String key : truth.stringPropertyNames()) {
            assertThat(figures).as(key).containsEntry(key, Long.parseLong(truth.getProperty(key)));
        }
    }
}
