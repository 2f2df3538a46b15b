package org.rollcall.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.rollcall.normalize.PersonRecord;

/**
 * Evidence at the level of a person: after the first clustering, a small group of records without
 * an ID number (a record still alone, or two) is compared with each candidate person as a whole.
 * For each field the best agreement across the person's records counts (the name as spelled on
 * any of them, any of their dates, centres, offences), so a record that agrees with one person's
 * three records outranks a namesake that agrees with one.
 *
 * <p>A group joins a person only when the combined weight reaches the match threshold, nothing
 * conflicts ({@link Constraints}: different ID numbers, incompatible birth dates, two records of a
 * list without duplicates), no other candidate person comes within the decisive margin (two
 * namesakes stay apart and go to review), and at least one of its pairs was already worth a review
 * on its own. Otherwise the clusters are left as they were.
 *
 * <p>A group short of the match threshold still joins when that person is the only bearer of its
 * name ({@link NameBearers#bears}: no other person in any of the lists, found through
 * {@link NameIndex} and taken as a whole, bears a name that agrees with it, unless a field other
 * than the name sets that one apart: see {@code setApart}) and their lists are known to share their people (the pair of lists' prior above the
 * overall one). The pairwise probability counts against a short name every namesake it might
 * have; where the lists hold none and the group's list mostly names people of the other lists,
 * what is left against it is a person on no other list who happens to bear an agreeing name.
 * Such a join needs no pair already worth a review when a name of the group and one of the person
 * agree in three words or more each ({@link NameBearers#agreeInThreeWords}): the pairwise
 * probability is then below the review threshold only for the namesakes the lists turn out not
 * to hold ("JOSÉ LUIS JUÁREZ" at p 0.19 against the only José Luis Juárez of the lists, "Juárez
 * Anaya, José Luis"). Two words ("Benito Hernández") are too common to tell a person on no other
 * list from the one who bears them, as for {@link ListedTwice}. The caller lists the joined pairs
 * with their explanation.
 */
final class PersonEvidence {

    /** Groups of at most this many records are compared as a whole with the people around them. */
    static final int SMALL = 2;

    private final MatchConfig config;
    private final MatchModel model;
    private final ListPriors priors;
    private final NameBearers bearersOfNames;

    /** Lists that rarely name one person twice: their prior within the list is the decisive margin below that with another list. */
    private final Set<String> rarelyRepeats;

    PersonEvidence(MatchConfig config, MatchModel model, ListPriors priors, List<PersonRecord> records) {
        this.config = config;
        this.model = model;
        this.priors = priors;
        this.bearersOfNames = new NameBearers(config.comparisons());
        Set<String> lists = new TreeSet<>();
        records.forEach(r -> lists.add(r.sourceId()));
        this.rarelyRepeats = priors.rarelyRepeating(lists, config.decisiveMargin());
    }

    /** The decisive margin, in bits: a rival within it of the best makes a choice ambiguous. */
    double margin() {
        return config.decisiveMargin();
    }

    /**
     * A group joined to a person.
     *
     * @param group the cluster (of the first clustering) that joined
     * @param person the cluster it joined
     * @param weight the combined weight, in bits
     */
    record Join(int group, int person, double weight) {
    }

