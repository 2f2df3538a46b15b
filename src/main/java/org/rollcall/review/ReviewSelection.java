package org.rollcall.review;

import org.rollcall.text.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rollcall.domain.SourceKind;
import org.rollcall.match.Contribution;
import org.rollcall.match.Notes;
import org.rollcall.match.Outcome;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;

/**
 * Which pairs a person is asked to decide, the one selection behind both the
 * {@code pairs-to-review} figure and the rows of review.xlsx (so the two always agree), chosen so
 * that an hour of review closes as many gaps as it can:
 *
 * <ul>
 *   <li>one row per pair of <em>people</em>, not of records: when several records of one person
 *       are each uncertain against another person, the strongest record pair stands for them all
 *       (the row says how many it stands for);</li>
 *   <li>never two records already in one person (the linker marks such pairs {@link Outcome#JOINED}),
 *       nor a pair below the review threshold, nor a pair an analyst has already decided (a verdict
 *       in force other than "unsure": an unsure pair is asked again), nor another pair of records
 *       of two people an analyst has decided apart;</li>
 *   <li>links made at a risk (a contribution at a level {@link Contribution#atRisk() at a risk},
 *       such as cédulas one typo apart, whatever the comparison is named), one row each;</li>
 *   <li>ordered by the figures a decision would move: first the pairs whose two people are on
 *       different lists (joining them changes who is listed, ruled on, or unknown to the NGO),
 *       then pairs of two people on the NGO list (the NGO's count), then the rest; within each,
 *       the most probable first.</li>
 * </ul>
 */
public final class ReviewSelection {

    private ReviewSelection() {
    }

    /** A pair to review: the scored pair and how it is shown. */
    public record Selected(ScoredPair pair, ReviewPair shown) {
    }

    /** As {@link #select(List, List, List, int[], Set, double)} with no review threshold (every review pair counts). */
    public static List<Selected> select(List<PersonRecord> persons, List<ScoredPair> pairs, List<String> keys, int[] clusterOf,
            Set<String> decided) {
        return select(persons, pairs, keys, clusterOf, decided, 0);
    }

    /**
     * @param persons every record of the run, by index
     * @param pairs the scored pairs
     * @param keys the register key of each record ({@code RecordKeys.of(persons)})
     * @param clusterOf the person (cluster) of each record after the analysts' verdicts
     * @param decided pair ids with a verdict in force
     * @param reviewThreshold the job's review threshold: pairs below it are never listed
     * @return the pairs to review, in review order
     */
    public static List<Selected> select(List<PersonRecord> persons, List<ScoredPair> pairs, List<String> keys, int[] clusterOf,
            Set<String> decided, double reviewThreshold) {
        return select(persons, pairs, keys, clusterOf, decided, reviewThreshold, Messages.of("en"));
    }

    /** {@link #select(List, List, List, int[], Set, double)} with the words shown (why, where, status) in a report's language. */
    public static List<Selected> select(List<PersonRecord> persons, List<ScoredPair> pairs, List<String> keys, int[] clusterOf,
            Set<String> decided, double reviewThreshold, Messages m) {
        return select(persons, pairs, keys, clusterOf, decided, decided, reviewThreshold, m);
    }

