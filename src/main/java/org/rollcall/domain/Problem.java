package org.rollcall.domain;

/**
 * Something wrong with a job file or an input, as a value: where it is, what is wrong, how to fix
 * it, and its kind, which alone decides what the run does (an exit code, a rejected row).
 *
 * @param location where, as a reader would look for it: "jobs/nightly.yaml line 12",
 *     "input/ngo.xlsx, sheet 'Detenidos', row 14, column 'Cédula'"
 * @param message what is wrong, with the value involved
 * @param fix what would fix it; may be empty when the message says it
 * @param kind what sort of problem it is
 */
public record Problem(String location, String message, String fix, Kind kind) {

    /** What a problem stops, from the whole run to one value. */
    public enum Kind {
        /** The job file cannot be run; nothing is written (exit 2). */
        JOB_FILE,
        /** A source's path or glob matches no file; nothing is written (exit 3). */
        INPUT_MISSING,
        /** A whole source file cannot be read; the other sources still run (exit 10). */
        SOURCE_FILE,
        /** One row or line cannot be used; it is listed among the rejected rows. */
        ROW,
        /** One value of a kept row cannot be read; the row is kept and the value listed. */
        FIELD
    }

    public Problem {
        fix = fix == null ? "" : fix;
    }

    /** The problem as one line: location, message and fix. */
    @Override
    public String toString() {
        return (location.isEmpty() ? "" : location + ": ") + message + (fix.isEmpty() ? "" : "; " + fix);
    }
}
