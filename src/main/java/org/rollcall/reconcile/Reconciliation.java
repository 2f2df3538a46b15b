package org.rollcall.reconcile;

import java.util.List;
import java.util.Map;
import org.rollcall.ingest.Claim;

/**
 * What a run found: headline figures in report order, the list behind each counted figure, the
 * claims the sources state, and the person each record was linked to.
 */
public record Reconciliation(List<Figure> figures, Map<String, List<ListRow>> lists, List<Claim> claims,
        List<EntityRow> entities) {

    public Reconciliation {
        figures = List.copyOf(figures);
        lists = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lists));
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
    }

    /** The value of a figure; fails when the key is not one. */
    public long figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure '" + key + "'")).value();
    }
}
