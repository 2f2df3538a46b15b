package org.rollcall.register;

import java.util.Map;
import java.util.function.Function;

/**
 * What the register holds of the records of earlier runs.
 *
 * @param personOf record key → person id
 * @param storedTraits record key → what the record said of its person when last seen ({@link Traits#encode}),
 *     {@code null} for a key stored before traits were kept; asked of few keys (namesakes, would-be corrections),
 *     so a store may look each up when asked rather than hold a million in memory
 */
public record RegisterRecords(Map<String, String> personOf, Function<String, String> storedTraits) {

    /** A register without traits (one written before they were kept). */
    public static RegisterRecords of(Map<String, String> personOf) {
        return new RegisterRecords(personOf, key -> null);
    }

    /** A register with the traits of some of its keys. */
    public static RegisterRecords of(Map<String, String> personOf, Map<String, Traits> traits) {
        return new RegisterRecords(personOf, key -> traits.containsKey(key) ? traits.get(key).encode() : null);
    }

    /** True when the register stored traits with {@code key}. */
    public boolean hasTraits(String key) {
        return storedTraits.apply(key) != null;
    }

    /** The traits stored with {@code key}, {@link Traits#NONE} when none. */
    public Traits traits(String key) {
        return Traits.decode(storedTraits.apply(key));
    }
}
