package org.rollcall.config;

import java.util.List;
import org.rollcall.RollcallException;

/** A job file that cannot be run; the message lists every problem found, each with its fix. */
public class JobDefinitionException extends RollcallException {

    private final List<String> problems;
    private final transient JobDefinition definition;

    public JobDefinitionException(String file, List<String> problems) {
        this(file, problems, null);
    }

    /**
     * @param definition the job as far as it could be read, so that checks of its sources against
     *     the files can add their problems to the same list; {@code null} when it could not be read
     */
    public JobDefinitionException(String file, List<String> problems, JobDefinition definition) {
        super(file + " is not a valid job file:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
        this.definition = definition;
    }

    /** The job as far as it could be read, or {@code null}. */
    public JobDefinition definition() {
        return definition;
    }

    public List<String> problems() {
        return problems;
    }
}
