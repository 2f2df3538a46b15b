package org.rollcall.job;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rollcall.domain.Problem;

/**
 * Exit codes of the command line, for cron scripts; keep them stable. The one table: {@code --help}
 * prints {@link #table()}, README.md has the same rows (a test compares them), and a problem's
 * {@link Problem.Kind} alone chooses its code ({@link #of(Problem.Kind, boolean)}), never its text.
 */
public enum ExitCode {
    COMPLETED(0, "the job completed (rejected rows are listed in the report, not fatal; see --strict)"),
    INVALID_JOB(2, "the job file is invalid (the message lists every problem with its fix); nothing was written"),
    INPUT_MISSING(3, "a source's path or glob matches no file; nothing was written"),
    FAILED(4, "the run failed (the message says why and names the log file with the details); fix the cause and run the same"
            + " command again: it resumes the failed run from the failed step (also after a crash or kill -9)"),
    ALREADY_RUNNING(5, "another run of the same job is in progress (or another process has the job's database open)"),
    COMPLETED_WITH_UNREADABLE_INPUT(10, "the job completed, but a whole source file could not be read (corrupt, password-protected,"
            + " empty, a zip bomb, a PDF without text): the reports were made from the other sources and list the file with what to do"),
    COMPLETED_WITH_REJECTED_ROWS(11, "only with --strict: the job completed and some rows were rejected (without --strict that is 0)"),
    USAGE(64, "wrong command, option or arguments (the message names it and suggests the right one)");

    private static final Map<Problem.Kind, ExitCode> BY_KIND = new EnumMap<>(Map.of(
            Problem.Kind.JOB_FILE, INVALID_JOB,
            Problem.Kind.INPUT_MISSING, INPUT_MISSING,
            Problem.Kind.SOURCE_FILE, COMPLETED_WITH_UNREADABLE_INPUT,
            Problem.Kind.ROW, COMPLETED_WITH_REJECTED_ROWS,
            Problem.Kind.FIELD, COMPLETED));

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** What the code means, one line, as in README.md and {@code --help}. */
    public String meaning() {
        return meaning;
    }

    /**
     * The exit code for the worst kind of problem a command met.
     *
     * @param strict with {@code --strict}, rejected rows are not a success
     */
    public static ExitCode of(Problem.Kind kind, boolean strict) {
        ExitCode code = BY_KIND.get(kind);
        return code == COMPLETED_WITH_REJECTED_ROWS && !strict ? COMPLETED : code;
    }

    /** Every code with its meaning, in order, for {@code --help}. */
    public static Map<String, String> table() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (ExitCode c : values()) {
            rows.put(String.valueOf(c.code), c.meaning);
        }
        return rows;
    }
}
