package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rollcall.estimate.EstimatesJson;
import org.rollcall.estimate.EstimationSettings;
import org.rollcall.estimate.Estimates;
import org.rollcall.estimate.LinkageSensitivity;
import org.rollcall.estimate.MultipleSystemsEstimator;
import org.rollcall.estimate.OverlapTable;
import org.rollcall.estimate.Strata;

/**
 * The people of a run as capture histories over the job's sources, and the multiple systems
 * estimate of the people on none of them (see docs/estimates.md), with how the estimate moves
 * when the uncertain pairs of the review list are all linked instead of kept apart.
 */
public final class ListOverlaps {

    private ListOverlaps() {
    }

    /**
     * The {@code estimates} object of summary.json.
     *
     * @param lists the job's source ids, in job order: one list each
     * @param states the run's people, each with the sources they are on
     * @param uncertain pairs of person ids the matcher sent to review (kept apart in this run)
     */
    public static Map<String, Object> estimates(List<String> lists, List<PersonState> states, List<String[]> uncertain) {
        return estimates(lists, states, uncertain, Map.of());
    }

    /**
     * The same, with the estimate also made per stratum.
     *
     * @param strata stratum name (an attribute, e.g. {@code state}) → person id → the person's value
     */
    public static Map<String, Object> estimates(List<String> lists, List<PersonState> states, List<String[]> uncertain,
            Map<String, Map<String, String>> strata) {
        EstimationSettings settings = EstimationSettings.defaults();
        Map<String, Set<String>> apart = membership(states);
        OverlapTable table = OverlapTable.of(lists, apart);
        Estimates e = MultipleSystemsEstimator.estimate(table, settings);
        Map<String, Object> out = new LinkedHashMap<>(EstimatesJson.toMap(e, settings.confidence()));
        out.put("overlap", withPeople((List<?>) out.get("overlap"), lists, table));
        if (!uncertain.isEmpty()) {
            out.put("linkage-sensitivity", EstimatesJson.toMap(LinkageSensitivity.compare(lists, merged(apart, uncertain), apart, settings)));
        }
        if (!strata.isEmpty()) {
            Map<String, Object> byStratum = new LinkedHashMap<>();
            strata.forEach((name, valueOf) -> byStratum.put(name,
                    EstimatesJson.toMap(Strata.estimate(lists, apart, valueOf, settings), settings.confidence())));
            out.put("strata", byStratum);
        }
        return out;
    }

    /** Each overlap cell of the JSON with the ids of its people (the register's ids, as in entities.csv). */
    private static List<Object> withPeople(List<?> cells, List<String> lists, OverlapTable table) {
        List<Object> out = new ArrayList<>();
        for (Object o : cells) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cell = new LinkedHashMap<>((Map<String, Object>) o);
            int mask = 0;
            for (Object list : (List<?>) cell.get("lists")) {
                mask |= 1 << lists.indexOf(String.valueOf(list));
            }
            cell.put("people", table.people(mask));
            out.add(cell);
        }
        return out;
    }

    /**
     * Person id → the ids of the sources they are on (sorted, unmodifiable). People on the same sources share one set: half
     * a million people are on a handful of combinations, and a set each held a tenth of the report step's heap.
     */
    static Map<String, Set<String>> membership(List<PersonState> states) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Map<String, Set<String>> ofSources = new HashMap<>();
        for (PersonState s : states) {
            out.put(s.personId(), ofSources.computeIfAbsent(s.sources(), ListOverlaps::sources));
        }
        return out;
    }

    private static Set<String> sources(String written) {
        Set<String> on = new TreeSet<>();
        for (String source : written.split(",")) {
            if (!source.isBlank()) {
                on.add(source.trim());
            }
        }
        return Collections.unmodifiableSet(on);
    }

    /**
     * The membership with each uncertain pair's two people made one (transitively). A person merged with no one keeps
     * the set it had (shared, unmodifiable); the sets of people made one are joined into a set of their own.
     */
    static Map<String, Set<String>> merged(Map<String, Set<String>> apart, List<String[]> pairs) {
        Map<String, String> parent = new HashMap<>();
        apart.keySet().forEach(p -> parent.put(p, p));
        for (String[] pair : pairs) {
            if (parent.containsKey(pair[0]) && parent.containsKey(pair[1])) {
                parent.put(root(parent, pair[0]), root(parent, pair[1]));
            }
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Set<String> joined = new HashSet<>();
        for (Map.Entry<String, Set<String>> e : apart.entrySet()) {
            String root = root(parent, e.getKey());
            Set<String> before = out.get(root);
            if (before == null) {
                out.put(root, e.getValue());
            } else {
                Set<String> union = joined.add(root) ? new TreeSet<>(before) : before;
                union.addAll(e.getValue());
                out.put(root, union);
            }
        }
        return out;
    }

    private static String root(Map<String, String> parent, String p) {
        List<String> path = new ArrayList<>();
        while (!parent.get(p).equals(p)) {
            path.add(p);
            p = parent.get(p);
        }
        for (String q : path) {
            parent.put(q, p);
        }
        return p;
    }
}
