package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;
import org.rollcall.text.NationalId;

/**
 * One cédula borne by two people or more after matching: two NGO rows with different names and
 * one cédula (a volunteer copied the row above), a ruling carrying another person's number. The
 * matcher keeps them apart — their names disagree — so no figure merges them, but one of the
 * numbers is wrong, or two of the people are one: each such person is a row of {@code
 * field-problems}, naming the others, never a silence.
 */
public final class SharedIds {

    /** Bits of a packed key that hold the person (cluster); the cédula's digits stand above them. */
    private static final int CLUSTER_BITS = 24;

    private SharedIds() {
    }

    /**
     * @param records the run's records
     * @param clusterOf each record's person (cluster), in the records' order
     * @param personOfCluster each cluster's person id
     * @return one row per person sharing a cédula with another, in cédula order
     */
    public static List<ListRow> rows(List<PersonRecord> records, int[] clusterOf, String[] personOfCluster, Messages m) {
        // cédula and person packed in one long and sorted: no map of a million cédulas, only the few shared ones are kept
        long[] keys = new long[records.size()];
        int k = 0;
        // a document number (id-format: any) may hold letters: its key and first person in a map of their own, with its clashes
        Map<String, Integer> documentPerson = new HashMap<>();
        Set<String> clashingDocuments = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            NationalId id = records.get(i).id();
            if (id != null && packed(id)) {
                keys[k++] = Long.parseLong(id.digits()) << CLUSTER_BITS | clusterOf[i];
            } else if (id != null) {
                Integer first = documentPerson.putIfAbsent(id.digits(), clusterOf[i]);
                if (first != null && first != clusterOf[i]) {
                    clashingDocuments.add(id.digits());
                }
            }
        }
        Arrays.sort(keys, 0, k);
        Set<Long> clashing = new HashSet<>();
        for (int a = 0, b; a < k; a = b) {
            for (b = a + 1; b < k && keys[b] >>> CLUSTER_BITS == keys[a] >>> CLUSTER_BITS; b++) {
                if (keys[b] != keys[a]) {
                    clashing.add(keys[a] >>> CLUSTER_BITS);
                }
            }
        }
        if (clashing.isEmpty() && clashingDocuments.isEmpty()) {
            return List.of();
        }
        Map<String, Map<Integer, List<PersonRecord>>> shared = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            if (r.id() != null && (packed(r.id()) ? clashing.contains(Long.parseLong(r.id().digits())) : clashingDocuments.contains(r.id().digits()))) {
                shared.computeIfAbsent(r.id().digits(), d -> new LinkedHashMap<>()).computeIfAbsent(clusterOf[i], c -> new ArrayList<>()).add(r);
            }
        }
        List<ListRow> out = new ArrayList<>();
        shared.forEach((digits, people) -> people.forEach((cluster, rs) -> {
            List<String> others = new ArrayList<>();
            people.forEach((other, ors) -> {
                if (other.intValue() != cluster.intValue()) {
                    others.add(personOfCluster[other] + " " + ors.get(0).name().display() + " (" + Reconciler.ref(ors.get(0), m) + ")");
                }
            });
            PersonRecord first = rs.get(0);
            out.add(new ListRow(personOfCluster[cluster], first.name().display(), first.rawId(),
                    String.join("; ", rs.stream().map(r -> Reconciler.ref(r, m)).toList()),
                    m.format("problem.shared-id", first.id().toString(), people.size(), String.join("; ", others))));
        }));
        return out;
    }

    /** True when the number is packed in a long: a cédula's digits, or a document number of 11 digits or fewer. */
    private static boolean packed(NationalId id) {
        String d = id.digits();
        if (d.length() > 11) {
            return false;
        }
        for (int i = 0; i < d.length(); i++) {
            if (d.charAt(i) < '0' || d.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
