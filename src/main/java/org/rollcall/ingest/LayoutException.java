package org.rollcall.ingest;

import org.rollcall.domain.Problem;

/**
 * A source file whose layout is not what the job file says: no sheet of that name, no header
 * row with the mapped columns, a mapped column name written twice. The check before a run turns
 * its {@link #problem()} into a job-file problem (exit 2, nothing written); during a run it costs
 * the file.
 */
public class LayoutException extends SourceReadException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** @param location the file, sheet and row where the layout goes wrong */
    public LayoutException(String location, String message, String fix) {
        this(new Problem(location, message, fix, Problem.Kind.SOURCE_FILE));
    }

    private LayoutException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** Where, what and the fix. */
    public Problem problem() {
        return problem;
    }
}
