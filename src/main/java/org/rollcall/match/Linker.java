package org.rollcall.match;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.rollcall.config.MatchSettings;
import org.rollcall.domain.Field;
import org.rollcall.domain.ProgressListener;
import org.rollcall.normalize.PersonRecord;

/**
 * Links records into people: blocking, comparison, a Fellegi–Sunter model estimated from the
 * records themselves, three outcomes, an ambiguity check, constrained clustering.
 *
 * <p>Ambiguity: when a record matches two records that cannot be one person (homonyms: two
 * different "José Luis Pérez"), or two records of one list that are not linked to each other (two
 * namesakes in one communiqué), it is linked to the stronger match only when that one is stronger
 * by the decisive margin; otherwise neither is linked and both go to review.
 *
 * <p>The prior depends on the pair of lists ({@link ListPriors}): two entries of one communiqué are
 * less likely one person than a communiqué entry and an NGO row.
 */
public final class Linker {

    /** Ticks of a parallel loop come every this many items. */
    private static final int TICK_EVERY = 1 << 12;

    private final MatchConfig config;
    private ProgressListener progress = ProgressListener.NONE;

    public Linker(MatchConfig config) {
        this.config = config;
    }

    /** Tells {@code listener} each phase (prepare, blocking, compare, fit, score, cluster) with its counts; returns this linker. */
    public Linker withProgress(ProgressListener listener) {
        this.progress = listener;
        return this;
    }

    /**
     * @param linkage the clusters and blocking counts
     * @param pairs linked and review pairs, with explanations, in input order
     * @param model the fitted model
     */
    public record Result(Linkage linkage, List<ScoredPair> pairs, MatchModel model, ListPriors listPriors) {
    }

    public Result match(List<PersonRecord> records) {
        return match(records, null);
    }

    /** Matches with a given model instead of fitting one (tests, fixed parameters). */
    public Result match(List<PersonRecord> records, MatchModel given) {
        return match(records, given, AnalystLinks.NONE);
    }

    /** Matches honouring analysts' analystLinks: they override the model and the constraints. */
    public Result match(List<PersonRecord> records, MatchModel given, AnalystLinks analystLinks) {
        return match(records, given, analystLinks, null);
    }

