package org.rollcall.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.normalize.PersonRecord;

/**
 * A record without an ID number that two people of the lists could be is linked to neither. After
 * the clustering (and the joins of {@link PersonEvidence}), a record without ID number whose tie
 * to the rest of its person rests on the name alone (no other field weighs for it, over all their
 * records) is set apart from that person when another person of the lists bears its name
 * ({@link NameBearers#bears}, found through {@link NameIndex}), could be it (nothing conflicts:
 * {@link PersonEvidence#conflict}) and is set apart by nothing (no field weighs against them,
 * {@link PersonEvidence#nothingAgainst}). Its pairs with its former person go to review.
 *
 * <p>Why the weights do not decide: the communiqué's "FRANCISCO MARTÍNEZ MARTÍNEZ" agrees word for
 * word with the NGO's "Martínez Martínez, Francisco" and only partly with the NGO's "Martínez,
 * Francisco" (a surname missing), so the model weighs the first several bits higher; yet an NGO
 * that writes a person short does so whichever person it is, and the entry is the second one as
 * often as not. Two people bear the name, nothing else is known: which one the record names is
 * for a person to decide. A person whose fields speak for the record (a state, a date in common)
 * keeps it, and a namesake whose fields speak against it is no rival.
 *
 * <p>The other way round ({@code rivalForTheRest}): when a field of the rest of the person weighs
 * against the record, another person whose fields speak for that rest and who bears the record's
 * name as written is a rival for it, and the record is set apart when that one comes within the
 * decisive margin.
 */
final class NamesakeHoldBack {

    private final PersonEvidence evidence;
    private final NameBearers bearers;

    NamesakeHoldBack(PersonEvidence evidence, NameBearers bearers) {
        this.evidence = evidence;
        this.bearers = bearers;
    }

    /**
     * @param clusterOf the clusters, numbered from 0
     * @param kept records an analyst linked to another: never set apart
     * @return the clusters with each such record alone, numbered from 0 in order of first record
     *         ({@code clusterOf} itself when none is)
     */
    int[] holdBack(List<PersonRecord> records, String[] birth, Object[][] prepared, int[] clusterOf, NameIndex names, Set<Integer> kept) {
        int n = records.size();
        Map<Integer, List<Integer>> members = ClusterNumbers.members(clusterOf);
        int[] fullest = fullestNames(clusterOf, members, names);
        int[] out = clusterOf.clone();
        int next = Arrays.stream(clusterOf).max().orElse(-1) + 1;
        boolean any = false;
        for (int x = 0; x < n; x++) {
            List<Integer> person = members.get(clusterOf[x]);
            if (records.get(x).id() != null || person.size() < 2 || kept.contains(x)) {
                continue;
            }
            List<Integer> self = List.of(x);
            List<Integer> rest = new ArrayList<>(person);
            rest.remove(Integer.valueOf(x));
            if (!evidence.nameAlone(records, prepared, self, rest) || !anotherBearer(records, birth, prepared, clusterOf, fullest, members, names, x, rest)
                    && !rivalForTheRest(records, birth, prepared, clusterOf, members, names, x, rest)) {
                continue;
            }
            out[x] = next++;
            any = true;
        }
        return any ? ClusterNumbers.renumbered(out) : clusterOf;
    }

    /**
     * True when a person other than {@code x}'s bears its name, could be it, no field sets them
     * apart, and that person is not the rest of {@code x}'s own: something keeps the two apart (a
     * constraint, or a field that weighs against them). One who could be the rest too is no rival:
     * the three may be one ("REYNA SANTOS, IGNECIO" on a ruling without cédula beside the NGO's
     * "REYNA SANTOS, IGNACIO" and the ruling with his cédula).
     *
     * <p>The people looked at are those of the records whose names agree with {@code x}'s
     * ({@link NameIndex#agreeingWith}), less those who cannot bear it as written: a person bears
     * it only with a name of {@code x}'s words or one fewer and none fuller
     * ({@link NameBearers#bearsAsWritten}), so each of their records has no more words than
     * {@code x}'s and their fullest name has that many or one fewer; those records are found
     * without comparing the others ({@link NameIndex#agreeingNoFuller}).
     */
    private boolean anotherBearer(List<PersonRecord> records, String[] birth, Object[][] prepared, int[] clusterOf, int[] fullest,
            Map<Integer, List<Integer>> members, NameIndex names, int x, List<Integer> rest) {
        List<Integer> self = List.of(x);
        Set<Integer> seen = new HashSet<>(List.of(clusterOf[x]));
        int words = names.words(x);
        for (int y : names.agreeingNoFuller(x)) {
            int c = clusterOf[y];
            if (fullest[c] > words || fullest[c] < words - 1 || !seen.add(c)) {
                continue;
            }
            List<Integer> other = members.get(c);
            if (bearers.bearsAsWritten(prepared, self, other) && !evidence.conflict(records, birth, self, other)
                    && evidence.nothingAgainst(records, prepared, self, other)
                    && (evidence.conflict(records, birth, other, rest) || !evidence.nothingAgainst(records, prepared, other, rest))) {
                return true;
            }
        }
        return false;
    }

    /** Per cluster, the most words of its records' names (0 when none has a name). */
    private static int[] fullestNames(int[] clusterOf, Map<Integer, List<Integer>> members, NameIndex names) {
        int[] out = new int[Arrays.stream(clusterOf).max().orElse(-1) + 1];
        members.forEach((c, m) -> out[c] = m.stream().mapToInt(names::words).max().orElse(0));
        return out;
    }
    /**
     * True when a field of the rest of {@code x}'s person weighs against {@code x} (its tie being
     * the name alone), and another person who bears {@code x}'s name as written, who could be the
     * rest and is not {@code x}'s own (a constraint or a field keeps them apart), weighs against
     * the rest, taken as a whole, within the decisive margin of {@code x}: the fields speak for the
     * other where the name speaks for {@code x}. The NGO's "MORAN MALDONADO GABRIEL" (no cédula,
     * another state) beside its "MORÁN GABRIEL" (no cédula, the state of the communiqué's
     * "GABRIEL MORÁN MALDONADO", whose cédula a ruling of that name carries): the full name
     * outweighs the short one by less than the state weighs, and which NGO row is that person
     * nothing else says.
     */
    private boolean rivalForTheRest(List<PersonRecord> records, String[] birth, Object[][] prepared, int[] clusterOf,
            Map<Integer, List<Integer>> members, NameIndex names, int x, List<Integer> rest) {
        List<Integer> self = List.of(x);
        if (evidence.nothingAgainst(records, prepared, self, rest)) {
            return false;
        }
        double own = evidence.weight(records, prepared, self, rest);
        Set<Integer> seen = new HashSet<>(List.of(clusterOf[x]));
        for (int y : names.agreeingWith(x)) {
            int c = clusterOf[y];
            if (!seen.add(c)) {
                continue;
            }
            List<Integer> other = members.get(c);
            if (bearers.bearsAsWritten(prepared, self, other) && !evidence.conflict(records, birth, other, rest)
                    && (evidence.conflict(records, birth, self, other) || !evidence.nothingAgainst(records, prepared, self, other))
                    && evidence.weight(records, prepared, other, rest) > own - evidence.margin()) {
                return true;
            }
        }
        return false;
    }

}
