package org.rollcall.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.config.MatchSettings;
import org.rollcall.normalize.PersonRecord;

/**
 * Links records into people: blocking, pair scoring, an ambiguity check, clustering.
 *
 * <p>Ambiguity: when a record without a cédula matches two records whose cédulas conflict
 * (homonyms: two different "José Luis Pérez"), it is linked to the stronger match only when that
 * one is stronger by the decisive margin; otherwise neither is linked and both go to review.
 */
public final class Matcher {

    private final MatchSettings settings;
    private final PairScorer scorer;

    public Matcher(MatchSettings settings) {
        this.settings = settings;
        this.scorer = new PairScorer(MatchWeights.DEFAULTS, settings.matchThreshold(), settings.reviewThreshold());
    }

    /**
     * @param linkage the clusters and blocking counts
     * @param pairs the pairs worth reporting: matches and reviews, in input order
     */
    public record Result(Linkage linkage, List<ScoredPair> pairs) {
    }

    public Result match(List<PersonRecord> records) {
        Blocker.Result blocking = Blocker.block(records, settings.maxBlockSize());
        long n = records.size();
        List<ScoredPair> scored = new ArrayList<>();
        for (long code : blocking.pairs()) {
            int a = (int) (code / n);
            int b = (int) (code % n);
            ScoredPair p = scorer.score(a, b, records.get(a), records.get(b));
            if (p.outcome() != Outcome.NON_MATCH) {
                scored.add(p);
            }
        }
        scored = demoteAmbiguous(records, scored, scorer.weights().decisiveMargin());
        Clusterer.Result clusters = Clusterer.cluster(records, scored);
        Map<Long, ScoredPair> byKey = new HashMap<>();
        scored.forEach(p -> byKey.put(p.a() * n + p.b(), p));
        clusters.refused().forEach(p -> byKey.put(p.a() * n + p.b(), p));
        List<ScoredPair> out = byKey.values().stream()
                .sorted(java.util.Comparator.comparingInt(ScoredPair::a).thenComparingInt(ScoredPair::b)).toList();
        Linkage linkage = new Linkage(clusters.clusterOf(), clusters.clusters(), blocking.pairs().length,
                blocking.pairsByRule(), blocking.skippedBlocks());
        return new Result(linkage, out);
    }

    private static List<ScoredPair> demoteAmbiguous(List<PersonRecord> records, List<ScoredPair> scored, double margin) {
        Map<Integer, List<ScoredPair>> byRecord = new HashMap<>();
        for (ScoredPair p : scored) {
            if (p.outcome() == Outcome.MATCH) {
                byRecord.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p);
                byRecord.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p);
            }
        }
        java.util.Set<ScoredPair> demote = new java.util.HashSet<>();
        byRecord.forEach((i, links) -> {
            if (records.get(i).id() != null || links.size() < 2) {
                return;
            }
            for (int x = 0; x < links.size(); x++) {
                for (int y = x + 1; y < links.size(); y++) {
                    PersonRecord px = records.get(other(links.get(x), i));
                    PersonRecord py = records.get(other(links.get(y), i));
                    if (PairScorer.conflicting(px.id(), py.id())) {
                        double wx = links.get(x).weight();
                        double wy = links.get(y).weight();
                        if (wy - wx < margin) {
                            demote.add(links.get(y));
                        }
                        if (wx - wy < margin) {
                            demote.add(links.get(x));
                        }
                    }
                }
            }
        });
        if (demote.isEmpty()) {
            return scored;
        }
        List<ScoredPair> out = new ArrayList<>(scored.size());
        for (ScoredPair p : scored) {
            out.add(demote.contains(p)
                    ? p.withOutcome(Outcome.REVIEW, "ambiguous: a record without a cédula matches two people with different cédulas, neither decisively better")
                    : p);
        }
        return out;
    }

    private static int other(ScoredPair p, int i) {
        return p.a() == i ? p.b() : p.a();
    }
}
