package org.rollcall.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rollcall.normalize.PersonRecord;

/**
 * Groups matched records into people, strongest links first, refusing any merge that would put
 * two records that conflict under the {@link Constraints} in one cluster. That stops chaining: a
 * record without a cédula that looks like two different people cannot join them into one.
 */
public final class Clusterer {

    private Clusterer() {
    }

    /**
     * @param clusterOf cluster index per record, clusters numbered from 0 in order of their first record
     * @param clusters number of clusters
     * @param refused match pairs not linked because of a constraint, now review pairs with the reason
     */
    public record Result(int[] clusterOf, int clusters, List<ScoredPair> refused) {
    }

    /**
     * @param pairs scored pairs; only {@link Outcome#MATCH} pairs link
     * @param birthKeys each record's birth date as yyyyMMdd, or {@code null}
     */
    public static Result cluster(List<PersonRecord> records, String[] birthKeys, List<ScoredPair> pairs, Constraints constraints) {
        return cluster(records, birthKeys, pairs, constraints, AnalystLinks.NONE);
    }

    /**
     * As {@link #cluster(List, String[], List, Constraints)}, with analysts' analystLinks: "same
     * person" pairs are joined first, whatever the constraints; "different people" pairs are
     * never put in one cluster.
     */
    public static Result cluster(List<PersonRecord> records, String[] birthKeys, List<ScoredPair> pairs, Constraints constraints,
            AnalystLinks analystLinks) {
        int n = records.size();
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(null);
        }
        List<ScoredPair> refused = new ArrayList<>();
        for (int[] same : analystLinks.mustLink()) {
            int ra = find(parent, same[0]);
            int rb = find(parent, same[1]);
            if (ra != rb) {
                List<Integer> ma = membersOf(members, ra);
                List<Integer> mb = membersOf(members, rb);
                int keep = Math.min(ra, rb);
                parent[Math.max(ra, rb)] = keep;
                ma.addAll(mb);
                members.set(keep, ma);
                members.set(Math.max(ra, rb), null);
            }
        }
        List<ScoredPair> sorted = pairs.stream().filter(p -> p.outcome() == Outcome.MATCH)
                .sorted(Comparator.comparingDouble(ScoredPair::weight).reversed()
                        .thenComparingInt(ScoredPair::a).thenComparingInt(ScoredPair::b))
                .toList();
        for (ScoredPair p : sorted) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb) {
                continue;
            }
            List<Integer> ma = membersOf(members, ra);
            List<Integer> mb = membersOf(members, rb);
            if (conflict(records, birthKeys, ma, mb, constraints) || decidedApart(ma, mb, analystLinks)) {
                refused.add(p.withOutcome(Outcome.REVIEW, Notes.CONFLICT));
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            parent[gone] = keep;
            ma.addAll(mb);
            members.set(keep, ma);
            members.set(gone, null);
        }
        int[] cluster = new int[n];
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (number[root] < 0) {
                number[root] = next++;
            }
            cluster[i] = number[root];
        }
        return new Result(cluster, next, refused);
    }

    private static List<Integer> membersOf(List<List<Integer>> members, int root) {
        List<Integer> m = members.get(root);
        if (m == null) {
            m = new ArrayList<>(List.of(root));
            members.set(root, m);
        }
        return m;
    }

    private static boolean decidedApart(List<Integer> a, List<Integer> b, AnalystLinks analystLinks) {
        for (int[] d : analystLinks.cannotLink()) {
            if (a.contains(d[0]) && b.contains(d[1]) || a.contains(d[1]) && b.contains(d[0])) {
                return true;
            }
        }
        return false;
    }

    /** True when a constraint forbids records {@code a} and {@code b} to be one person. */
    static boolean conflict(List<PersonRecord> records, String[] birth, List<Integer> a, List<Integer> b, Constraints c) {
        for (int x : a) {
            for (int y : b) {
                if (c.conflict(records.get(x), records.get(y), birth[x], birth[y])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The root of {@code i} in a union-find forest, halving the path on the way. */
    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
