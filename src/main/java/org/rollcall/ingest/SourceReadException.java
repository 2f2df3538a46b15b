package org.rollcall.ingest;

import org.rollcall.RollcallException;
import org.rollcall.text.Messages;

/**
 * A source file that cannot be read at all (missing, not a workbook, no such sheet). Made with a
 * message key ({@link #of}), it can say so in a report's language ({@link #in}); its own message
 * (logs, the command line before a job's language is known) is the English text.
 */
public class SourceReadException extends RollcallException {

    private final String key;
    private final transient Object[] args;

    public SourceReadException(String message) {
        this(message, (Throwable) null);
    }

    public SourceReadException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.args = new Object[0];
    }

    private SourceReadException(Throwable cause, String key, Object... args) {
        super(Messages.of("en").format(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The problem of bundle key {@code key} with its arguments (strings: numbers are formatted by the caller). */
    public static SourceReadException of(String key, Object... args) {
        return new SourceReadException(null, key, args);
    }

    /** As {@link #of(String, Object...)}, with its cause. */
    public static SourceReadException of(Throwable cause, String key, Object... args) {
        return new SourceReadException(cause, key, args);
    }

    /** The message in the language of {@code messages}: the English one when it was made without a key. */
    public String in(Messages messages) {
        return key == null ? getMessage() : messages.format(key, args);
    }
}
