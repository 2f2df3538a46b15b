package org.rollcall.job;

import org.rollcall.config.JobDefinition;

/**
 * What a step needs to know about its run: the run key (the job instance id, the same across
 * restarts), the run's name (its UTC start, which names its report folder) and the job definition
 * as it was when the run began (see {@link RunDefinitions}).
 *
 * @param run the run key
 * @param runName the run's timestamp, which names its report folder
 * @param definition the job definition the run began with
 */
public record RunContext(long run, String runName, JobDefinition definition) {

    /** Job parameter: the job file's path. */
    public static final String JOB_FILE = "jobFile";
    /** Job parameter: the folder the job file's relative paths are resolved against. */
    public static final String BASE_DIR = "baseDir";
    /** Job parameter: the run's name. */
    public static final String RUN = "run";
}
