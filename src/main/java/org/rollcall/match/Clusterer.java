package org.rollcall.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rollcall.normalize.NationalId;
import org.rollcall.normalize.PersonRecord;

/**
 * Groups matched records into people, strongest links first, refusing any merge that would put
 * two clearly different cédulas in one cluster. That stops chaining: a record without a cédula
 * that looks like two different people cannot join them into one.
 */
public final class Clusterer {

    private Clusterer() {
    }

    /**
     * @param pairs scored pairs; only {@link Outcome#MATCH} pairs link
     * @return cluster index per record, clusters numbered from 0 in order of their first record;
     *     and the match pairs that were refused, as review pairs with the reason
     */
    public static Result cluster(List<PersonRecord> records, List<ScoredPair> pairs) {
        int n = records.size();
        int[] parent = new int[n];
        List<List<NationalId>> idList = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            NationalId id = records.get(i).id();
            idList.add(id == null ? new ArrayList<>() : new ArrayList<>(List.of(id)));
        }
        List<ScoredPair> refused = new ArrayList<>();
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
            if (conflict(idList.get(ra), idList.get(rb))) {
                refused.add(p.withOutcome(Outcome.REVIEW, "not linked: it would put different cédulas in one person"));
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            parent[gone] = keep;
            idList.get(keep).addAll(idList.get(gone));
        }
        int[] cluster = new int[n];
        int[] number = new int[n];
        java.util.Arrays.fill(number, -1);
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

    /**
     * @param clusterOf cluster index per record
     * @param clusters number of clusters
     * @param refused match pairs not linked because of a cédula conflict
     */
    public record Result(int[] clusterOf, int clusters, List<ScoredPair> refused) {
    }

    private static boolean conflict(List<NationalId> a, List<NationalId> b) {
        for (NationalId x : a) {
            for (NationalId y : b) {
                if (PairScorer.conflicting(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
