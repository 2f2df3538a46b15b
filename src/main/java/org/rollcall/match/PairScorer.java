package org.rollcall.match;

import java.util.ArrayList;
import java.util.List;
import org.rollcall.normalize.NationalId;
import org.rollcall.normalize.PersonRecord;

/**
 * Scores a pair of records as a sum of per-field match weights (Fellegi–Sunter form) and decides
 * match, review or non-match by two probability thresholds. Symmetric: {@code score(a, b)} and
 * {@code score(b, a)} give the same weight.
 */
public final class PairScorer {

    private final MatchWeights w;
    private final double matchThreshold;
    private final double reviewThreshold;

    public MatchWeights weights() {
        return w;
    }

    public PairScorer(MatchWeights weights, double matchThreshold, double reviewThreshold) {
        this.w = weights;
        this.matchThreshold = matchThreshold;
        this.reviewThreshold = reviewThreshold;
    }

    public ScoredPair score(int ia, int ib, PersonRecord a, PersonRecord b) {
        List<Contribution> parts = new ArrayList<>();
        parts.add(new Contribution("prior", "candidate pair", w.prior()));
        parts.add(id(a.id(), b.id()));
        parts.add(name(a, b));
        parts.add(birthDate(a, b));
        double weight = parts.stream().mapToDouble(Contribution::weight).sum();
        double p = 1.0 / (1.0 + Math.pow(2, -weight));
        Outcome outcome = p >= matchThreshold ? Outcome.MATCH : p >= reviewThreshold ? Outcome.REVIEW : Outcome.NON_MATCH;
        String note = null;
        if (outcome == Outcome.MATCH && conflicting(a.id(), b.id())) {
            outcome = Outcome.REVIEW;
            note = "different cédulas: not linked unless a person decides so";
        }
        return new ScoredPair(Math.min(ia, ib), Math.max(ia, ib), weight, p, outcome, parts, note);
    }

    /** True when both cédulas are well formed and differ by more than one typo. */
    public static boolean conflicting(NationalId a, NationalId b) {
        return a != null && b != null && !a.digits().equals(b.digits()) && !a.nearlyEquals(b);
    }

    private Contribution id(NationalId a, NationalId b) {
        if (a == null || b == null) {
            return new Contribution("id", "missing", 0);
        }
        if (a.digits().equals(b.digits())) {
            return new Contribution("id", "exact", w.idExact());
        }
        if (a.nearlyEquals(b)) {
            return new Contribution("id", "one-digit-off", w.idNear());
        }
        return new Contribution("id", "different", w.idDifferent());
    }

    private Contribution name(PersonRecord a, PersonRecord b) {
        NameComparator.Agreement g = NameComparator.compare(a.name().tokens(), b.name().tokens());
        if (g.shorter() == 0) {
            return new Contribution("name", "missing", 0);
        }
        String level = g.exact() + " equal, " + g.typo() + " typo, " + g.initial() + " initial, " + g.missing() + " unmatched of "
                + g.shorter() + (g.inOrder() ? "" : ", out of order");
        double weight = g.exact() * w.tokenExact() + g.typo() * w.tokenTypo() + g.initial() * w.tokenInitial()
                + g.missing() * w.tokenMissing() + (g.inOrder() ? 0 : w.nameOutOfOrder());
        return new Contribution("name", level, weight);
    }

    private Contribution birthDate(PersonRecord a, PersonRecord b) {
        if (a.birthDate() == null || b.birthDate() == null) {
            return new Contribution("birth-date", "missing", 0);
        }
        return a.birthDate().equals(b.birthDate())
                ? new Contribution("birth-date", "exact", w.dateExact())
                : new Contribution("birth-date", "different", w.dateDifferent());
    }
}
