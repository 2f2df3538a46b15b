package org.rollcall;

/**
 * The project's one exception type: its message says where (file, sheet, row, column, value)
 * and how to fix the problem, and it wraps the cause.
 */
public class RollcallException extends RuntimeException {

    public RollcallException(String message) {
        super(message);
    }

    public RollcallException(String message, Throwable cause) {
        super(message, cause);
    }
}
