package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/**
 * One cédula borne by two people or more after matching: two NGO rows with different names and
 * one cédula (a volunteer copied the row above), a ruling carrying another person's number. The
 * matcher keeps them apart — their names disagree — so no figure merges them, but one of the
 * numbers is wrong, or two of the people are one: each such person is a row of {@code
 * field-problems}, naming the others, never a silence.
 */
public final class SharedIds {

    private SharedIds() {
    }

    /**
     * @param records the run's records
     * @param clusterOf each record's person (cluster), in the records' order
     * @param personOfCluster each cluster's person id
     * @return one row per person sharing a cédula with another, in cédula order
     */
    public static List<ListRow> rows(List<PersonRecord> records, int[] clusterOf, String[] personOfCluster, Messages m) {
        Map<String, Map<Integer, List<PersonRecord>>> bearers = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            if (r.id() != null) {
                bearers.computeIfAbsent(r.id().digits(), k -> new LinkedHashMap<>()).computeIfAbsent(clusterOf[i], k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Map<Integer, List<PersonRecord>>> shared = new TreeMap<>();
        bearers.forEach((digits, people) -> {
            if (people.size() > 1) {
                shared.put(digits, people);
            }
        });
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
}
