package org.rollcall.job;

import java.time.LocalDateTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A run whose process died leaves its execution STARTED in the job repository; the next command
 * recovers and resumes it instead of refusing to run forever. A run whose lock is held is refused.
 */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:interrupted;DB_CLOSE_DELAY=-1")
class InterruptedRunTests {

    /** One folder per test JVM, fixed for the context: ${random.uuid} in the property gave each reader of it another folder. */
    private static final String DATA_DIR = System.getProperty("java.io.tmpdir") + "/rollcall-interrupted-tests-" + UUID.randomUUID();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("rollcall.data-dir", () -> DATA_DIR);
    }

    @TempDir
    Path dir;

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepository repository;

    @Value("${rollcall.data-dir}")
    String dataDir;

    @Test
    void runLeftStartedByADeadProcessIsRecoveredAndResumed() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        // given: an execution left STARTED, as a SIGKILL during its ingest step leaves it
        JobParameters params = new JobParametersBuilder().addString(RunContext.JOB_FILE, sample.job().file().toString())
                .addString(RunContext.BASE_DIR, sample.job().baseDir().toString()).addString(RunContext.RUN, "2026-11-23T020000Z")
                .toJobParameters();
        JobInstance instance = repository.createJobInstance("nightly", params);
        JobExecution dead = repository.createJobExecution(instance, params, new ExecutionContext());
        dead.setStatus(BatchStatus.STARTED);
        dead.setStartTime(LocalDateTime.now().minusHours(1));
        repository.update(dead);

        // when the same command runs again
        JobRunner.Outcome outcome = runner.run(sample.job());

        // then the dead run is resumed under its own name and completes
        assertThat(outcome.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(outcome.resumed()).isTrue();
        assertThat(outcome.execution().getJobParameters().getString(RunContext.RUN)).isEqualTo("2026-11-23T020000Z");
        assertThat(repository.getJobExecution(dead.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(dir.resolve("output/nightly/2026-11-23T020000Z/entities.csv")).exists();
    }

    @Test
    void runWhoseLockIsHeldIsRefused() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Optional<RunLock> held = RunLock.tryAcquire(Path.of(dataDir), "nightly");
        assertThat(held).isPresent();
        try (RunLock lock = held.get()) {
            assertThat(runner.run(sample.job()).code()).isEqualTo(ExitCode.ALREADY_RUNNING);
        }
        assertThat(runner.run(sample.job()).code()).isEqualTo(ExitCode.COMPLETED);
    }
}
