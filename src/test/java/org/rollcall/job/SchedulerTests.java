package org.rollcall.job;

import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.JobDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The scheduler fires a job on the cron expression of its job file. */
@SpringBootTest(classes = RollcallApplication.class, properties = "spring.datasource.url=jdbc:h2:mem:schedule;DB_CLOSE_DELAY=-1")
class SchedulerTests {

    @TempDir
    Path dir;

    @Autowired
    JobScheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void jobFiresOnItsCronExpression() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path job = dir.resolve("jobs/every-second.yaml");
        Files.writeString(job, Files.readString(sample.job().file()).replace("schedule: \"0 0 2 * * *\"", "schedule: \"*/2 * * * * *\""));
        JobDefinition def = JobFiles.load(job, dir);
        JobScheduler.Handle handle = scheduler.start(List.of(def));
        try {
            Path latest = dir.resolve("output/nightly/latest/summary.json");
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.exists(latest) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(latest).as("a run fired by the schedule wrote its reports").exists();
        } finally {
            handle.stop();
        }
    }

    @Test
    void triggerWhileThePreviousRunIsGoingIsSkipped() throws Exception {
        SampleWorkspace sample = SampleWorkspace.create(dir);
        Path job = dir.resolve("jobs/skip.yaml");
        Files.writeString(job, Files.readString(sample.job().file()).replace("name: nightly", "name: nightly-skip"));
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'nightly-skip'", Integer.class);
        Thread first = new Thread(() -> scheduler.fire(job, dir, "nightly-skip"));
        first.start();
        Thread.sleep(300);
        long start = System.nanoTime();
        scheduler.fire(job, dir, "nightly-skip");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        first.join();
        assertThat(tookMillis).as("the second trigger returned at once").isLessThan(250);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'nightly-skip'", Integer.class))
                .as("one run, not two").isEqualTo(before + 1);
    }
}
