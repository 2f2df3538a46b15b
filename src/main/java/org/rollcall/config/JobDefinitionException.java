package org.rollcall.config;

import java.util.List;
import org.rollcall.RollcallException;
import org.rollcall.domain.Problem;

/**
 * A job file that cannot be run; the message lists every problem found, each with its fix. Its
 * {@link #kind()} alone decides the exit code: {@link Problem.Kind#INPUT_MISSING} when every
 * problem is a path matching no file, else {@link Problem.Kind#JOB_FILE}.
 */
public class JobDefinitionException extends RollcallException {

    private final List<String> problems;
    private final Problem.Kind kind;

    public JobDefinitionException(String file, List<String> problems) {
        this(file, problems, Problem.Kind.JOB_FILE);
    }

    public JobDefinitionException(String file, List<String> problems, Problem.Kind kind) {
        super(file + " is not a valid job file:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
        this.kind = kind;
    }

    public List<String> problems() {
        return problems;
    }

    /** What sort of problem stops the run: {@link Problem.Kind#JOB_FILE} or {@link Problem.Kind#INPUT_MISSING}. */
    public Problem.Kind kind() {
        return kind;
    }
}
