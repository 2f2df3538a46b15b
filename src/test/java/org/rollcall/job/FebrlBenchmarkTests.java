package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.JobDefinition;
import org.rollcall.match.LinkageScore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The FEBRL benchmark jobs, run as any job and scored with the scorer command, reach the targets:
 * pairwise F1 of at least 0.999 on 4a x 4b and 0.997 on dataset3. Needs the benchmark data in
 * ../shared/benchmarks/febrl (present in CI and on developer machines).
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:febrl;DB_CLOSE_DELAY=-1")
class FebrlBenchmarkTests {

    static final Path DATA = Path.of("../shared/benchmarks/febrl");

    @TempDir
    Path dir;

    @Autowired
    JobRunner runner;

    private LinkageScore runAndScore(String job) throws Exception {
        if (System.getenv("CI") != null) {
            assertThat(DATA).as("CI runs the FEBRL benchmarks: the data must be at " + DATA.toAbsolutePath() + " (shared/ beside the clone)")
                    .isDirectory();
        }
        assumeTrue(Files.isDirectory(DATA), "FEBRL data not found at " + DATA.toAbsolutePath() + "; put shared/ beside the clone to run it");
        JobDefinition def = JobFiles.load(Path.of("jobs/benchmarks/" + job + ".yaml"), Path.of("").toAbsolutePath());
        Path jobFile = dir.resolve(job + ".yaml");
        Files.writeString(jobFile, Files.readString(def.file()).replace("path: ../shared/", "path: " + DATA.toAbsolutePath().getParent().getParent() + "/")
                + "\nreport:\n  output-dir: " + dir.resolve("output") + "\n");
        JobDefinition located = JobFiles.load(jobFile, Path.of("").toAbsolutePath());
        assertThat(runner.run(located).code()).isEqualTo(ExitCode.COMPLETED);
        return ScoreCommand.score(dir.resolve("output").resolve(job).resolve("latest/entities.csv"), "febrl");
    }

    @Test
    void febrl4LinkageReachesF1Of0999() throws Exception {
        LinkageScore s = runAndScore("febrl4");
        assertThat(s.truePairs()).isEqualTo(5000);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void febrl3DeduplicationReachesF1Of0997() throws Exception {
        LinkageScore s = runAndScore("febrl3");
        assertThat(s.truePairs()).isEqualTo(6538);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.997);
    }
}
