package org.rollcall.job;

/** Exit codes of the command line, for cron scripts. Documented in README.md; keep them stable. */
public enum ExitCode {
    /** The job completed (rejected rows, if any, are listed in the report). */
    COMPLETED(0),
    /** The command or its arguments are wrong. */
    USAGE(64),
    /** The job file is invalid: unknown key, bad value, a mapped column missing from a file. */
    INVALID_JOB(2),
    /** A source's path or glob matches no file. */
    INPUT_MISSING(3),
    /**
     * The job completed, but a whole source file could not be read (corrupt, password-protected,
     * empty…): reports were written from the other sources and list the file with what to do.
     */
    COMPLETED_WITH_UNREADABLE_INPUT(10),
    /** With {@code --strict} only: the job completed and some rows were rejected (listed in the report). */
    COMPLETED_WITH_REJECTED_ROWS(11),
    /** The run failed; running the same command again resumes it from the failed step. */
    FAILED(4),
    /** Another run of the same job is in progress. */
    ALREADY_RUNNING(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
