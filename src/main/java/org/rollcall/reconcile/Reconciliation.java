package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.rollcall.ingest.Claim;

/**
 * What a run found: headline figures in report order, the list behind each counted figure, the
 * claims the sources state, and the person each record was linked to.
 */
public record Reconciliation(List<Figure> figures, Map<String, List<ListRow>> lists, List<Claim> claims,
        List<EntityRow> entities, List<PersonState> states) {

    public Reconciliation {
        figures = List.copyOf(figures);
        lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
        states = states == null ? List.of() : List.copyOf(states);
    }

    /** The same reconciliation with more counted figures at the end. */
    public Reconciliation withCounted(Map<String, String> labels, Map<String, List<ListRow>> more) {
        List<Figure> f = new ArrayList<>(figures);
        Map<String, List<ListRow>> l = new LinkedHashMap<>(lists);
        more.forEach((key, rows) -> {
            f.add(new Figure(key, rows.size(), labels.get(key), false));
            l.put(key, rows);
        });
        return new Reconciliation(f, l, claims, entities, states);
    }

    /** The same reconciliation opening with what changed since the previous run. */
    public Reconciliation withChanges(Changes.Result changes, boolean firstRun) {
        List<Figure> f = new ArrayList<>();
        Map<String, List<ListRow>> l = new LinkedHashMap<>();
        String since = firstRun ? " (first run: nothing to compare with)" : "";
        List<ListRow> added = firstRun ? List.of() : changes.newPeople();
        f.add(new Figure("changes-new-people", added.size(), "new people since the previous run" + since, false));
        l.put("changes-new-people", added);
        f.add(new Figure("changes-vanished", changes.vanished().size(), "people who left a list since the previous run" + since, false));
        l.put("changes-vanished", changes.vanished());
        f.add(new Figure("changes-status", changes.statusChanged().size(), "people whose status changed since the previous run" + since, false));
        l.put("changes-status", changes.statusChanged());
        f.add(new Figure("changes-merged", changes.merged().size(), "people found to be the same as another since the previous run"
                + " (their ids merged)" + since, false));
        l.put("changes-merged", changes.merged());
        f.add(new Figure("changes-corrected", changes.corrected().size(), "people who kept their id through a record the list corrected"
                + " (a cédula added, a name's typo fixed)" + since, false));
        l.put("changes-corrected", changes.corrected());
        f.add(new Figure("changes-split", changes.split().size(), "people split off an earlier person since the previous run"
                + " (the matching now tells their records apart)" + since, false));
        l.put("changes-split", changes.split());
        f.addAll(figures);
        l.putAll(lists);
        return new Reconciliation(f, l, claims, entities, states);
    }

    /**
     * The same reconciliation with each list's rows replaced by what {@code rows} gives for its key
     * (for example the rows read back from where a {@link ListSink} wrote them, or none, to store
     * the figures without the rows); the lists' keys and order stay.
     */
    public Reconciliation withRows(BiFunction<String, List<ListRow>, List<ListRow>> rows) {
        Map<String, List<ListRow>> l = new LinkedHashMap<>();
        lists.forEach((key, old) -> l.put(key, rows.apply(key, old)));
        return new Reconciliation(figures, l, claims, entities, states);
    }

    /** The value of a figure; fails when the key is not one. */
    public long figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure '" + key + "'")).value();
    }
}
