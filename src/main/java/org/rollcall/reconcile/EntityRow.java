package org.rollcall.reconcile;

/** One line of entities.csv: which person a source record was linked to. */
public record EntityRow(String entityId, String source, String recordId) {
}
