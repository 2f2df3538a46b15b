package org.rollcall.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The clusters of a clustering as the rules after the first one use them: their records, and numbers in order of first record. */
final class ClusterNumbers {

    private ClusterNumbers() {
    }

    /** Each cluster's records, in ascending order. */
    static Map<Integer, List<Integer>> members(int[] clusterOf) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            members.computeIfAbsent(clusterOf[i], k -> new ArrayList<>()).add(i);
        }
        return members;
    }

    /** The same clusters numbered from 0 in order of their first record. */
    static int[] renumbered(int[] clusterOf) {
        int[] number = new int[Arrays.stream(clusterOf).max().orElse(-1) + 1];
        Arrays.fill(number, -1);
        int next = 0;
        int[] out = new int[clusterOf.length];
        for (int i = 0; i < clusterOf.length; i++) {
            if (number[clusterOf[i]] < 0) {
                number[clusterOf[i]] = next++;
            }
            out[i] = number[clusterOf[i]];
        }
        return out;
    }
}
