package org.rollcall.job;

/**
 * What one step hands to the steps after it within a run: a name (its rows in the stage table)
 * and the type of its items. A step writes a stage whole; a later step, or the same step resumed
 * in another process, reads it back by the same constant, so name and type cannot drift apart.
 *
 * @param name the stage's name, stable across versions (a resumed run reads what an older step wrote)
 * @param type the type of its items
 * @param sharedText true when the items repeat the same texts or dates many times (a person's source rows
 *     on each of the reconciliation's lists): a read then keeps one copy of each text, as the
 *     writer had, instead of one per occurrence
 * @param <T> the type of its items
 */
public record Stage<T>(String name, Class<T> type, boolean sharedText) {

    /** A stage whose texts are read as they come. */
    public Stage(String name, Class<T> type) {
        this(name, type, false);
    }
}