    /**
     * @param clusterOf the first clustering's cluster per record
     * @param pairs the candidate pairs (a * n + b)
     * @param scored the pairs kept after scoring (review and above), with their outcomes
     * @param names every record's name, indexed by its words, over the same {@code prepared}
     * @return the joins, strongest first; the caller applies them
     */
    List<Join> joins(List<PersonRecord> records, String[] birth, Object[][] prepared, int[] clusterOf, long[] pairs,
            List<ScoredPair> scored, NameIndex names) {
        int n = records.size();
        Map<Integer, List<Integer>> members = ClusterNumbers.members(clusterOf);
        boolean[] subject = new boolean[members.size()];
        members.forEach((c, m) -> subject[c] = m.size() <= SMALL && m.stream().allMatch(i -> records.get(i).id() == null));
        Map<Integer, Map<Integer, Boolean>> candidates = new LinkedHashMap<>();
        for (long p : pairs) {
            int a = (int) (p / n);
            int b = (int) (p % n);
            int ca = clusterOf[a];
            int cb = clusterOf[b];
            if (ca == cb) {
                continue;
            }
            if (subject[ca]) {
                candidates.computeIfAbsent(ca, k -> new HashMap<>()).putIfAbsent(cb, false);
            }
            if (subject[cb]) {
                candidates.computeIfAbsent(cb, k -> new HashMap<>()).putIfAbsent(ca, false);
            }
        }
        // twins' records (consecutive cédulas, or surnames and birth date in common and other given names) are two people
        Set<Long> twins = new HashSet<>();
        for (ScoredPair p : scored) {
            int ca = clusterOf[p.a()];
            int cb = clusterOf[p.b()];
            if (Notes.TWINS.equals(p.note()) || Notes.CONSECUTIVE_IDS.equals(p.note())) {
                twins.add((long) ca * n + cb);
                twins.add((long) cb * n + ca);
            }
            if (ca != cb && p.probability() >= config.reviewThreshold()) {
                if (subject[ca]) {
                    candidates.computeIfAbsent(ca, k -> new HashMap<>()).put(cb, true);
                }
                if (subject[cb]) {
                    candidates.computeIfAbsent(cb, k -> new HashMap<>()).put(ca, true);
                }
            }
        }
        List<Join> out = new ArrayList<>();
        Map<Integer, Integer> clearBest = new HashMap<>();
        candidates.forEach((group, around) -> {
            List<Integer> g = members.get(group);
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            int bestPerson = -1;
            boolean bestReviewed = false;
            // the candidates who bear the name; the whole lists are searched for others only when it can decide a join
            Set<Integer> bearers = bearers(prepared, members, group, around.keySet());
            for (Map.Entry<Integer, Boolean> e : around.entrySet()) {
                List<Integer> person = members.get(e.getKey());
                if (hardConflict(records, birth, g, person)) {
                    continue;
                }
                // a person who, taken as a whole, does not bear the name is weighed by the name of all their records
                double w = weight(records, prepared, g, person, !bearers.contains(e.getKey()));
                if (conflict(records, birth, g, person) || twins.contains((long) group * n + e.getKey())) {
                    second = Math.max(second, w); // cannot be joined, yet it is a namesake the record may be
                } else if (w > best) {
                    second = best;
                    best = w;
                    bestPerson = e.getKey();
                    bestReviewed = e.getValue();
                } else if (w > second) {
                    second = w;
                }
            }
            boolean clear = bestPerson >= 0 && best - second >= config.decisiveMargin();
            if (!clear) {
                return;
            }
            clearBest.put(group, bestPerson);
            boolean atMatch = MatchModel.probability(best) >= config.matchThreshold();
            // the only bearer of the name needs no pair worth a review on its own when their names agree in three words or
            // more: the pairwise probability counts against the name every namesake it might have, and here there is none
            double bestWeight = best;
            int chosen = bestPerson;
            boolean soleBearer = !atMatch
                    && bearers.contains(bestPerson) && listsShare(records, g, members.get(bestPerson))
                    && bearers.stream().allMatch(b -> b == chosen || setApart(records, prepared, g, members.get(b), bestWeight))
                    && (!sameList(records, g, members.get(bestPerson)) || nothingAgainst(records, prepared, g, members.get(bestPerson)))
                    && (bestReviewed || bearersOfNames.agreeInThreeWords(prepared, g, members.get(bestPerson)))
                    && !anotherBearer(records, names, prepared, clusterOf, members, group, bestPerson, bestWeight);
            if (atMatch && bestReviewed || soleBearer) {
                out.add(new Join(group, bestPerson, best));
            }
        });
        // two small groups join only when each is the other's clear best: seen from the other side
        // the pair may be one of several namesakes
        out.removeIf(j -> subject[j.person()] && !Integer.valueOf(j.group()).equals(clearBest.get(j.person())));
        return withoutRivals(records, birth, members, out);
    }

    /**
     * The candidate people {@code around} the group who bear its name ({@link NameBearers#bears}),
     * each taken as a whole.
     */
    private Set<Integer> bearers(Object[][] prepared, Map<Integer, List<Integer>> members, int group, Set<Integer> around) {
        List<Integer> g = members.get(group);
        Set<Integer> near = new TreeSet<>(around);
        near.remove(group);
        near.removeIf(c -> !bearersOfNames.bears(prepared, g, members.get(c)));
        return near;
    }

