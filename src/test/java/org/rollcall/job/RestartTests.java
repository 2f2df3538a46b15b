package org.rollcall.job;

import java.util.LinkedHashMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A run that fails in its last step is resumed by the same command: the completed steps are not
 * run again, and the reports equal those of an uninterrupted run.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:restart;DB_CLOSE_DELAY=-1")
class RestartTests {

    @TempDir
    Path dir;

    @Autowired
    JobRunner runner;

    @Test
    void failedRunResumesFromTheFailedStepAndEndsLikeAnUninterruptedRun() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        // given: the output folder cannot be created, because a file stands in its place
        Path jobOutput = dir.resolve("output/nightly");
        Files.createDirectories(jobOutput.getParent());
        Files.writeString(jobOutput, "not a folder");

        JobRunner.Outcome failed = runner.run(sample.job());
        assertThat(failed.code()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.execution().getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.COMPLETED)
                .extracting(StepExecution::getStepName).containsExactly("ingest", "normalize", "review", "match", "register", "reconcile");

        // when: the cause is fixed and the same command runs again
        Files.delete(jobOutput);
        JobRunner.Outcome resumed = runner.run(sample.job());

        // then: only the failed step ran, in the same run (same instance, same report folder)
        assertThat(resumed.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.execution().getJobInstance().getInstanceId()).isEqualTo(failed.execution().getJobInstance().getInstanceId());
        assertThat(resumed.execution().getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("report");
        String runName = resumed.execution().getJobParameters().getString(RunContext.RUN);
        Path resumedDir = jobOutput.resolve(runName);

        // and an uninterrupted run of the same inputs writes the same entities and figures
        JobRunner.Outcome fresh = runner.run(sample.job());
        assertThat(fresh.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(fresh.resumed()).isFalse();
        Path freshDir = jobOutput.resolve(fresh.execution().getJobParameters().getString(RunContext.RUN));
        assertThat(freshDir).isNotEqualTo(resumedDir);
        assertThat(freshDir.resolve("entities.csv")).as("the same people keep the same ids").hasSameTextualContentAs(resumedDir.resolve("entities.csv"));
        var fresh2 = new LinkedHashMap<>(Reports.figures(freshDir));
        var resumed2 = new LinkedHashMap<>(Reports.figures(resumedDir));
        fresh2.keySet().removeIf(k -> k.startsWith("changes-"));
        resumed2.keySet().removeIf(k -> k.startsWith("changes-"));
        assertThat(fresh2).isEqualTo(resumed2);
        assertThat(Reports.figures(freshDir)).as("same inputs again: nothing changed")
                .containsEntry("changes-new-people", 0L).containsEntry("changes-vanished", 0L).containsEntry("changes-status", 0L);
    }
}
