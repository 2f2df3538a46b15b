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
        location = location == null ? "" : location;
        fix = fix == null ? "" : fix;
    }

    /**
     * A problem of a job file's key: {@code jobFile("sources[0] (ngo).path", "missing", "give the file's path")}.
     *
     * @param key the key path as the docs write it, or a line ("line 12"), or {@code ""} for the whole file
     */
    public static Problem jobFile(String key, String message, String fix) {
        return new Problem(key, message, fix, Kind.JOB_FILE);
    }

    /** A problem of a job file as a whole: it cannot be found, read or parsed. */
    public static Problem jobFile(String message, String fix) {
        return new Problem("", message, fix, Kind.JOB_FILE);
    }

    /** The problem as one line: location, message and fix. */
    @Override
    public String toString() {
        return (location.isEmpty() ? "" : location + ": ") + message + (fix.isEmpty() ? "" : "; " + fix);
    }
}
