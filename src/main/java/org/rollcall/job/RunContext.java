package org.rollcall.job;

import java.nio.file.Path;
import org.rollcall.config.JobDefinition;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a step needs to know about its run, read from the job parameters: the run key (the job
 * instance id, the same across restarts), the job definition, and the run's name (timestamp).
 *
 * @param run the run key
 * @param runName the run's timestamp, which names its report folder
 * @param definition the job definition, read again from its file
 */
public record RunContext(long run, String runName, JobDefinition definition) {

    public static final String JOB_FILE = "jobFile";
    public static final String BASE_DIR = "baseDir";
    public static final String RUN = "run";

    public static RunContext of(ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        JobParameters params = step.getJobParameters();
        JobDefinition def = JobFiles.load(Path.of(params.getString(JOB_FILE)), Path.of(params.getString(BASE_DIR)));
        return new RunContext(step.getJobExecution().getJobInstance().getInstanceId(), params.getString(RUN), def);
    }
}
