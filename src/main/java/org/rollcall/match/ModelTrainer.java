package org.rollcall.match;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimates a {@link MatchModel} without labels, the way Splink does:
 * <ol>
 * <li>u from all pairs, each weighed by its chance of being two different people, so the true
 * pairs among them do not count: every candidate pair, and the other pairs (all of them, or a
 * sample in proportion to the records, each standing for its share), so the rare agreeing levels
 * are counted exactly and the sample need only see the common ones;</li>
 * <li>m by expectation–maximisation in one session per blocking rule: the pairs a rule proposes
 * agree on the rule's fields by construction, so a session estimates only the comparisons of
 * other fields (pairs sharing a cédula teach what names of one person look like, and pairs
 * sharing names teach the cédulas); each comparison's m is the average over its sessions;</li>
 * <li>λ, the chance that two random records are one person, by EM over all pairs with m and u
 * fixed, pairs that no rule proposed counting as different people.</li>
 * </ol>
 * Stability on small lists: EM starts from the comparisons' prior m and keeps it as a Dirichlet
 * prior worth {@link #PRIOR_PAIRS} true pairs, so a few hundred rows cannot drive an m to 0 or 1;
 * u is smoothed toward its typical value by {@link #PRIOR_U_PAIRS} pairs. Identical comparison vectors are counted once with their
 * multiplicity, so EM time does not grow with the number of pairs.
 */
public final class ModelTrainer {

    static final double PRIOR_PAIRS = 20;
    static final int MAX_ITERATIONS = 1000;
    static final double TOLERANCE = 1e-7;
    /** A session needs at least this many pairs. */
    static final int MIN_SESSION_PAIRS = 20;
    /** Rounds of estimating m and λ, then taking the true pairs out of u. */
    static final int ROUNDS = 3;

    private ModelTrainer() {
    }

    /**
     * Parameters the job file fixes.
     *
     * @param lambda fixed chance that two random records are one person, or {@code null} to estimate it
     * @param m comparison name → fixed m per level
     * @param u comparison name → fixed u per level
     */
    public record Overrides(Double lambda, Map<String, double[]> m, Map<String, double[]> u) {

        public static final Overrides NONE = new Overrides(null, Map.of(), Map.of());
    }

    /**
     * Candidate pairs as the trainer needs them.
     *
     * @param pairs the candidate pairs as {@code a * n + b} ({@code n} records), in the order of {@code levels}
     */
    public record Candidates(long[] pairs, byte[][] levels, int[] ruleMasks, List<BlockingRule> rules, long totalPairs) {
    }

    public static MatchModel fit(List<Comparison> cs, Object[][] prepared, Candidates candidates, int randomPairs, long seed,
            Overrides overrides, double frequencyWeight) {
        int k = cs.size();
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.nanoTime();
        UPairs random = uPairs(cs, prepared, candidates, randomPairs, seed);
        double[][] u = new double[k][];
        double[][] m = new double[k][];
        boolean[] fixedM = new boolean[k];
        List<String> fixed = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            String name = cs.get(c).name();
            m[c] = cs.get(c).initialM().clone();
            if (overrides.m().containsKey(name)) {
                m[c] = overrides.m().get(name).clone();
                fixedM[c] = true;
            }
            if (overrides.m().containsKey(name) || overrides.u().containsKey(name)) {
                fixed.add(name);
            }
        }
        long t = lap(millis, "pairs for u", start);
        estimateU(cs, random, m, u, 0, overrides);
        Sessions sessions = null;
        Lambda lambda = null;
        for (int round = 0; round < ROUNDS; round++) {
            sessions = estimateM(cs, candidates, m, u, fixedM);
            lambda = overrides.lambda() != null ? new Lambda(overrides.lambda(), 0, true) : estimateLambda(cs, candidates, m, u);
            estimateU(cs, random, m, u, lambda.value, overrides);
        }
        t = lap(millis, "u, m and lambda", t);
        List<TermFrequencies> tf = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Object[] column = new Object[prepared.length];
            for (int i = 0; i < prepared.length; i++) {
                column[i] = prepared[i][c];
            }
            tf.add(TermFrequencies.count(cs.get(c), column));
        }
        lap(millis, "term frequencies", t);
        return new MatchModel(cs, m, u, lambda.value, tf, frequencyWeight,
                new MatchModel.FitReport(random.others.total, candidates.levels().length, sessions.ran(), lambda.iterations, lambda.converged, fixed,
                        sessions.skipped(), sessions.notEstimated(), millis));
    }

    /** The model with every comparison's prior m and typical u: for tests, and before any data is seen. */
    public static MatchModel defaults(List<Comparison> comparisons, double lambda) {
        double[][] m = new double[comparisons.size()][];
        double[][] u = new double[comparisons.size()][];
        List<TermFrequencies> tf = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            m[c] = comparisons.get(c).initialM().clone();
            u[c] = comparisons.get(c).initialU().clone();
            tf.add(TermFrequencies.count(comparisons.get(c), new Object[0]));
        }
        return new MatchModel(comparisons, m, u, lambda, tf, 0, new MatchModel.FitReport(0, 0, List.of(), 0, true, List.of(), List.of(),
                Map.of(), Map.of()));
    }

    /** Random pairs sampled in this many independent, seeded chunks (in parallel, same result on any machine). */
    static final int SAMPLE_CHUNKS = 8;
    /** Sampled pairs share their first record in runs of this many (consecutive second records). */
    static final int RUN = 16;
    /** Weight of the prior u, in pairs, when estimating u from the random pairs. */
    static final double PRIOR_U_PAIRS = 1000;

    /**
     * The pairs u is counted on, in two strata that together stand for all pairs: the candidate
     * pairs, every one (they hold nearly all pairs at the rare agreeing levels, such as equal
     * names, which a random sample would see a handful of times), and the other pairs, all of them
     * when there are no more than {@code randomPairs}, else a seeded sample of that many, each
     * standing for its share of them.
     */
    private static UPairs uPairs(List<Comparison> cs, Object[][] prepared, Candidates candidates, int randomPairs, long seed) {
        int n = prepared.length;
        int k = cs.size();
        long[] taken = candidates.pairs().clone();
        Arrays.sort(taken);
        long others = (long) n * (n - 1) / 2 - taken.length;
        byte[][][] parts = new byte[SAMPLE_CHUNKS][][];
        boolean enumerate = others <= randomPairs;
        IntStream.range(0, SAMPLE_CHUNKS).parallel().forEach(chunk -> {
            List<byte[]> rows = new ArrayList<>();
            if (enumerate) {
                for (int a = chunk; a < n; a += SAMPLE_CHUNKS) {
                    for (int b = a + 1; b < n; b++) {
                        if (Arrays.binarySearch(taken, (long) a * n + b) < 0) {
                            rows.add(levels(cs, prepared[a], prepared[b], k));
                        }
                    }
                }
            } else {
                SplittableRandom rnd = new SplittableRandom(seed + chunk);
                int share = randomPairs / SAMPLE_CHUNKS + (chunk < randomPairs % SAMPLE_CHUNKS ? 1 : 0);
                for (int s = 0; n >= 2 && s < share;) {
                    // a run of partners for one record: the same record's values stay in the cache
                    int a = rnd.nextInt(n);
                    int from = rnd.nextInt(n);
                    for (int r = 0; r < RUN && s < share; r++) {
                        int b = (from + r) % n;
                        if (b != a && Arrays.binarySearch(taken, (long) Math.min(a, b) * n + Math.max(a, b)) < 0) {
                            rows.add(levels(cs, prepared[a], prepared[b], k));
                            s++;
                        }
                    }
                }
            }
            parts[chunk] = rows.toArray(new byte[0][]);
        });
        Patterns p = new Patterns();
        Map<String, Integer> index = new HashMap<>();
        for (byte[][] part : parts) {
            for (byte[] row : part) {
                p.add(row, index);
            }
        }
        boolean[] all = new boolean[k];
        Arrays.fill(all, true);
        return new UPairs(Patterns.of(candidates.levels(), null, 0, all), p, p.total == 0 ? 0 : (double) others / p.total);
    }

    /**
     * @param candidates every candidate pair's comparison vector
     * @param others the other pairs, or a sample of them
     * @param scale how many other pairs each one in {@code others} stands for
     */
    private record UPairs(Patterns candidates, Patterns others, double scale) {
    }

    private static byte[] levels(List<Comparison> cs, Object[] a, Object[] b, int k) {
        byte[] row = new byte[k];
        for (int c = 0; c < k; c++) {
            row[c] = (byte) (a[c] == null || b[c] == null ? -1 : cs.get(c).compare(a[c], b[c]));
        }
        return row;
    }

    /**
     * u from all pairs (the candidates, and the others or a sample of them scaled to their number),
     * each weighed by its chance of being two different people under the current model (λ = 0 at
     * first: all of them): the true pairs, which would otherwise inflate u at the rare levels
     * (equal names), drop out. Smoothed toward the comparison's typical u by
     * {@link #PRIOR_U_PAIRS} pairs.
     */
    private static void estimateU(List<Comparison> cs, UPairs pairs, double[][] m, double[][] u, double lambda, Overrides overrides) {
        int k = cs.size();
        double[][] mass = new double[k][];
        double[] present = new double[k];
        for (int c = 0; c < k; c++) {
            mass[c] = new double[cs.get(c).levels().size()];
        }
        double logit = lambda > 0 ? Math.log(lambda) - Math.log(1 - lambda) : Double.NEGATIVE_INFINITY;
        double[][] bayes = logBayesFactors(m, u);
        for (Patterns random : List.of(pairs.candidates(), pairs.others())) {
            double scale = random == pairs.candidates() ? 1 : pairs.scale();
            for (int p = 0; p < random.rows.size(); p++) {
                byte[] row = random.rows.get(p);
                double weight = 0;
                for (int c = 0; c < k; c++) {
                    if (row[c] >= 0 && u[c] != null) {
                        weight += bayes[c][row[c]];
                    }
                }
                double nonMatch = lambda > 0 ? 1 - 1.0 / (1.0 + Math.exp(-(logit + weight))) : 1;
                double n = scale * random.counts.get(p)[0] * nonMatch;
                for (int c = 0; c < k; c++) {
                    if (row[c] >= 0) {
                        mass[c][row[c]] += n;
                        present[c] += n;
                    }
                }
            }
        }
        for (int c = 0; c < k; c++) {
            double[] given = overrides.u().get(cs.get(c).name());
            if (given != null) {
                u[c] = given.clone();
                continue;
            }
            double[] prior = cs.get(c).initialU();
            u[c] = new double[prior.length];
            for (int l = 0; l < prior.length; l++) {
                u[c][l] = (mass[c][l] + PRIOR_U_PAIRS * prior[l]) / (present[c] + PRIOR_U_PAIRS);
            }
        }
    }

    private static long lap(Map<String, Long> millis, String phase, long since) {
        long now = System.nanoTime();
        millis.put(phase, (now - since) / 1_000_000);
        return now;
    }

    /**
     * What the EM sessions did, for model.json.
     *
     * @param ran a line per session that ran
     * @param skipped a line per blocking rule whose session did not run, with why
     * @param notEstimated comparison → why its m stayed the prior
     */
    private record Sessions(List<String> ran, List<String> skipped, Map<String, String> notEstimated) {
    }

    /** One EM session per rule. */
    private static Sessions estimateM(List<Comparison> cs, Candidates cand, double[][] m, double[][] u, boolean[] fixedM) {
        int k = cs.size();
        double[][] sum = new double[k][];
        double[] weight = new double[k];
        for (int c = 0; c < k; c++) {
            sum[c] = new double[m[c].length];
        }
        List<String> report = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int r = 0; r < cand.rules().size(); r++) {
            BlockingRule rule = cand.rules().get(r);
            boolean[] use = new boolean[k];
            List<String> estimated = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                boolean involved = rule.fields().stream().anyMatch(cs.get(c).blockingFields()::contains);
                use[c] = !involved;
                if (!involved && !fixedM[c]) {
                    estimated.add(cs.get(c).name());
                }
            }
            if (estimated.isEmpty()) {
                skipped.add(rule.text() + ": no session, every comparison is blocked on by this rule or fixed in the job file");
                continue;
            }
            Patterns patterns = Patterns.of(cand.levels(), cand.ruleMasks(), 1 << r, use);
            if (patterns.total < MIN_SESSION_PAIRS) {
                skipped.add(String.format(Locale.ROOT, "%s: no session, %d candidate pairs, fewer than the %d needed to estimate %s",
                        rule.text(), patterns.total, MIN_SESSION_PAIRS, estimated));
                continue;
            }
            double[][] sessionM = new double[k][];
            for (int c = 0; c < k; c++) {
                sessionM[c] = cs.get(c).initialM().clone();
                if (fixedM[c]) {
                    sessionM[c] = m[c].clone();
                }
            }
            Session s = em(cs, patterns, sessionM, u, use, fixedM);
            double expected = s.lambda * patterns.total;
            for (int c = 0; c < k; c++) {
                if (use[c] && !fixedM[c]) {
                    for (int l = 0; l < sum[c].length; l++) {
                        sum[c][l] += expected * sessionM[c][l];
                    }
                    weight[c] += expected;
                }
            }
            report.add(String.format(Locale.ROOT, "%s: %d pairs, %.1f%% one person, estimated %s, %d iterations%s",
                    rule.text(), patterns.total, 100 * s.lambda, estimated, s.iterations, s.converged ? "" : " (not converged)"));
        }
        Map<String, String> notEstimated = new LinkedHashMap<>();
        for (int c = 0; c < k; c++) {
            if (!fixedM[c] && weight[c] > 0) {
                for (int l = 0; l < m[c].length; l++) {
                    m[c][l] = sum[c][l] / weight[c];
                }
                floor(m[c], cs.get(c).minimumM());
            } else if (!fixedM[c]) {
                notEstimated.put(cs.get(c).name(), report.isEmpty() && skipped.isEmpty() ? "no blocking rule proposed pairs"
                        : "every blocking rule either blocks on its field or proposed too few pairs (see skippedSessions): m is the prior "
                                + Arrays.toString(cs.get(c).initialM()));
            }
        }
        return new Sessions(report, skipped, notEstimated);
    }

    /** Raises each m to its floor (when the comparison has one) and scales the others so that they still sum to 1. */
    static void floor(double[] m, double[] min) {
        if (min == null) {
            return;
        }
        double raised = 0;
        double rest = 0;
        for (int l = 0; l < m.length; l++) {
            if (m[l] < min[l]) {
                raised += min[l] - m[l];
                m[l] = min[l];
            } else {
                rest += m[l];
            }
        }
        for (int l = 0; l < m.length && raised > 0 && rest > 0; l++) {
            if (m[l] > min[l]) {
                m[l] -= raised * m[l] / rest;
            }
        }
    }

    /** Distinct comparison vectors of the pairs a rule proposed, with their counts. */
    private static final class Patterns {
        final List<byte[]> rows = new ArrayList<>();
        final List<long[]> counts = new ArrayList<>();
        long total;

        static Patterns of(byte[][] levels, int[] masks, int ruleBit, boolean[] use) {
            Patterns p = new Patterns();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < levels.length; i++) {
                if (masks != null && (masks[i] & ruleBit) == 0) {
                    continue;
                }
                byte[] row = levels[i].clone();
                for (int c = 0; c < row.length; c++) {
                    if (!use[c]) {
                        row[c] = -1;
                    }
                }
                p.add(row, index);
            }
            return p;
        }

        void add(byte[] row, Map<String, Integer> index) {
            String key = new String(row, StandardCharsets.ISO_8859_1);
            Integer at = index.get(key);
            if (at == null) {
                index.put(key, rows.size());
                rows.add(row);
                counts.add(new long[] {1});
            } else {
                counts.get(at)[0]++;
            }
            total++;
        }
    }

    private record Session(double lambda, int iterations, boolean converged) {
    }

    private static Session em(List<Comparison> cs, Patterns patterns, double[][] m, double[][] u, boolean[] use, boolean[] fixedM) {
        int k = cs.size();
        double lambda = 0.5;
        int it = 0;
        boolean converged = false;
        while (it < MAX_ITERATIONS && !converged) {
            it++;
            double[][] mass = new double[k][];
            double[] present = new double[k];
            for (int c = 0; c < k; c++) {
                mass[c] = new double[m[c].length];
            }
            double matches = 0;
            double[][] bayes = logBayesFactors(m, u);
            double logitLambda = Math.log(lambda) - Math.log(1 - lambda);
            for (int p = 0; p < patterns.rows.size(); p++) {
                byte[] row = patterns.rows.get(p);
                double n = patterns.counts.get(p)[0];
                double logRatio = logitLambda;
                for (int c = 0; c < k; c++) {
                    if (row[c] >= 0) {
                        logRatio += bayes[c][row[c]];
                    }
                }
                double post = 1.0 / (1.0 + Math.exp(-logRatio));
                matches += n * post;
                for (int c = 0; c < k; c++) {
                    if (row[c] >= 0) {
                        mass[c][row[c]] += n * post;
                        present[c] += n * post;
                    }
                }
            }
            double change = 0;
            for (int c = 0; c < k; c++) {
                if (!use[c] || fixedM[c]) {
                    continue;
                }
                double[] prior = cs.get(c).initialM();
                for (int l = 0; l < m[c].length; l++) {
                    double next = (mass[c][l] + PRIOR_PAIRS * prior[l]) / (present[c] + PRIOR_PAIRS);
                    change = Math.max(change, Math.abs(next - m[c][l]));
                    m[c][l] = next;
                }
            }
            double next = Math.min(0.999, Math.max(1e-6, matches / patterns.total));
            change = Math.max(change, Math.abs(next - lambda));
            lambda = next;
            converged = change < TOLERANCE;
        }
        return new Session(lambda, it, converged);
    }

    /**
     * ln(m / u) per comparison and level, as {@code ln m - ln u} (the same doubles as computing it
     * per pair): computed once per EM iteration instead of once per pattern and comparison.
     * A comparison whose u is not known yet has {@code null}.
     */
    private static double[][] logBayesFactors(double[][] m, double[][] u) {
        double[][] out = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            if (u[c] == null) {
                continue;
            }
            out[c] = new double[m[c].length];
            for (int l = 0; l < m[c].length; l++) {
                out[c][l] = Math.log(m[c][l]) - Math.log(u[c][l]);
            }
        }
        return out;
    }

    private record Lambda(double value, int iterations, boolean converged) {
    }

    /**
     * λ by EM over all pairs with m and u fixed: the expected number of true pairs among the
     * candidates over the number of all pairs (pairs no rule proposed are taken as different people).
     */
    private static Lambda estimateLambda(List<Comparison> cs, Candidates cand, double[][] m, double[][] u) {
        int k = cs.size();
        boolean[] all = new boolean[k];
        Arrays.fill(all, true);
        Patterns patterns = Patterns.of(cand.levels(), null, 0, all);
        double[] weight = new double[patterns.rows.size()];
        for (int p = 0; p < weight.length; p++) {
            byte[] row = patterns.rows.get(p);
            for (int c = 0; c < k; c++) {
                if (row[c] >= 0) {
                    weight[p] += Math.log(m[c][row[c]]) - Math.log(u[c][row[c]]);
                }
            }
        }
        double total = Math.max(cand.totalPairs(), 1);
        double lambda = Math.max(1.0 / total, Math.min(0.5, patterns.total / total / 10));
        int it = 0;
        boolean converged = false;
        while (it < MAX_ITERATIONS && !converged) {
            it++;
            double logit = Math.log(lambda) - Math.log(1 - lambda);
            double matches = 0;
            for (int p = 0; p < weight.length; p++) {
                matches += patterns.counts.get(p)[0] / (1.0 + Math.exp(-(logit + weight[p])));
            }
            double next = Math.min(0.5, Math.max(1e-12, matches / total));
            converged = Math.abs(next - lambda) < lambda * 1e-6;
            lambda = next;
        }
        return new Lambda(lambda, it, converged);
    }
}
