package org.rollcall.job;

import org.rollcall.domain.Problem;
import org.rollcall.ingest.RejectedRow;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rollcall.config.JobDefinition;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs a job definition as a Spring Batch job named after it. When the job's last run failed,
 * the same command resumes that run (same parameters, same report folder) from its failed step
 * instead of starting a new one. One run per job at a time, across processes ({@link RunLock});
 * a run whose process died (SIGKILL, power cut) is recovered and resumed by the next command.
 */
@Component
public class JobRunner {

    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'");

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobRepository repository;
    private final JobOperator operator;
    private final List<Step> steps;
    private final Path dataDir;
    private final StageStore store;
    private final RunDefinitions definitions;

    public JobRunner(JobRepository repository, JobOperator operator, RunSteps steps, StageStore store, RunDefinitions definitions,
            @Value("${rollcall.data-dir}") String dataDir) {
        this.repository = repository;
        this.operator = operator;
        this.store = store;
        this.definitions = definitions;
        this.dataDir = Path.of(dataDir);
        this.steps = steps.steps();
    }

    /**
     * The outcome of a run.
     *
     * @param code the exit code
     * @param execution the Spring Batch execution, {@code null} when none was started
     * @param resumed true when a failed run was resumed
     * @param lostFiles the source files the run could not read at all, each with its reason (exit 10)
     */
    public record Outcome(ExitCode code, JobExecution execution, boolean resumed, List<Problem> lostFiles) {

        public Outcome {
            lostFiles = lostFiles == null ? List.of() : List.copyOf(lostFiles);
        }
    }

    public Outcome run(JobDefinition def) throws Exception {
        Optional<RunLock> lock = RunLock.tryAcquire(dataDir, def.name());
        if (lock.isEmpty()) {
            JobInstance last = repository.getLastJobInstance(def.name());
            return new Outcome(ExitCode.ALREADY_RUNNING, last == null ? null : repository.getLastJobExecution(last), false, List.of());
        }
        try (RunLock held = lock.get()) {
            return runLocked(def);
        }
    }

    private Outcome runLocked(JobDefinition def) throws Exception {
        Job job = job(def.name());
        JobParameters params = null;
        boolean resumed = false;
        JobInstance last = repository.getLastJobInstance(def.name());
        if (last != null) {
            JobExecution lastExecution = repository.getLastJobExecution(last);
            if (lastExecution != null && lastExecution.getStatus().isRunning()) {
                // We hold the job's lock, so the process that ran it is gone: mark it failed, then resume it.
                LOG.warn("run {} of job '{}' was interrupted (started {}, its process is gone); resuming it",
                        lastExecution.getJobParameters().getString(RunContext.RUN), def.name(), lastExecution.getStartTime());
                lastExecution = operator.recover(lastExecution);
            }
            if (lastExecution != null && (lastExecution.getStatus() == BatchStatus.FAILED || lastExecution.getStatus() == BatchStatus.STOPPED)) {
                params = lastExecution.getJobParameters();
                resumed = true;
            }
        }
        if (params == null) {
            params = newRun(def);
        }
        JobExecution execution = operator.start(job, params);
        ExitCode code = execution.getStatus() == BatchStatus.COMPLETED ? ExitCode.COMPLETED : ExitCode.FAILED;
        List<Problem> lost = code == ExitCode.COMPLETED ? unreadableFiles(execution.getJobInstance().getInstanceId()) : List.of();
        if (!lost.isEmpty()) {
            code = ExitCode.COMPLETED_WITH_UNREADABLE_INPUT;
        }
        return new Outcome(code, execution, resumed, lost);
    }

    /** Source files of the run rejected whole, each with its reason. */
    private List<Problem> unreadableFiles(long run) {
        return store.load(run, Stages.REJECTED_ROWS).stream().filter(RejectedRow::isWholeFile).map(RejectedRow::problem).toList();
    }

    /** Rows of the run rejected one by one (not whole files). */
    long rejectedRows(JobExecution execution) {
        return store.load(execution.getJobInstance().getInstanceId(), Stages.REJECTED_ROWS)
                .stream().filter(r -> !r.isWholeFile()).count();
    }

    Job job(String name) {
        var builder = new JobBuilder(name, repository).listener(definitions).start(steps.get(0));
        for (Step s : steps.subList(1, steps.size())) {
            builder = builder.next(s);
        }
        return builder.build();
    }

    private JobParameters newRun(JobDefinition def) {
        String base = ZonedDateTime.now(ZoneOffset.UTC).format(RUN_NAME);
        String name = base;
        for (int i = 2; ; i++) {
            JobParameters p = new JobParametersBuilder()
                    .addString(RunContext.JOB_FILE, def.file().toString())
                    .addString(RunContext.BASE_DIR, def.baseDir().toString())
                    .addString(RunContext.RUN, name)
                    .toJobParameters();
            if (repository.getJobInstance(def.name(), p) == null) {
                return p;
            }
            name = base + "-" + i;
        }
    }
}
