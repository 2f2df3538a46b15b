package org.rollcall.register;

import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Gives this run's clusters the register's stable person ids, through the records they share
 * with earlier runs:
 * <ul>
 * <li>a cluster whose records were all one person keeps that person's id;</li>
 * <li>a cluster whose records were several people (a <b>merge</b>) keeps the oldest id (the
 * smallest); the other ids are recorded as merged into it and are not used again;</li>
 * <li>when one person's records now fall into several clusters (a <b>split</b>), the cluster
 * holding most of them keeps the id (on a tie, the one whose first record comes first); the
 * others get new ids, recorded as split from it;</li>
 * <li>a cluster of records never seen before gets a new id.</li>
 * </ul>
 */
public final class IdAssigner {

    private IdAssigner() {
    }

    /**
     * @param personOfCluster the register id of each cluster
     * @param merges "P000012 merged into P000007" lines
     * @param splits "P000031 split from P000007" lines
     * @param created ids created in this run
     * @param mergedInto each id merged in this run → the id it was merged into
     */
    public record Assignment(String[] personOfCluster, List<String> merges, List<String> splits, List<String> created,
            Map<String, String> mergedInto) {
    }

    /**
     * @param clusterOf cluster of each record
     * @param recordKeys stable key of each record (see {@link RecordKeys})
     * @param previous record key → person id from earlier runs
     * @param newId makes a new person id
     */
    public static Assignment assign(int[] clusterOf, int clusters, List<String> recordKeys, Map<String, String> previous, Supplier<String> newId) {
        List<Map<String, Integer>> votes = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            votes.add(new TreeMap<>());
        }
        Map<String, Map<Integer, Integer>> clustersOfId = new HashMap<>();
        int[] firstRecord = new int[clusters];
        Arrays.fill(firstRecord, Integer.MAX_VALUE);
        for (int i = 0; i < clusterOf.length; i++) {
            int c = clusterOf[i];
            firstRecord[c] = Math.min(firstRecord[c], i);
            String id = previous.get(recordKeys.get(i));
            if (id != null) {
                votes.get(c).merge(id, 1, Integer::sum);
                clustersOfId.computeIfAbsent(id, k -> new HashMap<>()).merge(c, 1, Integer::sum);
            }
        }
        // each old id goes to the cluster holding most of its records
        Map<String, Integer> owner = new HashMap<>();
        clustersOfId.forEach((id, counts) -> owner.put(id, counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -firstRecord[e.getKey()]))
                .orElseThrow().getKey()));
        String[] person = new String[clusters];
        List<String> merges = new ArrayList<>();
        List<String> splits = new ArrayList<>();
        List<String> created = new ArrayList<>();
        Map<String, String> mergedInto = new TreeMap<>();
        for (int c = 0; c < clusters; c++) {
            List<String> owned = new ArrayList<>();
            for (String id : votes.get(c).keySet()) {
                if (owner.get(id) == c) {
                    owned.add(id);
                }
            }
            if (owned.isEmpty()) {
                person[c] = newId.get();
                created.add(person[c]);
                for (String id : votes.get(c).keySet()) {
                    splits.add(person[c] + " split from " + id);
                }
            } else {
                person[c] = owned.get(0);
                for (String other : owned.subList(1, owned.size())) {
                    merges.add(other + " merged into " + person[c]);
                    mergedInto.put(other, person[c]);
                }
            }
        }
        return new Assignment(person, merges, splits, created, mergedInto);
    }
}