    /**
     * As above, with {@code apart} the pair ids an analyst decided "different people": only those
     * settle every other pair of the same two people ("same person" verdicts that could not be
     * applied settle no one else).
     */
    public static List<Selected> select(List<PersonRecord> persons, List<ScoredPair> pairs, List<String> keys, int[] clusterOf,
            Set<String> decided, Set<String> apart, double reviewThreshold, Messages m) {
        Map<Integer, Set<SourceKind>> kinds = new LinkedHashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            kinds.computeIfAbsent(clusterOf[i], c -> EnumSet.noneOf(SourceKind.class)).add(persons.get(i).kind());
        }
        // an analyst who decided two people apart decided every pair of their records: the same two are not asked again
        Set<Long> decidedPeople = new HashSet<>();
        for (ScoredPair p : pairs) {
            if (clusterOf[p.a()] != clusterOf[p.b()] && apart.contains(ReviewPair.idOf(keys.get(p.a()), keys.get(p.b())))) {
                decidedPeople.add(people(clusterOf, p));
            }
        }
        Map<Long, List<ScoredPair>> byPeople = new LinkedHashMap<>();
        List<Selected> out = new ArrayList<>();
        for (ScoredPair p : pairs) {
            if (decided.contains(ReviewPair.idOf(keys.get(p.a()), keys.get(p.b())))) {
                continue;
            }
            if (linkedAtARisk(p)) {
                Set<SourceKind> x = EnumSet.of(persons.get(p.a()).kind());
                Set<SourceKind> y = EnumSet.of(persons.get(p.b()).kind());
                out.add(row(persons, keys, p, priority(x, y), m.format("review.linked-at-risk", atRisk(p, m)) + "; ", 0, m));
            } else if (p.outcome() == Outcome.REVIEW && p.probability() >= reviewThreshold && clusterOf[p.a()] != clusterOf[p.b()]
                    && !decidedPeople.contains(people(clusterOf, p))) {
                byPeople.computeIfAbsent(people(clusterOf, p), k -> new ArrayList<>()).add(p);
            }
        }
        byPeople.forEach((people, list) -> {
            ScoredPair best = list.stream().max(Comparator.comparingDouble(ScoredPair::probability)).orElseThrow();
            out.add(row(persons, keys, best, priority(kinds.get(clusterOf[best.a()]), kinds.get(clusterOf[best.b()])), "", list.size() - 1, m));
        });
        out.sort(Comparator.comparingInt((Selected s) -> s.shown().priority())
                .thenComparing(s -> s.shown().probability(), Comparator.reverseOrder()).thenComparing(s -> s.shown().pairId()));
        return out;
    }

    /** The pair's two people (clusters) as one key, the same in either order. */
    private static long people(int[] clusterOf, ScoredPair p) {
        int x = Math.min(clusterOf[p.a()], clusterOf[p.b()]);
        int y = Math.max(clusterOf[p.a()], clusterOf[p.b()]);
        return (long) x << 32 | y;
    }

    /**
     * True when {@link #select} may list the pair: undecided by the model, or linked at a risk. A
     * caller holding a million pairs can keep only these (a few thousand) and select from them alike.
     */
    public static boolean candidate(ScoredPair p) {
        return p.outcome() == Outcome.REVIEW || linkedAtARisk(p) || decidedApart(p);
    }

    /**
     * A pair an analyst decided "different people" (the linker marks it so): never listed itself,
     * it is what tells {@link #select} that every other pair of the same two people is settled too,
     * so a caller that keeps only {@link #candidate candidates} must keep it.
     */
    static boolean decidedApart(ScoredPair p) {
        return p.outcome() == Outcome.NON_MATCH && Notes.ANALYST_APART.equals(p.note());
    }

    /** A link that rests on a level at a risk (cédulas one typo apart): a person should confirm it. */
    static boolean linkedAtARisk(ScoredPair p) {
        return p.outcome() == Outcome.MATCH && p.contributions().stream().anyMatch(Contribution::atRisk);
    }

    /** 1 when the two sides are on different lists, 2 when both are on the NGO list, 3 otherwise. */
    private static int priority(Set<SourceKind> x, Set<SourceKind> y) {
        return !x.equals(y) ? 1 : x.contains(SourceKind.NGO_LIST) ? 2 : 3;
    }

    private static String atRisk(ScoredPair p, Messages m) {
        return p.contributions().stream().filter(Contribution::atRisk).map(c -> m.comparison(c.field()) + " " + m.phrase("level", c.level()))
                .collect(Collectors.joining(", "));
    }

    private static Selected row(List<PersonRecord> persons, List<String> keys, ScoredPair p, int priority, String lead, int others,
            Messages m) {
        PersonRecord a = persons.get(p.a());
        PersonRecord b = persons.get(p.b());
        String why = lead + p.contributions().stream()
                .map(c -> m.comparison(c.field()) + " " + m.phrase("level", c.level()) + " " + String.format(Locale.ROOT, "%+.1f", c.weight()))
                .collect(Collectors.joining(", ")) + (p.note() == null ? "" : "; " + m.phrase("note", p.note()))
                + (others == 0 ? "" : "; " + m.format(others == 1 ? "review.stands-for-one" : "review.stands-for", String.valueOf(others)));
        return new Selected(p, new ReviewPair(ReviewPair.idOf(keys.get(p.a()), keys.get(p.b())), keys.get(p.a()), keys.get(p.b()), priority,
                p.probability(), side(a, m), side(b, m), why));
    }

    static ReviewPair.Side side(PersonRecord r, Messages m) {
        return new ReviewPair.Side(r.sourceId(), r.recordRef(), r.name().display(), r.id() != null ? r.id().toString() : r.rawId(),
                r.provenance(m), r.offence(), r.birthDate(), r.detentionDate(), r.place(),
                r.status() == null ? "" : m.has("event." + r.status().key()) ? m.get("event." + r.status().key()) : r.status().key(),
                r.decision() == null ? "" : r.rawDecision());
    }
}