    /**
     * As {@link #match(List, MatchModel, AnalystLinks)} with given priors per pair of lists, or
     * {@code null}: estimated when the model is fitted, none with a given model.
     */
    Result match(List<PersonRecord> records, MatchModel given, AnalystLinks analystLinks, ListPriors givenPriors) {
        int n = records.size();
        List<Comparison> cs = config.comparisons();
        int k = cs.size();
        LinkedHashMap<String, Long> millis = new LinkedHashMap<>();
        long t = System.nanoTime();
        Object[][] prepared = new Object[n][k];
        AtomicLong done = new AtomicLong();
        progress.begin("prepare", "records", n);
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int c = 0; c < k; c++) {
                prepared[i][c] = cs.get(c).prepare(records.get(i));
            }
            tickEvery(done, i);
        });
        progress.end(n);
        t = lap(millis, "prepare", t);
        progress.begin("blocking", "candidate pairs", 0);
        Blocker.Result blocking = Blocker.block(records, config.blocking(), config.maxBlockSize());
        progress.end(blocking.pairs().length);
        t = lap(millis, "blocking", t);
        long[] pairs = blocking.pairs();
        byte[][] levels = new byte[pairs.length][];
        done.set(0);
        progress.begin("compare", "pairs", pairs.length);
        IntStream.range(0, pairs.length).parallel().forEach(p -> {
            int a = (int) (pairs[p] / n);
            int b = (int) (pairs[p] % n);
            byte[] row = new byte[k];
            for (int c = 0; c < k; c++) {
                Object x = prepared[a][c];
                Object y = prepared[b][c];
                row[c] = (byte) (x == null || y == null ? -1 : cs.get(c).compare(x, y));
            }
            levels[p] = row;
            tickEvery(done, p);
        });
        progress.end(pairs.length);
        t = lap(millis, "compare", t);
        progress.begin("fit", "EM sessions", 0);
        MatchModel model = given != null ? given
                : ModelTrainer.fit(cs, prepared, new ModelTrainer.Candidates(pairs, levels, blocking.rules(), config.blocking(), (long) n * (n - 1) / 2),
                        randomPairs(config.randomPairs(), n), config.seed(), config.overrides(), config.frequencyWeight());
        progress.end(given != null ? 0 : model.fit().sessions().size());
        t = lap(millis, "fit", t);
        ListPriors priors = givenPriors != null ? givenPriors
                : given != null ? ListPriors.none(model.lambda()) : ListPriors.estimate(model, records, pairs, levels);
        Set<String> rarelyRepeating = priors.rarelyRepeating(records.stream().map(PersonRecord::sourceId).distinct().toList(),
                config.decisiveMargin());
        List<ScoredPair> kept = new ArrayList<>();
        PairScorer scorer = new PairScorer(cs, model, priors);
        SharedContributions shared = new SharedContributions();
        progress.begin("score", "pairs", pairs.length);
        PairScorer.Scored[] chunk = new PairScorer.Scored[Math.min(SCORE_CHUNK, pairs.length)];
        for (int p = 0; p < pairs.length; p++) {
            if ((p & (TICK_EVERY - 1)) == 0) {
                progress.tick(p);
            }
            if (p % SCORE_CHUNK == 0) {
                scoreChunk(scorer, records, prepared, pairs, levels, p, chunk);
            }
            int a = (int) (pairs[p] / n);
            int b = (int) (pairs[p] % n);
            PairScorer.Scored scored = chunk[p % SCORE_CHUNK];
            int[] lv = scored.levels();
            String sa = records.get(a).sourceId();
            String sb = records.get(b).sourceId();
            double w = scored.weight();
            double prob = scored.probability();
            boolean namesAgree = prob < config.reviewThreshold() && namesAgreeFully(lv) && !evidenceAgainst(lv);
            if (prob < config.reviewThreshold() && !namesAgree) {
                continue;
            }
            Outcome outcome = prob >= config.matchThreshold() ? Outcome.MATCH : Outcome.REVIEW;
            if (namesAgree) {
                kept.add(new ScoredPair(a, b, w, prob, Outcome.NON_MATCH, shared.of(scorer.explain(records, prepared, scored)), Notes.TOO_COMMON));
                continue;
            }
            String note = outcome != Outcome.MATCH ? null
                    : sa.equals(sb) && rarelyRepeating.contains(sa) && nameOnly(lv) ? Notes.NAME_ONLY_IN_ONE_LIST
                    : idCap(lv, records.get(a), records.get(b));
            kept.add(new ScoredPair(a, b, w, prob, note == null ? outcome : Outcome.REVIEW, shared.of(scorer.explain(records, prepared, scored)), note));
        }
        progress.end(pairs.length);
        t = lap(millis, "score", t);
        progress.begin("cluster", "people", 0);
        String[] birth = new String[n];
        DateComparison dates = new DateComparison("birth-date", Field.BIRTH_DATE);
        for (int i = 0; i < n; i++) {
            birth[i] = (String) dates.prepare(records.get(i));
            if (birth[i] == null) {
                birth[i] = AgeComparison.birthSpanKey(records.get(i)); // an age column's span, for the birth-date constraint
            }
        }
        NameIndex names = new NameIndex(cs, prepared);
        // a "same person" decision on two records whose cédulas differ gives the person both: no third record is kept out for either
        MatchConfig decided = config.withConstraints(config.constraints().accepting(AcceptedConflicts.of(records, birth, analystLinks)));
        Constraints constraints = decided.constraints();
        kept = demoteAmbiguous(records, birth, kept, constraints, new ListedTwice(records, birth, names, constraints, priors));
        if (!analystLinks.cannotLink().isEmpty()) {
            List<ScoredPair> apart = new ArrayList<>(kept.size());
            for (ScoredPair p : kept) {
                apart.add(analystLinks.cannotLink(p.a(), p.b()) ? p.withOutcome(Outcome.NON_MATCH, Notes.ANALYST_APART) : p);
            }
            kept = apart;
        }
        Clusterer.Result first = Clusterer.cluster(records, birth, kept, constraints, analystLinks);
        Map<Long, ScoredPair> byKey = new HashMap<>();
        kept.forEach(p -> byKey.put((long) p.a() * n + p.b(), p));
        first.refused().forEach(p -> byKey.put((long) p.a() * n + p.b(), p));
        PersonEvidence evidence = new PersonEvidence(decided, model, priors, records);
        int[] before = new RivalPeople(evidence, config.decisiveMargin()).untie(records, birth, prepared, first.clusterOf(), pairs);
        byKey.replaceAll((key, p) -> p.outcome() == Outcome.MATCH && before[p.a()] != before[p.b()] ? p.withOutcome(Outcome.REVIEW, Notes.AMBIGUOUS) : p);
        int[] joined = evidence.apply(records, birth, before,
                evidence.joins(records, birth, prepared, before, pairs, List.copyOf(byKey.values()), names));
        int[] clusterOf = new NamesakeHoldBack(evidence, new NameBearers(cs))
                .holdBack(records, birth, prepared, joined, names, analystLinked(analystLinks));
        byKey.replaceAll((key, p) -> joined[p.a()] == joined[p.b()] && clusterOf[p.a()] != clusterOf[p.b()]
                && p.probability() >= config.reviewThreshold() ? p.withOutcome(Outcome.REVIEW, Notes.NAMESAKE) : p);
        int clusterCount = Arrays.stream(clusterOf).max().orElse(-1) + 1;
        byKey.replaceAll((key, p) -> p.outcome() != Outcome.REVIEW && p.outcome() != Outcome.NON_MATCH || clusterOf[p.a()] != clusterOf[p.b()] ? p
                : p.withOutcome(Outcome.JOINED, (before[p.a()] == before[p.b()] ? Notes.JOINED : Notes.PERSON_EVIDENCE)
                        + (p.note() == null || p.outcome() == Outcome.NON_MATCH ? "" : "; " + p.note())));
        // a pair joined on the evidence of a person while below the review threshold has no row yet: scored again, explained
        for (int p = 0; p < pairs.length; p++) {
            int a = (int) (pairs[p] / n);
            int b = (int) (pairs[p] % n);
            if (clusterOf[a] != clusterOf[b] || before[a] == before[b] || byKey.containsKey(pairs[p])) {
                continue;
            }
            PairScorer.Scored scored = scorer.score(records, prepared, a, b, levels[p]);
            byKey.put(pairs[p], new ScoredPair(a, b, scored.weight(), scored.probability(), Outcome.JOINED,
                    shared.of(scorer.explain(records, prepared, scored)), Notes.PERSON_EVIDENCE));
        }
        List<ScoredPair> out = byKey.values().stream()
                .sorted(Comparator.comparingInt(ScoredPair::a).thenComparingInt(ScoredPair::b)).toList();
        progress.end(clusterCount);
        lap(millis, "cluster", t);
        Linkage linkage = new Linkage(clusterOf, clusterCount, pairs.length, blocking.pairsByRule(), blocking.skippedBlocks(),
                millis);
        return new Result(linkage, out, model, priors);
    }

    /** The records an analyst linked to another ("same person"): never held back as a namesake's. */
    private static Set<Integer> analystLinked(AnalystLinks links) {
        Set<Integer> out = new HashSet<>();
        for (int[] l : links.mustLink()) {
            out.add(l[0]);
            out.add(l[1]);
        }
        return out;
    }

    /**
     * Why the model alone may not link a pair it scored above the match threshold, or null when it
     * may. Where ID numbers are trusted (the different-ids constraint), records whose well-formed
     * numbers differ are never linked by the model; and a pair that reaches a level at a risk
     * ({@link Level#atRisk()}, such as cédulas one typo apart) is linked only when the names agree
     * token for token: twins have consecutive cédulas, one birth date and their surnames, and
     * often share a given name ("Virginia" / "Verónica Virginia"). Such pairs go to review, with
     * the reason. Cédulas that differ by two neighbouring digits swapped are a typing slip, never
     * twins' consecutive numbers: their names need not agree word for word (an initial, a missing
     * second name), though the link stays one a person confirms (its level is at a risk).
     *
     * Where the cédulas are consecutive numbers the note says so (twins' numbering).
     */
    private String idCap(int[] levels, PersonRecord a, PersonRecord b) {
        if (!config.constraints().differentIds()) {
            return null;
        }
        if (oneIdTwoNames(levels)) {
            return Notes.ONE_ID_TWO_NAMES;
        }
        if (Constraints.twins(a, b)) {
            return Notes.CONSECUTIVE_IDS;
        }
        if (twinsWithoutOneId(levels)) {
            return Notes.TWINS;
        }
        boolean transposed = transposed(a, b);
        List<Comparison> cs = config.comparisons();
        for (int c = 0; c < cs.size(); c++) {
            if (levels[c] < 0) {
                continue;
            }
            if (cs.get(c) instanceof IdComparison && levels[c] == IdComparison.DIFFERENT) {
                return Notes.DIFFERENT_IDS;
            }
            Level level = cs.get(c).levels().get(levels[c]);
            if (level.atRisk() && !(transposed && cs.get(c) instanceof IdComparison) && !namesAgreeTokenForToken(levels)) {
                return cs.get(c) instanceof IdComparison && a.id() != null && b.id() != null && a.id().consecutiveTo(b.id())
                        ? Notes.CONSECUTIVE_IDS : Notes.AT_RISK;
            }
        }
        return null;
    }

    /**
     * True when the ID numbers are equal, the whole names do not agree (level
     * {@link PersonNameComparison#DIFFERENT}) and no date agrees: "WUILLIAMS VARGAS" on a ruling
     * with the cédula of the NGO's "Kelvin Alvarado", both charged with resisting authority. The
     * cédula outweighs the names in the model, yet which of the two was miswritten nothing says;
     * an offence, a place or a sex in common is too common to say it.
     */
    private boolean oneIdTwoNames(int[] levels) {
        List<Comparison> cs = config.comparisons();
        boolean sameId = false;
        boolean namesDiffer = false;
        for (int c = 0; c < cs.size(); c++) {
            if (levels[c] < 0) {
                continue;
            }
            if (cs.get(c) instanceof IdComparison) {
                sameId = levels[c] == IdComparison.EQUAL;
            } else if (cs.get(c) instanceof PersonNameComparison) {
                namesDiffer = levels[c] == PersonNameComparison.DIFFERENT;
            } else if (cs.get(c) instanceof DateComparison && levels[c] != DateComparison.DIFFERENT) {
                return false; // a birth or detention date that agrees is a second identifier
            }
        }
        return sameId && namesDiffer;
    }

    /**
     * True when the surnames agree, the given names differ and the birth dates are equal, without
     * the same ID number: what twins' records show (a twin's row without cédula against the other
     * twin's), and never one person's two records by the model alone.
     */
    private boolean twinsWithoutOneId(int[] levels) {
        List<Comparison> cs = config.comparisons();
        boolean givenNamesDiffer = false;
        boolean sameBirth = false;
        for (int c = 0; c < cs.size(); c++) {
            if (levels[c] < 0) {
                continue;
            }
            if (cs.get(c) instanceof IdComparison && levels[c] == IdComparison.EQUAL) {
                return false;
            } else if (cs.get(c) instanceof PersonNameComparison) {
                givenNamesDiffer = levels[c] == PersonNameComparison.FIRST_NAMES_DIFFER;
            } else if (cs.get(c) instanceof DateComparison d && d.birth()) {
                sameBirth = levels[c] == DateComparison.EQUAL;
            }
        }
        return givenNamesDiffer && sameBirth;
    }

    private static boolean transposed(PersonRecord a, PersonRecord b) {
        return a.id() != null && b.id() != null && a.id().transposedFrom(b.id());
    }

    /**
     * True when the names are all the two records have to compare. Two such records of one list
     * that rarely names a person twice (a communiqué) are more often namesakes than a repeat, and
     * however common the name its agreement alone does not decide it.
     */
    private boolean nameOnly(int[] levels) {
        List<Comparison> cs = config.comparisons();
        for (int c = 0; c < cs.size(); c++) {
            if (levels[c] >= 0 && !(cs.get(c) instanceof PersonNameComparison) && !(cs.get(c) instanceof NamePartComparison)) {
                return false;
            }
        }
        return true;
    }

    /** True when an ID number or a birth date clearly disagrees. */
    private boolean evidenceAgainst(int[] levels) {
        List<Comparison> cs = config.comparisons();
        for (int c = 0; c < cs.size(); c++) {
            if (cs.get(c) instanceof IdComparison && levels[c] == IdComparison.DIFFERENT
                    || cs.get(c) instanceof DateComparison && levels[c] == DateComparison.DIFFERENT) {
                return true;
            }
        }
        return false;
    }

    /** Names that agree fully, with no token of either name left over or agreeing by an initial only. */
    private boolean namesAgreeTokenForToken(int[] levels) {
        List<Comparison> cs = config.comparisons();
        for (int c = 0; c < cs.size(); c++) {
            if (cs.get(c) instanceof PersonNameComparison && (levels[c] == PersonNameComparison.SHORTER_EQUAL
                    || levels[c] == PersonNameComparison.ONE_INITIAL_REST_EQUAL || levels[c] == PersonNameComparison.ALL_AGREE_INITIAL)) {
                return false;
            }
        }
        return namesAgreeFully(levels);
    }

    private boolean namesAgreeFully(int[] levels) {
        List<Comparison> cs = config.comparisons();
        boolean any = false;
        for (int c = 0; c < cs.size(); c++) {
            if (cs.get(c) instanceof PersonNameComparison && levels[c] >= 0) {
                any = true;
                if (levels[c] > PersonNameComparison.OUT_OF_ORDER) {
                    return false;
                }
            } else if (cs.get(c) instanceof NamePartComparison && levels[c] >= 0) {
                any = true;
                if (levels[c] > 1) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * The pairs outside the candidates sampled to estimate u: the job file's number, or with 0 (the
     * default) {@value MatchSettings#AUTO_RANDOM_PAIRS_PER_RECORD} per record, at least 20,000 and
     * at most 1,000,000. The candidate pairs are all counted besides, so the sample only has to see
     * the common levels (names that differ), and fitting grows with the records, not their square.
     */
    static int randomPairs(int configured, long records) {
        if (configured > 0) {
            return configured;
        }
        return (int) Math.min(1_000_000, Math.max(20_000, MatchSettings.AUTO_RANDOM_PAIRS_PER_RECORD * records));
    }

    /**
     * Pairs scored at a time on every core before they are kept in order on one: a chunk's scores are held at once
     * (~100 bytes a pair), the pairs kept and their shared explanations come out in the pairs' order as before.
     */
    static final int SCORE_CHUNK = 1 << 16;

    /** Scores pairs {@code from}… (as many as {@code into} holds, or to the last) into {@code into}, on every core; each score depends on its pair alone. */
    private static void scoreChunk(PairScorer scorer, List<PersonRecord> records, Object[][] prepared, long[] pairs, byte[][] levels, int from,
            PairScorer.Scored[] into) {
        int n = records.size();
        int to = Math.min(pairs.length, from + into.length);
        IntStream.range(from, to).parallel().forEach(p -> into[p - from] = scorer.score(records, prepared, (int) (pairs[p] / n),
                (int) (pairs[p] % n), levels[p]));
    }

    /** Ticks the progress once every {@link #TICK_EVERY} items of a parallel loop (item {@code i} just done). */
    private void tickEvery(AtomicLong done, int i) {
        if ((i & (TICK_EVERY - 1)) == TICK_EVERY - 1) {
            progress.tick(done.addAndGet(TICK_EVERY));
        }
    }

    private static long lap(Map<String, Long> millis, String phase, long since) {
        long now = System.nanoTime();
        millis.put(phase, (now - since) / 1_000_000);
        return now;
    }

    private List<ScoredPair> demoteAmbiguous(List<PersonRecord> records, String[] birth, List<ScoredPair> scored, Constraints constraints,
            ListedTwice twice) {
        Map<Integer, List<ScoredPair>> byRecord = new HashMap<>();
        Map<Integer, List<ScoredPair>> reviewsOf = new HashMap<>();
        Set<Long> linked = new HashSet<>();
        long n = records.size();
        for (ScoredPair p : scored) {
            if (p.outcome() == Outcome.MATCH) {
                linked.add(p.a() * n + p.b());
                byRecord.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p);
                byRecord.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p);
            } else if (p.outcome() == Outcome.REVIEW && p.probability() >= config.reviewThreshold()) {
                reviewsOf.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p);
                reviewsOf.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p);
            }
        }
        Set<ScoredPair> demote = new HashSet<>();
        double margin = config.decisiveMargin();
        byRecord.forEach((i, links) -> {
            double ambiguous = Double.NEGATIVE_INFINITY;
            for (int x = 0; x < links.size(); x++) {
                for (int y = x + 1; y < links.size(); y++) {
                    int px = other(links.get(x), i);
                    int py = other(links.get(y), i);
                    if (!constraints.conflict(records.get(px), records.get(py), birth[px], birth[py])
                            && !namesakesOfOneList(records, i, px, py, linked, twice)) {
                        continue;
                    }
                    double wx = links.get(x).weight();
                    double wy = links.get(y).weight();
                    if (wy - wx < margin) {
                        demote.add(links.get(y));
                        ambiguous = Math.max(ambiguous, wy);
                    }
                    if (wx - wy < margin) {
                        demote.add(links.get(x));
                        ambiguous = Math.max(ambiguous, wx);
                    }
                }
            }
            // a person the record cannot share with its link, short of the match threshold yet within the margin of it
            for (ScoredPair link : links) {
                int px = other(link, i);
                for (ScoredPair rival : reviewsOf.getOrDefault(i, List.of())) {
                    int py = other(rival, i);
                    if (link.weight() - rival.weight() < margin
                            && constraints.conflict(records.get(px), records.get(py), birth[px], birth[py])) {
                        demote.add(link);
                        ambiguous = Math.max(ambiguous, link.weight());
                    }
                }
            }
            // the record's evidence fits two people: any other link of no more weight is as unsure
            for (ScoredPair p : links) {
                if (p.weight() - ambiguous < margin) {
                    demote.add(p);
                }
            }
        });
        if (demote.isEmpty()) {
            return scored;
        }
        List<ScoredPair> out = new ArrayList<>(scored.size());
        for (ScoredPair p : scored) {
            out.add(demote.contains(p)
                    ? p.withOutcome(Outcome.REVIEW, Notes.AMBIGUOUS)
                    : p);
        }
        return out;
    }

    /**
     * Two records of one list that the model did not link to each other: a record of another list
     * matching both cannot tell which of the two it is (two "José Luis Enríquez" in one communiqué).
     * Within one list (deduplication) a third row of the same person often matches two rows that
     * differ more from each other than from it, so there it is not ambiguity. Nor is it where the
     * two records carry the same ID number and ID numbers are trusted: two rulings of one person
     * ("JOSÉ GIL" and "JOSA LUIS GIL", one cédula) are not two namesakes because a typo keeps
     * their names apart; nor where the list names one person twice ({@link ListedTwice}: the same
     * full name, at most one cédula, and no second bearer of the name in any list).
     */
    private boolean namesakesOfOneList(List<PersonRecord> records, int i, int x, int y, Set<Long> linked, ListedTwice twice) {
        long n = records.size();
        String list = records.get(x).sourceId();
        return list.equals(records.get(y).sourceId()) && !list.equals(records.get(i).sourceId())
                && !linked.contains(Math.min(x, y) * n + Math.max(x, y)) && !sameTrustedId(records.get(x), records.get(y))
                && !twice.of(x, y);
    }

    private boolean sameTrustedId(PersonRecord a, PersonRecord b) {
        return config.constraints().differentIds() && a.id() != null && b.id() != null && a.id().digits().equals(b.id().digits());
    }

    private static int other(ScoredPair p, int i) {
        return p.a() == i ? p.b() : p.a();
    }
}
