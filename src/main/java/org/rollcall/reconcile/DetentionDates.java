package org.rollcall.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rollcall.domain.SourceKind;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.text.Messages;

/**
 * NGO rows of one person that name different detention dates with nothing in the lists saying the
 * person was out in between, for the {@code field-problems} list: one row per later row, naming
 * both rows and dates. They are not counted as a re-arrest ({@link Timeline#laterDetentions}): a
 * volunteer copying a person to the next month's sheet two days off is as likely as a re-arrest the
 * list does not state; someone who knows the person says which it is (a release date or a note
 * "excarcelado el …" on the earlier row makes it a re-arrest on the next run).
 */
public final class DetentionDates {

    private DetentionDates() {
    }

    /**
     * @param records the run's records
     * @param clusterOf each record's cluster
     * @param personOfCluster each cluster's person id
     * @return the rows, in the people's order of clusters
     */
    public static List<ListRow> rows(List<PersonRecord> records, int[] clusterOf, String[] personOfCluster, Messages m) {
        Map<Integer, List<PersonRecord>> ngo = new HashMap<>();
        Map<Integer, Integer> dates = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            if (r.kind() == SourceKind.NGO_LIST) {
                ngo.computeIfAbsent(clusterOf[i], k -> new ArrayList<>()).add(r);
                if (r.detentionDate() != null) {
                    dates.merge(clusterOf[i], 1, Integer::sum);
                }
            }
        }
        List<ListRow> out = new ArrayList<>();
        dates.forEach((cluster, dated) -> {
            if (dated < 2) {
                return;
            }
            Person p = new Person(personOfCluster[cluster], ngo.get(cluster));
            List<PersonRecord> later = Timeline.unexplainedDetentions(p);
            if (later.isEmpty()) {
                return;
            }
            PersonRecord first = ngo.get(cluster).stream().filter(r -> r.detentionDate() != null)
                    .min((a, b) -> a.detentionDate().compareTo(b.detentionDate())).orElseThrow();
            for (PersonRecord r : later) {
                out.add(new ListRow(p.entityId(), r.name().display(), r.rawId(), Reconciler.ref(first, m) + "; " + Reconciler.ref(r, m),
                        m.format("problem.detention-dates", first.detentionDate().toString(), r.detentionDate().toString()), null));
            }
        });
        return out;
    }
}
