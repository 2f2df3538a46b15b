package org.rollcall.config;

import java.util.List;
import org.rollcall.RollcallException;

/** A job file that cannot be run; the message lists every problem found, each with its fix. */
public class JobDefinitionException extends RollcallException {

    private final List<String> problems;

    public JobDefinitionException(String file, List<String> problems) {
        super(file + " is not a valid job file:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
