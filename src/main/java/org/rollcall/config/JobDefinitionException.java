package org.rollcall.config;

import java.util.List;
import org.rollcall.RollcallException;
import org.rollcall.domain.Problem;

/**
 * A job file that cannot be run; the message lists every problem found, each with its fix. Its
 * {@link #kind()}, read off the problems' kinds, alone decides the exit code:
 * {@link Problem.Kind#INPUT_MISSING} when every problem is a path matching no file, else
 * {@link Problem.Kind#JOB_FILE}.
 */
public class JobDefinitionException extends RollcallException {

    private final List<Problem> problems;
    private final transient JobDefinition definition;

    public JobDefinitionException(String file, List<Problem> problems) {
        this(file, problems, null);
    }

    /**
     * @param definition the job as far as it could be read, so that checks of its sources against
     *     the files can add their problems to the same list; {@code null} when it could not be read
     */
    public JobDefinitionException(String file, List<Problem> problems, JobDefinition definition) {
        super(heading(file, problems) + ":\n  - " + String.join("\n  - ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
        this.definition = definition;
    }

    /**
     * What stops the run, in a few words: the job file is wrong, or (when it is right and only
     * files are missing) a source's input file is missing; each problem then says where and how to fix it.
     */
    private static String heading(String file, List<Problem> problems) {
        long missing = problems.stream().filter(p -> p.kind() == Problem.Kind.INPUT_MISSING).count();
        if (missing == 0 || problems.isEmpty()) {
            return file + " is not a valid job file";
        }
        String files = missing == 1 ? "a source's input file is missing" : missing + " sources' input files are missing";
        return missing == problems.size() ? file + ": " + files + ", so nothing was run"
                : file + " cannot be run: it is not a valid job file, and " + files;
    }

    /** The job as far as it could be read, or {@code null}. */
    public JobDefinition definition() {
        return definition;
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** What sort of problem stops the run: {@link Problem.Kind#INPUT_MISSING} or {@link Problem.Kind#JOB_FILE}. */
    public Problem.Kind kind() {
        return !problems.isEmpty() && problems.stream().allMatch(p -> p.kind() == Problem.Kind.INPUT_MISSING)
                ? Problem.Kind.INPUT_MISSING : Problem.Kind.JOB_FILE;
    }
}
