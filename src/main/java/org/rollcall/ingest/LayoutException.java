package org.rollcall.ingest;

/**
 * A source file whose layout is not what the job file says: no sheet of that name, no header
 * row with the mapped columns, a mapped column name written twice. The check before a run turns
 * it into a job-file problem (exit 2, nothing written); during a run it costs the file.
 */
public class LayoutException extends SourceReadException {

    public LayoutException(String message) {
        super(message);
    }
}
