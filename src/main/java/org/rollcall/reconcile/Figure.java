package org.rollcall.reconcile;

/**
 * A headline figure.
 *
 * @param key stable name, used in summary.json and for the list behind it
 * @param value the figure
 * @param label what it counts, for people
 * @param stated true when the figure is what a source says (a claim), false when it is counted
 *     from the rows of its list; a counted figure always equals its list's row count
 */
public record Figure(String key, long value, String label, boolean stated) {
}
