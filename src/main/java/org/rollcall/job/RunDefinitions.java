package org.rollcall.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rollcall.config.JobDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Freezes the job definition into a run when it begins: the job file's text is kept as the run's
 * first stage, and every step of the run, in this process or in a later one that resumes it,
 * reads the definition from that text. A job file edited between a failure and its resume thus
 * changes nothing in the resumed run, and the resume says so.
 */
@Component
public class RunDefinitions implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunDefinitions.class);

    private final StageStore store;
    private final Map<Long, JobDefinition> parsed = new ConcurrentHashMap<>();

    public RunDefinitions(StageStore store) {
        this.store = store;
    }

    /** Keeps the job file's text when the run begins; on a resume, says whether the file changed since. */
    @Override
    public void beforeJob(JobExecution execution) {
        long run = execution.getJobInstance().getInstanceId();
        Path file = Path.of(execution.getJobParameters().getString(RunContext.JOB_FILE));
        String now = read(file);
        if (!store.has(run, Stages.JOB_FILE)) {
            store.saveOne(run, Stages.JOB_FILE, now);
        } else if (!store.loadOne(run, Stages.JOB_FILE).equals(now)) {
            LOG.warn("the job file {} changed since run {} began; the resumed run uses the definition it began with. "
                    + "Your changes apply from the next run on", file, execution.getJobParameters().getString(RunContext.RUN));
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        parsed.remove(execution.getJobInstance().getInstanceId());
    }

    /** The context of the step being run, with the definition its run began with. */
    public RunContext of(ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        JobParameters params = step.getJobParameters();
        long run = step.getJobExecution().getJobInstance().getInstanceId();
        JobDefinition def = parsed.computeIfAbsent(run, r -> JobFiles.parse(store.loadOne(r, Stages.JOB_FILE),
                Path.of(params.getString(RunContext.JOB_FILE)), Path.of(params.getString(RunContext.BASE_DIR))));
        return new RunContext(run, params.getString(RunContext.RUN), def);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job file " + file, e);
        }
    }
}
