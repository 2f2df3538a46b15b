package org.rollcall.job;

/**
 * What one step hands to the steps after it within a run: a name (its rows in the stage table)
 * and the type of its items. A step writes a stage whole; a later step, or the same step resumed
 * in another process, reads it back by the same constant, so name and type cannot drift apart.
 *
 * @param name the stage's name, stable across versions (a resumed run reads what an older step wrote)
 * @param type the type of its items
 * @param sharedValues how many distinct texts and dates a read of the file remembers to give back one copy of
 *     each ({@code 0}: none): for items that repeat the same texts many times (a person's source rows
 *     on each of the reconciliation's lists, a source's file name and snapshot date on each of its
 *     records), read back as small as the writer had them instead of one copy per occurrence
 * @param <T> the type of its items
 */
public record Stage<T>(String name, Class<T> type, int sharedValues) {

    /** A stage whose texts are read as they come. */
    public Stage(String name, Class<T> type) {
        this(name, type, 0);
    }
}
