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
    private final transient JobDefinition definition;
    private final Problem.Kind kind;

    public JobDefinitionException(String file, List<String> problems) {
        this(file, problems, (JobDefinition) null);
    }

    /**
     * @param definition the job as far as it could be read, so that checks of its sources against
     *     the files can add their problems to the same list; {@code null} when it could not be read
     */
    public JobDefinitionException(String file, List<String> problems, JobDefinition definition) {
        this(file, problems, definition, Problem.Kind.JOB_FILE);
    }

    /** Problems of one kind: {@link Problem.Kind#INPUT_MISSING} when every one is a path matching no file. */
    public JobDefinitionException(String file, List<String> problems, Problem.Kind kind) {
        this(file, problems, null, kind);
    }

    private JobDefinitionException(String file, List<String> problems, JobDefinition definition, Problem.Kind kind) {
        super(file + " is not a valid job file:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
        this.definition = definition;
        this.kind = kind;
    }

    /** The job as far as it could be read, or {@code null}. */
    public JobDefinition definition() {
        return definition;
    }

    public List<String> problems() {
        return problems;
    }

    /** What sort of problem stops the run: {@link Problem.Kind#JOB_FILE} or {@link Problem.Kind#INPUT_MISSING}. */
    public Problem.Kind kind() {
        return kind;
    }
}
