package org.rollcall.ingest;

import org.rollcall.RollcallException;

/** A source file that cannot be read at all (missing, not a workbook, no such sheet). */
public class SourceReadException extends RollcallException {

    public SourceReadException(String message) {
        super(message);
    }

    public SourceReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
