package org.rollcall.text;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each equal value, up to a limit: a million records that write the same place, offence,
 * date or name word hold one string for it instead of a million. Values past the limit are kept as
 * they are (shared no more), so a column of distinct values cannot fill the heap with a map of them.
 * Not thread-safe: one per reader.
 */
public final class SharedValues {

    /** The limit that suits a column's or a name vocabulary's distinct values. */
    public static final int DEFAULT_LIMIT = 1 << 18;

    private final Map<Object, Object> seen = new HashMap<>();
    private final int limit;

    public SharedValues() {
        this(DEFAULT_LIMIT);
    }

    /** @param limit the most distinct values remembered */
    public SharedValues(int limit) {
        this.limit = limit;
    }

    /** The first equal value seen, or {@code value} itself (also when null). */
    @SuppressWarnings("unchecked")
    public <T> T share(T value) {
        if (value == null) {
            return null;
        }
        Object first = seen.get(value);
        if (first != null) {
            return (T) first;
        }
        if (seen.size() < limit) {
            seen.put(value, value);
        }
        return value;
    }
}
