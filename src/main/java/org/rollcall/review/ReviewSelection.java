package org.rollcall.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.rollcall.domain.SourceKind;
import org.rollcall.match.Outcome;
import org.rollcall.match.ScoredPair;
import org.rollcall.normalize.PersonRecord;

/**
 * Which pairs a person is asked to decide, the one selection behind both the
 * {@code pairs-to-review} figure and the rows of review.xlsx (so the two always agree):
 * <ul>
 * <li>a pair the model left undecided (review outcome) whose records are still two people, and</li>
 * <li>a pair linked at a risk (cédulas one typo apart),</li>
 * </ul>
 * minus the pairs an analyst has already decided (a verdict in force other than "unsure": an
 * unsure pair is asked again). Those that change the amnesty figures come first.
 */
public final class ReviewSelection {

    private ReviewSelection() {
    }

    /** A pair to review: the scored pair and how it is shown. */
    public record Selected(ScoredPair pair, ReviewPair shown) {
    }

    /**
     * @param persons every record of the run, by index
     * @param pairs the scored pairs
     * @param keys the register key of each record ({@code RecordKeys.of(persons)})
     * @param clusterOf the person (cluster) of each record after the analysts' verdicts
     * @param decided pair ids with a verdict in force
     * @return the pairs to review, in review order
     */
    public static List<Selected> select(List<PersonRecord> persons, List<ScoredPair> pairs, List<String> keys, int[] clusterOf,
            Set<String> decided) {
        List<Selected> out = new ArrayList<>();
        for (ScoredPair p : pairs) {
            boolean risky = linkedAtARisk(p);
            boolean open = p.outcome() == Outcome.REVIEW && clusterOf[p.a()] != clusterOf[p.b()];
            if (!risky && !open) {
                continue;
            }
            String id = ReviewPair.idOf(keys.get(p.a()), keys.get(p.b()));
            if (decided.contains(id)) {
                continue;
            }
            PersonRecord a = persons.get(p.a());
            PersonRecord b = persons.get(p.b());
            Set<SourceKind> kinds = EnumSet.of(a.kind(), b.kind());
            int priority = kinds.contains(SourceKind.ANNOUNCEMENT) ? 1 : kinds.contains(SourceKind.NGO_LIST) ? 2 : 3;
            String why = (risky ? "linked, with cédulas one typo apart; " : "") + p.contributions().stream()
                    .map(c -> c.field() + " " + c.level() + " " + String.format(Locale.ROOT, "%+.1f", c.weight()))
                    .collect(Collectors.joining(", ")) + (p.note() == null ? "" : "; " + p.note());
            out.add(new Selected(p, new ReviewPair(id, keys.get(p.a()), keys.get(p.b()), priority, p.probability(), side(a), side(b), why)));
        }
        out.sort(Comparator.comparingInt((Selected s) -> s.shown().priority())
                .thenComparing(s -> s.shown().probability(), Comparator.reverseOrder()));
        return out;
    }

    /** A link whose cédulas are one typo apart: a person should confirm it. */
    static boolean linkedAtARisk(ScoredPair p) {
        return p.outcome() == Outcome.MATCH
                && p.contributions().stream().anyMatch(c -> c.field().equals("id-number") && c.level().equals("one typo"));
    }

    static ReviewPair.Side side(PersonRecord r) {
        return new ReviewPair.Side(r.sourceId(), r.recordRef(), r.name().display(), r.id() != null ? r.id().toString() : r.rawId(),
                r.provenance(), r.offence(), r.birthDate(), r.detentionDate(), r.place(), r.status() == null ? "" : r.status().key(),
                r.decision() == null ? "" : r.rawDecision());
    }
}
