package org.rollcall.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A run keeps the job definition it began with: a job file edited between a failure and its
 * resume changes nothing in the resumed run, and the next new run uses the edited file.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:frozen;DB_CLOSE_DELAY=-1")
class FrozenDefinitionTests {

    @TempDir
    Path dir;

    @Autowired
    JobRunner runner;

    @Test
    void resumedRunUsesTheDefinitionItBeganWithAndTheNextRunTheEditedOne() throws Exception {
        // given: a run that fails in its report step (a file stands where the output folder goes)
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path jobOutput = dir.resolve("output/nightly");
        Files.createDirectories(jobOutput.getParent());
        Files.writeString(jobOutput, "not a folder");
        assertThat(runner.run(sample.job()).code()).isEqualTo(ExitCode.FAILED);

        // when: the job file's report title is edited before the same command runs again
        Path jobFile = sample.job().file();
        String original = Files.readString(jobFile);
        String edited = original.replaceFirst("(?m)^  title: .*$", "  title: Edited after the failure");
        assertThat(edited).as("the edit took").isNotEqualTo(original);
        Files.writeString(jobFile, edited);
        Files.delete(jobOutput);
        JobRunner.Outcome resumed = runner.run(JobFiles.load(jobFile, dir));

        // then: the resumed run's report carries the title it began with, not the edited one
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(Files.readString(sample.latest().resolve("report.html"))).doesNotContain("Edited after the failure");

        // and the next run, a new one, uses the edited file
        JobRunner.Outcome next = runner.run(JobFiles.load(jobFile, dir));
        assertThat(next.resumed()).isFalse();
        assertThat(Files.readString(sample.latest().resolve("report.html"))).contains("Edited after the failure");
    }
}