    /**
     * True when a person of the lists other than {@code person} bears the name of {@code group}
     * ({@link NameBearers#bears}): looked for among every record whose name agrees with one of the
     * group's ({@link NameIndex}), not only among the group's blocking candidates, each person
     * then taken as a whole. Asked only where the answer decides a join, since the name's
     * commonest words reach many records.
     */
    private boolean anotherBearer(List<PersonRecord> records, NameIndex names, Object[][] prepared, int[] clusterOf,
            Map<Integer, List<Integer>> members, int group, int person, double best) {
        List<Integer> g = members.get(group);
        Set<Integer> seen = new HashSet<>(List.of(group, person));
        for (int x : g) {
            for (int y : names.agreeingWith(x)) {
                int c = clusterOf[y];
                if (seen.add(c) && bearersOfNames.bears(prepared, g, members.get(c)) && !setApart(records, prepared, g, members.get(c), best)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a namesake is set apart from the group by a field other than the name: some field
     * (a state, a date, a sex) weighs against them at its best over all their records, and taken
     * as a whole the namesake weighs at least the decisive margin below {@code best}, the person
     * the group would join. Such a namesake does not make that person's name shared: two "Raúl
     * García" of the lists, one of them detained in the entry's state and the other not. Only for a
     * group with a name of three words or more ({@link NameBearers#threeWords}): without it the
     * communiqué's "JOSE RIOS" joined "DEL CASTILLO DE LOS RÍOS JOSÉ", the other José Ríos in sight
     * being set apart by their states, while the true one, the NGO's "RIOS JODE LUIS", was out of
     * the index's sight.
     */
    private boolean setApart(List<PersonRecord> records, Object[][] prepared, List<Integer> group, List<Integer> namesake, double best) {
        return bearersOfNames.threeWords(prepared, group) && !nothingAgainst(records, prepared, group, namesake)
                && weight(records, prepared, group, namesake) <= best - config.decisiveMargin();
    }

    /**
     * The joins, strongest first, without those of two groups that join one person but cannot be
     * one person together (two namesakes of one communiqué matching one NGO row): which of them it
     * is, nothing says.
     */
    private List<Join> withoutRivals(List<PersonRecord> records, String[] birth, Map<Integer, List<Integer>> members, List<Join> joins) {
        Map<Integer, List<Join>> byPerson = new HashMap<>();
        joins.forEach(j -> byPerson.computeIfAbsent(j.person(), k -> new ArrayList<>()).add(j));
        List<Join> out = new ArrayList<>();
        for (Join j : joins) {
            boolean rival = false;
            for (Join other : byPerson.get(j.person())) {
                rival |= other != j && conflict(records, birth, members.get(j.group()), members.get(other.group()));
            }
            if (!rival) {
                out.add(j);
            }
        }
        out.sort(Comparator.comparingDouble(Join::weight).reversed().thenComparingInt(Join::group));
        return out;
    }

    /**
     * The clusters after the joins, numbered from 0 in order of their first record; a join is
     * skipped when, after the stronger joins before it, it would put conflicting records together.
     */
    int[] apply(List<PersonRecord> records, String[] birth, int[] clusterOf, List<Join> joins) {
        int n = records.size();
        Map<Integer, List<Integer>> members = ClusterNumbers.members(clusterOf);
        int[] root = new int[members.size()];
        for (int c = 0; c < root.length; c++) {
            root[c] = c;
        }
        for (Join j : joins) {
            int a = Clusterer.find(root, j.group());
            int b = Clusterer.find(root, j.person());
            if (a == b || conflict(records, birth, members.get(a), members.get(b))) {
                continue;
            }
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            root[gone] = keep;
            members.get(keep).addAll(members.remove(gone));
        }
        int[] out = new int[n];
        int[] number = new int[root.length];
        Arrays.fill(number, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = Clusterer.find(root, clusterOf[i]);
            if (number[r] < 0) {
                number[r] = next++;
            }
            out[i] = number[r];
        }
        return out;
    }

    /**
     * The combined weight of a group and a person: the prior of the most favourable pair of lists,
     * and per field the best agreement (weight with rarity) over all pairs of their records.
     */
    double weight(List<PersonRecord> records, Object[][] prepared, List<Integer> group, List<Integer> person) {
        return weight(records, prepared, group, person, false);
    }

    /**
     * As {@link #weight(List, Object[][], List, List)}; with {@code wholeName} the whole-name
     * comparison counts the person's least agreeing record instead (each of the person's records
     * at its best against the group's): "GÓMEZ, JOSÉ" speaks for a "José Luis Gómez" only until
     * the same person's other record reads "GÓMEZ LUNA, JOSÉ ÁNGEL".
     */
    double weight(List<PersonRecord> records, Object[][] prepared, List<Integer> group, List<Integer> person, boolean wholeName) {
        List<Comparison> cs = config.comparisons();
        int k = cs.size();
        double[] best = new double[k];
        boolean[] seen = new boolean[k];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        double listPrior = Double.NEGATIVE_INFINITY;
        double leastName = Double.POSITIVE_INFINITY;
        for (int y : person) {
            double nameOfY = Double.NEGATIVE_INFINITY;
            for (int x : group) {
                listPrior = Math.max(listPrior, priors.adjustment(records.get(x).sourceId(), records.get(y).sourceId()));
                for (int c = 0; c < k; c++) {
                    Object a = prepared[x][c];
                    Object b = prepared[y][c];
                    if (a == null || b == null) {
                        continue;
                    }
                    int level = cs.get(c).compare(a, b);
                    double w = model.weight(c, level) + model.rarity(c, a, b, level);
                    seen[c] = true;
                    best[c] = Math.max(best[c], w);
                    if (cs.get(c) instanceof PersonNameComparison) {
                        nameOfY = Math.max(nameOfY, w);
                    }
                }
            }
            if (nameOfY > Double.NEGATIVE_INFINITY) {
                leastName = Math.min(leastName, nameOfY);
            }
        }
        if (wholeName && leastName < Double.POSITIVE_INFINITY) {
            for (int c = 0; c < k; c++) {
                if (cs.get(c) instanceof PersonNameComparison) {
                    best[c] = leastName;
                }
            }
        }
        double w = model.priorWeight() + listPrior;
        for (int c = 0; c < k; c++) {
            if (seen[c]) {
                w += best[c];
            }
        }
        return w;
    }

    /**
     * True when some record of {@code group} comes from a list that, by the records with ID numbers
     * on both sides, shares its people with the list of some record of {@code person} more often
     * than two records picked at random are one person (the pair of lists' prior is above the
     * overall one). Without that measure (no estimated priors) it is false.
     */
    private boolean listsShare(List<PersonRecord> records, List<Integer> group, List<Integer> person) {
        for (int x : group) {
            for (int y : person) {
                if (priors.adjustment(records.get(x).sourceId(), records.get(y).sourceId()) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when no field but the name weighs against the group being the person (each field's best
     * agreement across their records is not below nothing): what a second row of one list must show
     * to join the only bearer of its name there.
     */
    boolean nothingAgainst(List<PersonRecord> records, Object[][] prepared, List<Integer> group, List<Integer> person) {
        return otherFields(records, prepared, group, person).allMatch(best -> best >= 0);
    }

    /**
     * True when no field but the name weighs for the group being the person (each field's best
     * agreement across their records is nothing or less): their tie rests on the name alone.
     */
    boolean nameAlone(List<PersonRecord> records, Object[][] prepared, List<Integer> group, List<Integer> person) {
        return otherFields(records, prepared, group, person).allMatch(best -> best <= 0);
    }

    /** Per field but the name that both sides have, its best weight (with rarity) over all pairs of their records. */
    private DoubleStream otherFields(List<PersonRecord> records, Object[][] prepared, List<Integer> group, List<Integer> person) {
        List<Comparison> cs = config.comparisons();
        DoubleStream.Builder out = DoubleStream.builder();
        for (int c = 0; c < cs.size(); c++) {
            if (cs.get(c) instanceof PersonNameComparison) {
                continue;
            }
            double best = Double.NEGATIVE_INFINITY;
            boolean seen = false;
            for (int x : group) {
                for (int y : person) {
                    Object a = prepared[x][c];
                    Object b = prepared[y][c];
                    if (a != null && b != null) {
                        int level = cs.get(c).compare(a, b);
                        best = Math.max(best, model.weight(c, level) + model.rarity(c, a, b, level));
                        seen = true;
                    }
                }
            }
            if (seen) {
                out.add(best);
            }
        }
        return out.build();
    }

    /**
     * True when a record of the group and one of the person come from the same list: the sole
     * bearer of a name in a list is no evidence by itself that a second row of that list is the
     * same person (two "José Luis Pérez" of one NGO list, one without cédula, a region and a date
     * apart); such a row joins only when nothing but the name weighs against it.
     */
    private static boolean sameList(List<PersonRecord> records, List<Integer> group, List<Integer> person) {
        for (int x : group) {
            for (int y : person) {
                if (records.get(x).sourceId().equals(records.get(y).sourceId())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a constraint forbids the two groups of records to be one person. */
    private boolean hardConflict(List<PersonRecord> records, String[] birth, List<Integer> a, List<Integer> b) {
        return Clusterer.conflict(records, birth, a, b, config.constraints());
    }

    /**
     * True when the two groups of records cannot be one person: a constraint forbids it, or they
     * hold two records of a list that rarely names a person twice, which the first clustering kept
     * apart (two "José Luis Enríquez" in one communiqué are not joined through a third record).
     */
    boolean conflict(List<PersonRecord> records, String[] birth, List<Integer> a, List<Integer> b) {
        if (hardConflict(records, birth, a, b)) {
            return true;
        }
        for (int x : a) {
            String list = records.get(x).sourceId();
            if (rarelyRepeats.contains(list) && b.stream().anyMatch(y -> list.equals(records.get(y).sourceId()))) {
                return true;
            }
        }
        return false;
    }
}
