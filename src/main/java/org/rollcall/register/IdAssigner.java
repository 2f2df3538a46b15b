package org.rollcall.register;

import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <li>a record whose name or cédula the list corrected since (same source, same cédula or same
 * name) votes for the person it was, when no record of this run keeps that person's id;</li>
 * <li>a cluster of records never seen before takes the id of a person no record of this run
 * keeps, when one of its records is that person's record corrected (a cédula added, a name's typo
 * fixed: see {@link CorrectedPeople}), one to one; it is listed as corrected;</li>
 * <li>any other cluster of records never seen before gets a new id.</li>
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
     * @param corrected each id kept by a corrected record ({@link CorrectedPeople}) → the key of the record it corrects
     * @param splitFrom each id created in this run for a part of an earlier person → that person's id (of several, the one
     *     most of the part's records had)
     */
    public record Assignment(String[] personOfCluster, List<String> merges, List<String> splits, List<String> created,
            Map<String, String> mergedInto, Map<String, String> corrected, Map<String, String> splitFrom) {
    }

    /**
     * @param clusterOf cluster of each record
     * @param recordKeys stable key of each record (see {@link RecordKeys})
     * @param previous record key → person id from earlier runs
     * @param newId makes a new person id
     */
    public static Assignment assign(int[] clusterOf, int clusters, List<String> recordKeys, Map<String, String> previous, Supplier<String> newId) {
        return assign(clusterOf, clusters, recordKeys, Collections.nCopies(recordKeys.size(), Traits.NONE), RegisterRecords.of(previous), newId);
    }

    /**
     * As above, with what each record says of its person and what the register stored of the earlier
     * records: a record continues the earlier key {@link EarlierKeys} finds for it, and no record is
     * taken for the correction of an earlier one its traits tell apart ({@link Traits#toldApart}).
     *
     * @param traits each record's traits
     * @param register the register of earlier runs
     */
    public static Assignment assign(int[] clusterOf, int clusters, List<String> recordKeys, List<Traits> traits, RegisterRecords register,
            Supplier<String> newId) {
        return assign(clusterOf, clusters, recordKeys, traits, register, EarlierKeys.resolve(recordKeys, traits, register), newId);
    }

    /** As above, with the earlier key each record continues, as {@link EarlierKeys#resolve} found them. */
    public static Assignment assign(int[] clusterOf, int clusters, List<String> recordKeys, List<Traits> traits, RegisterRecords register,
            String[] earlierKey, Supplier<String> newId) {
        Map<String, String> previous = register.personOf();
        // a cluster's votes, made when it has one: a first run has none, and half a million empty maps are not free
        List<Map<String, Integer>> votes = new ArrayList<>(Collections.nCopies(clusters, (Map<String, Integer>) null));
        Map<String, Map<Integer, Integer>> clustersOfId = new HashMap<>();
        int[] firstRecord = new int[clusters];
        Arrays.fill(firstRecord, Integer.MAX_VALUE);
        String[] idOf = new String[clusterOf.length];
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < clusterOf.length; i++) {
            idOf[i] = earlierKey[i] == null ? null : previous.get(earlierKey[i]);
            if (idOf[i] != null) {
                kept.add(idOf[i]);
            }
        }
        Corrections corrections = new Corrections(register, kept);
        Map<Integer, String> fixedFrom = new HashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            int c = clusterOf[i];
            firstRecord[c] = Math.min(firstRecord[c], i);
            String[] fix = idOf[i] != null ? null : corrections.idOf(recordKeys.get(i), traits.get(i));
            String id = fix == null ? idOf[i] : fix[0];
            if (fix != null) {
                fixedFrom.put(i, fix[1]);
            }
            if (id != null) {
                if (votes.get(c) == null) {
                    votes.set(c, new TreeMap<>());
                }
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
        Map<Integer, CorrectedPeople.Pairing> reunited = correctedPeople(clusterOf, clusters, recordKeys, traits, register, votes, clustersOfId);
        Map<String, String> corrected = new TreeMap<>();
        String[] person = new String[clusters];
        List<String> merges = new ArrayList<>();
        List<String> splits = new ArrayList<>();
        List<String> created = new ArrayList<>();
        Map<String, String> mergedInto = new TreeMap<>();
        Map<String, String> splitFrom = new TreeMap<>();
        for (int c = 0; c < clusters; c++) {
            Map<String, Integer> voted = votes.get(c) == null ? Map.of() : votes.get(c);
            List<String> owned = new ArrayList<>();
            for (String id : voted.keySet()) {
                if (owner.get(id) == c) {
                    owned.add(id);
                }
            }
            if (owned.isEmpty() && reunited.containsKey(c)) {
                person[c] = reunited.get(c).personId();
                corrected.put(person[c], reunited.get(c).before());
            } else if (owned.isEmpty()) {
                person[c] = newId.get();
                created.add(person[c]);
                for (String id : voted.keySet()) {
                    splits.add(person[c] + " split from " + id);
                }
                String c0 = person[c];
                // the earlier person most of the part's records had; of two as many, the older (smaller) id
                voted.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).ifPresent(e -> splitFrom.put(c0, e.getKey()));
            } else {
                person[c] = owned.get(0);
                for (String other : owned.subList(1, owned.size())) {
                    merges.add(other + " merged into " + person[c]);
                    mergedInto.put(other, person[c]);
                }
            }
        }
        // a person whose id only a corrected record carried over (its name's or its cédula's typo fixed) is listed as corrected
        fixedFrom.forEach((i, earlier) -> {
            String p = person[clusterOf[i]];
            if (!kept.contains(p) && p.equals(previous.get(earlier))) {
                corrected.putIfAbsent(p, earlier);
            }
        });
        return new Assignment(person, merges, splits, created, mergedInto, corrected, splitFrom);
    }

    /**
     * The clusters no record of which the register knows that are a vanished person's records
     * corrected, by cluster: none on a first run, or when every cluster or every earlier person is accounted for.
     */
    private static Map<Integer, CorrectedPeople.Pairing> correctedPeople(int[] clusterOf, int clusters, List<String> recordKeys,
            List<Traits> traits, RegisterRecords register, List<Map<String, Integer>> votes, Map<String, Map<Integer, Integer>> clustersOfId) {
        Map<String, String> previous = register.personOf();
        Set<Integer> unknown = new HashSet<>();
        for (int c = 0; c < clusters; c++) {
            if (votes.get(c) == null) {
                unknown.add(c);
            }
        }
        if (unknown.isEmpty() || previous.isEmpty()) {
            return Map.of();
        }
        Set<String> vanished = new HashSet<>(previous.values());
        vanished.removeAll(clustersOfId.keySet());
        Map<Integer, CorrectedPeople.Pairing> out = new HashMap<>();
        CorrectedPeople.pair(clusterOf, recordKeys, traits, unknown, register, vanished).forEach(p -> out.put(p.cluster(), p));
        return out;
    }

    /**
     * A record the list corrected since the last run: its name's typo fixed with the same cédula, or
     * its cédula's typo (one digit changed, two swapped, one added or dropped) with the same name.
     * Its key is new, so it finds no id by its key; it takes the id of the one earlier record of its
     * source so corrected whose person no record of this run keeps — the person would otherwise
     * vanish and come back under a new id. An earlier person whose records are still here is never
     * taken this way, nor one whose cédula differs by more than a typo, so a new namesake gets a new id.
     */
    private static final class Corrections {

        /** source|cédula → id → one earlier key of it with that cédula. */
        private final Map<String, Map<String, String>> byId = new HashMap<>();
        /** source|name|case → {id, cédula, earlier key}. */
        private final Map<String, List<String[]>> byName = new HashMap<>();
        private final RegisterRecords register;

        Corrections(RegisterRecords register, Set<String> kept) {
            this.register = register;
            register.personOf().forEach((key, id) -> {
                if (!kept.contains(id)) {
                    String[] parts = RecordKeys.parts(key);
                    if (parts != null) {
                        if (!parts[2].isEmpty()) {
                            byId.computeIfAbsent(parts[0] + "|" + parts[2], k -> new TreeMap<>()).merge(id, key, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                        byName.computeIfAbsent(parts[0] + "|" + parts[1] + "|" + parts[3], k -> new ArrayList<>()).add(new String[] {id, parts[2], key});
                    }
                }
            });
        }

        /**
         * The vanished person this new key corrects and the earlier key it corrects, or {@code null} when none or more
         * than one person could be.
         */
        String[] idOf(String key, Traits now) {
            if (byId.isEmpty() && byName.isEmpty()) {
                return null; // nothing vanished (a first run): no key need be taken apart
            }
            String[] parts = RecordKeys.parts(key);
            if (parts == null) {
                return null;
            }
            Map<String, String> ids = parts[2].isEmpty() ? null : byId.get(parts[0] + "|" + parts[2]);
            if (ids != null) {
                ids = new TreeMap<>(ids);
                ids.values().removeIf(earlier -> now.toldApart(register.traits(earlier), true));
            } else {
                ids = new TreeMap<>();
                for (String[] earlier : byName.getOrDefault(parts[0] + "|" + parts[1] + "|" + parts[3], List.of())) {
                    if (typo(earlier[1], parts[2]) && !now.toldApart(register.traits(earlier[2]), false)) {
                        ids.putIfAbsent(earlier[0], earlier[2]);
                    }
                }
            }
            if (ids.size() != 1) {
                return null;
            }
            Map.Entry<String, String> only = ids.entrySet().iterator().next();
            return new String[] {only.getKey(), only.getValue()};
        }

        /** True when two cédulas differ by one typo: one digit changed, two adjacent swapped, one added or dropped. */
        static boolean typo(String a, String b) {
            if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
                return false;
            }
            if (a.length() == b.length()) {
                int first = -1;
                int diffs = 0;
                for (int i = 0; i < a.length(); i++) {
                    if (a.charAt(i) != b.charAt(i)) {
                        first = diffs++ == 0 ? i : first;
                    }
                }
                return diffs == 1 || diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                        && a.charAt(first + 1) == b.charAt(first);
            }
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            if (longer.length() - shorter.length() != 1) {
                return false;
            }
            for (int i = 0; i < longer.length(); i++) {
                if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                    return true;
                }
            }
            return false;
        }
    }
}
