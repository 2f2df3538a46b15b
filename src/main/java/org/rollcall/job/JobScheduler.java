package org.rollcall.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rollcall.RollcallException;
import org.rollcall.config.JobDefinition;
import org.rollcall.ingest.SourceCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Fires each job on the cron expression of its job file (Spring's cron support), one run at a
 * time per job: a trigger that comes while the job's previous run is still going is skipped and
 * logged, and the job's run lock also keeps out a {@code run} started from cron in another process.
 * The job file is read again at every trigger, so an edit takes effect at the next run.
 */
@Component
public class JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final JobRunner runner;
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

    public JobScheduler(JobRunner runner) {
        this.runner = runner;
    }

    /** A started schedule; {@link #stop()} cancels the triggers and waits for a run in progress. */
    public record Handle(ThreadPoolTaskScheduler scheduler, List<ScheduledFuture<?>> tasks) {
        public void stop() {
            tasks.forEach(t -> t.cancel(false));
            scheduler.shutdown();
        }
    }

    public Handle start(List<JobDefinition> jobs) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(Math.max(1, jobs.size()));
        scheduler.setThreadNamePrefix("rollcall-schedule-");
        // on stop (SIGTERM), let a run in progress finish; one cut short would resume at the next trigger anyway
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(600);
        scheduler.initialize();
        List<ScheduledFuture<?>> tasks = new ArrayList<>();
        for (JobDefinition def : jobs) {
            if (def.schedule() == null) {
                throw new RollcallException(def.file() + ": no 'schedule' in the job file; add one, e.g. schedule: \"0 0 2 * * *\"");
            }
            tasks.add(scheduler.schedule(() -> fire(def.file(), def.baseDir(), def.name()), new CronTrigger(def.schedule())));
            LOG.info("schedule: job '{}' on \"{}\"", def.name(), def.schedule());
        }
        return new Handle(scheduler, tasks);
    }

    /** One trigger of a job: skipped when its previous run is still going. */
    void fire(Path jobFile, Path baseDir, String name) {
        AtomicBoolean busy = running.computeIfAbsent(name, n -> new AtomicBoolean());
        if (!busy.compareAndSet(false, true)) {
            LOG.warn("schedule: job '{}' is still running from the previous trigger; this trigger is skipped", name);
            return;
        }
        try {
            JobDefinition def = JobFiles.load(jobFile, baseDir);
            SourceCheck.check(def);
            JobRunner.Outcome outcome = runner.run(def);
            LOG.info("schedule: job '{}' ended: {} (exit code {})", name, outcome.code(), outcome.code().code());
        } catch (Exception e) {
            LOG.error("schedule: job '{}' did not run: {}", name, e.getMessage());
        } finally {
            busy.set(false);
        }
    }
}
