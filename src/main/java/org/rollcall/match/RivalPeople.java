package org.rollcall.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rollcall.normalize.PersonRecord;

/**
 * Rivals at the level of a person for the link that made a pair of records without an ID number
 * one person. The pairwise ambiguity check ({@link Linker}) sees a rival only in one record: a
 * record that cannot share a person with the link, or a second record of one list. A person whose
 * evidence is spread over several records escapes it: a communiqué's "JOSÉ LUIS PÁEZ VILLARREAL"
 * (no cédula, Miranda) matches the NGO's "PAEZ VILLARREAL JOSE LUIS" (no cédula, Miranda) by the
 * name and the state, and just as well the person made of the ruling "José Luis Páez Villarreal"
 * (the name, a cédula) and the NGO's "PÁEZ JOSÉ" (that cédula, Miranda): the name from one of its
 * records, the state from another. Which of the two people the entry names, nothing says.
 *
 * <p>So, after the first clustering, each person of exactly two records, neither with an ID
 * number, is looked at record by record: a record whose weight with another person around it,
 * taken as a whole ({@link PersonEvidence#weight}: per field the best agreement over the person's
 * records), comes within the decisive margin of its weight with its partner is ambiguous when
 * that person and the partner cannot be one ({@link PersonEvidence#conflict}: an ID number or a
 * birth date, or two rows of a list that rarely names one person twice, such as the NGO's
 * "PAEZ VILLARREAL JOSE LUIS" and "PÁEZ JOSÉ" above), and the two are set apart (their pair goes
 * to review). A person the record itself cannot be is no rival; nor is one who could be both
 * records (two rulings of one person, "Juan García" with a cédula and "Juan García Hernández"
 * without): the pair then joins that person as a whole or not at all. Set apart, each record is then weighed against every
 * person around it as a whole like any small group ({@link PersonEvidence#joins}), and joins one
 * only when that one is decisively the best.
 */
final class RivalPeople {

    private final PersonEvidence evidence;
    private final double margin;

    RivalPeople(PersonEvidence evidence, double margin) {
        this.evidence = evidence;
        this.margin = margin;
    }

    /**
     * @param clusterOf the first clustering's cluster per record, numbered from 0 in order of first record
     * @param pairs the candidate pairs (a * n + b): who is around whom
     * @return the clusters with each ambiguous pair set apart, numbered from 0 in order of first record
     *         ({@code clusterOf} itself when none is)
     */
    int[] untie(List<PersonRecord> records, String[] birth, Object[][] prepared, int[] clusterOf, long[] pairs) {
        int n = records.size();
        Map<Integer, List<Integer>> members = ClusterNumbers.members(clusterOf);
        boolean[] pair = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<Integer> m = members.get(clusterOf[i]);
            pair[i] = m.size() == 2 && m.stream().allMatch(x -> records.get(x).id() == null);
        }
        Map<Integer, Set<Integer>> around = new HashMap<>();
        for (long p : pairs) {
            int a = (int) (p / n);
            int b = (int) (p % n);
            if (clusterOf[a] == clusterOf[b]) {
                continue;
            }
            if (pair[a]) {
                around.computeIfAbsent(a, k -> new TreeSet<>()).add(clusterOf[b]);
            }
            if (pair[b]) {
                around.computeIfAbsent(b, k -> new TreeSet<>()).add(clusterOf[a]);
            }
        }
        int[] out = clusterOf.clone();
        int clusters = Arrays.stream(clusterOf).max().orElse(-1) + 1;
        int next = clusters;
        boolean any = false;
        for (int c = 0; c < clusters; c++) {
            List<Integer> m = members.get(c);
            if (m == null || !pair[m.get(0)] || !(ambiguous(records, birth, prepared, m.get(0), m.get(1), around, members)
                    || ambiguous(records, birth, prepared, m.get(1), m.get(0), around, members))) {
                continue;
            }
            out[m.get(1)] = next++;
            any = true;
        }
        return any ? ClusterNumbers.renumbered(out) : clusterOf;
    }

    /** True when a person around {@code x} weighs within the margin of {@code x}'s partner {@code y}. */
    private boolean ambiguous(List<PersonRecord> records, String[] birth, Object[][] prepared, int x, int y,
            Map<Integer, Set<Integer>> around, Map<Integer, List<Integer>> members) {
        List<Integer> self = List.of(x);
        double partner = evidence.weight(records, prepared, self, List.of(y));
        for (int c : around.getOrDefault(x, Set.of())) {
            List<Integer> person = members.get(c);
            if (evidence.conflict(records, birth, self, person) || !evidence.conflict(records, birth, List.of(y), person)) {
                continue; // a person who cannot be x is no rival, nor one who can be y too: the three may be one
            }
            if (evidence.weight(records, prepared, self, person) > partner - margin) {
                return true;
            }
        }
        return false;
    }

}
