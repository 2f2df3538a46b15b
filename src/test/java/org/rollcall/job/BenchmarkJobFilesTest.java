package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rollcall.config.JobDefinition;

/** The job files jobs/benchmarks/independent.sh runs load as they are, so the benchmark cannot stop on a job-file error. */
class BenchmarkJobFilesTest {

    private static final Path BENCHMARKS = Path.of("jobs/benchmarks");

    @Test
    void givenTheIndependentBenchmarksJobFilesWhenLoadedThenEachIsValid() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(BENCHMARKS)) {
            files = s.filter(p -> p.getFileName().toString().matches("layout-[a-z]-(today|law)\\.yaml")).sorted().toList();
        }
        assertThat(files).hasSize(4);
        for (Path f : files) {
            JobDefinition def = JobFiles.load(f, Path.of("").toAbsolutePath());
            if (f.getFileName().toString().endsWith("-law.yaml")) {
                assertThat(def.reconcile().reasons()).as(f + " states the law's reasons").isNotEmpty();
            }
        }
    }
}
