package org.rollcall.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.rollcall.match.PersonNameComparison;
import org.rollcall.normalize.PersonName;

/**
 * Finds the people whose only records the list corrected since the last run, so that they keep
 * their id instead of vanishing and coming back as someone new: a cédula added where there was
 * none ("no posee" → V-19.876.543), a typo in the name of a person without cédula (OMIRA →
 * OMAIRA), a second given name written out. Such a record's key is new, and when the person has
 * no other record the key was the only thing that carried their id.
 *
 * <p>A would-be new person (a cluster none of whose records the register knows) and a would-be
 * vanished person (an id no record of this run keeps) are one corrected person when a record of
 * each
 * <ul>
 * <li>comes from the same source, with the same case number (none for a list's rows);</li>
 * <li>has names that agree: the same words but one mistyped ({@link #oneWordMistyped}), or as the
 * matcher reads a name written twice ({@link PersonNameComparison#agree}: a typo, a missing or
 * added word, an initial, the same words in another order);</li>
 * <li>has ID numbers that do not conflict: equal, or one of the two has none (a cédula added or
 * dropped); two different cédulas are two people;</li>
 * <li>is not told apart by what else the two say, as the matcher's constraints would ({@link Traits#toldApart}:
 * birth dates beyond a slip; unless both carry one cédula, a known sex that differs or a detention that differs
 * in two of date, place and offence) — Daniela, born in 2001 and held in Lara, is not Daniel, born in 1968 and
 * held in Zulia, corrected (the register keeps what each record said since its traits were kept: an earlier
 * record stored before then is not told apart);</li>
 * </ul>
 * and the pairing is one to one: when a new person fits two vanished ones, or a vanished one two
 * new ones, none of them is paired (they stay apart, as they would without this). Row numbers
 * play no part: a re-sorted sheet renumbers every row.
 */
final class CorrectedPeople {

    /**
     * Words shared by more vanished records than this are not used to find candidates: a common
     * surname would make the search quadratic, and a corrected name has other words to be found by.
     */
    private static final int MAX_BLOCK = 500;

    private CorrectedPeople() {
    }

    /**
     * One corrected person.
     *
     * @param cluster this run's cluster
     * @param personId the id it keeps
     * @param before the earlier record's key (see {@link RecordKeys})
     * @param after this run's record's key
     */
    record Pairing(int cluster, String personId, String before, String after) {
    }

    /**
     * @param clusterOf cluster of each record
     * @param recordKeys each record's key
     * @param traits each record's traits
     * @param newClusters the clusters none of whose records the register knows
     * @param register the records of earlier runs: their person ids and traits
     * @param vanished the ids no record of this run keeps
     * @return the pairings, in cluster order
     */
    static List<Pairing> pair(int[] clusterOf, List<String> recordKeys, List<Traits> traits, Set<Integer> newClusters,
            RegisterRecords register, Set<String> vanished) {
        if (newClusters.isEmpty() || vanished.isEmpty()) {
            return List.of();
        }
        Map<String, List<Earlier>> byWord = new HashMap<>();
        register.personOf().forEach((key, id) -> {
            if (vanished.contains(id)) {
                String[] parts = RecordKeys.parts(key);
                if (parts != null) {
                    Earlier e = new Earlier(key, id, parts);
                    for (String word : words(parts[1])) {
                        byWord.computeIfAbsent(parts[0] + "|" + word, k -> new ArrayList<>()).add(e);
                    }
                }
            }
        });
        // every fit between a new cluster and a vanished id, with the keys that made it; the matcher's name comparison
        // without a job's aliases, made for this run (it remembers each word's sound)
        PersonNameComparison names = new PersonNameComparison("person name", Map.of());
        Map<Integer, Map<String, String[]>> fitsOfCluster = new TreeMap<>();
        Map<String, Set<Integer>> fitsOfId = new HashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            if (!newClusters.contains(clusterOf[i])) {
                continue;
            }
            String[] parts = RecordKeys.parts(recordKeys.get(i));
            if (parts == null) {
                continue;
            }
            Set<Earlier> candidates = new LinkedHashSet<>();
            for (String word : words(parts[1])) {
                List<Earlier> block = byWord.get(parts[0] + "|" + word);
                if (block != null && block.size() <= MAX_BLOCK) {
                    candidates.addAll(block);
                }
            }
            for (Earlier e : candidates) {
                boolean sameCedula = !parts[2].isEmpty() && parts[2].equals(e.parts()[2]);
                if (fits(e.parts(), parts, names) && !traits.get(i).toldApart(register.traits(e.key()), sameCedula)) {
                    fitsOfCluster.computeIfAbsent(clusterOf[i], k -> new TreeMap<>()).putIfAbsent(e.id(), new String[] {e.key(), recordKeys.get(i)});
                    fitsOfId.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(clusterOf[i]);
                }
            }
        }
        List<Pairing> out = new ArrayList<>();
        fitsOfCluster.forEach((cluster, ids) -> {
            if (ids.size() == 1) {
                Map.Entry<String, String[]> only = ids.entrySet().iterator().next();
                if (fitsOfId.get(only.getKey()).size() == 1) {
                    out.add(new Pairing(cluster, only.getKey(), only.getValue()[0], only.getValue()[1]));
                }
            }
        });
        return out;
    }

    /** An earlier record of a vanished person: its key, its id, the key's parts. */
    private record Earlier(String key, String id, String[] parts) {
    }

    /** Same source and case number, ID numbers that do not conflict, names that agree. */
    static boolean fits(String[] before, String[] after, PersonNameComparison names) {
        if (!before[0].equals(after[0]) || !before[3].equals(after[3])) {
            return false;
        }
        if (!before[2].isEmpty() && !after[2].isEmpty() && !before[2].equals(after[2])) {
            return false;
        }
        if (!before[2].isEmpty() && after[2].isEmpty()) {
            return false; // a list rarely takes a cédula back: a row without one where one was is more often a namesake arriving
        }
        List<String> x = PersonName.tokensOf(before[1]);
        List<String> y = PersonName.tokensOf(after[1]);
        if (after[2].isEmpty() && x.size() != y.size()) {
            return false; // without a cédula on either side only a name written with as many words, one mistyped at most, is the same row
        }
        return oneWordMistyped(x, y) || names.agree(name(before[1]), name(after[1]));
    }

    /**
     * The same words but one, in the same order, and that one mistyped: the same first letter and a
     * Levenshtein distance of 1, or 2 when both have six letters or more (OMIRA → OMAIRA, which the
     * matcher's typo test, made to tell two people apart, does not take for one word).
     */
    static boolean oneWordMistyped(List<String> x, List<String> y) {
        if (x.size() != y.size() || x.isEmpty()) {
            return false;
        }
        int differ = -1;
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                if (differ >= 0) {
                    return false;
                }
                differ = i;
            }
        }
        if (differ < 0) {
            return true;
        }
        String a = x.get(differ);
        String b = y.get(differ);
        int most = Math.min(a.length(), b.length()) >= 6 ? 2 : 1;
        int distance = new LevenshteinDistance(most).apply(a, b);
        return a.charAt(0) == b.charAt(0) && distance >= 0 && distance <= most;
    }

    /** A folded name as written, word by word: both keys of a source are written alike, so no parse decides their order. */
    private static PersonName name(String folded) {
        return new PersonName(folded, List.of(), List.of(), PersonName.tokensOf(folded), false, List.of());
    }

    /** The words of a folded name that can find it: of two letters or more. */
    private static List<String> words(String folded) {
        return PersonName.tokensOf(folded).stream().filter(w -> w.length() > 1).distinct().toList();
    }
}
