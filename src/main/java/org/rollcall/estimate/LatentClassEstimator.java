package org.rollcall.estimate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A two-class latent-class capture–recapture model (heterogeneous capture: each person belongs
 * to one of two unseen classes, say easy and hard to document, and within a class the lists are
 * independent), fitted by conditional maximum likelihood (Sanathanan 1972) with the EM algorithm,
 * the people on no list being part of the missing data, and a seeded parametric-bootstrap percentile interval. This is the
 * finite-mixture model of Agresti (1994, Biometrics 50:494–500) and Pledger (2000, Biometrics
 * 56:434–442); LCMCR (Manrique-Vallier 2016, Biometrics 72:1246–1254) is its Bayesian,
 * many-class generalisation. It assumes a closed population, correct linkage, and lists
 * independent within each class; dependence between lists is explained only by the classes.
 *
 * <p>It needs at least 4 lists: with 3 lists the model has 7 free parameters plus N for 7
 * observed cells, so N is not identifiable.
 */
final class LatentClassEstimator {

    static final String NAME = "latent-class (2 classes, EM, parametric bootstrap)";
    static final int CLASSES = 2;
    /** A bootstrap fit still moving after this many (accelerated) iterations counts as unbounded; the fit to the data gets five times as many. */
    static final int MAX_ITERATIONS = 2_000;

    private LatentClassEstimator() {
    }

    /** Class weights and per-class capture probabilities, and the fitted N. */
    record Fit(double[] weights, double[][] capture, double population, double logLikelihood, boolean bounded) {
    }

    static Estimate estimate(OverlapTable table, EstimationSettings settings) {
        long n = table.observed();
        if (table.k() < 4) {
            return Estimate.notEstimable(NAME, n, "a 2-class latent-class model needs at least 4 lists; with "
                    + table.k() + " it has more unknowns than observed cells");
        }
        if (settings.bootstrapReplicates() == 0) {
            return Estimate.notEstimable(NAME, n, "switched off (bootstrap replicates = 0)");
        }
        double[] y = table.countVector();
        SplittableRandom random = new SplittableRandom(settings.seed());
        Fit best = null;
        for (int s = 0; s < 6; s++) {
            Fit f = emLimited(y, start(table, s, random), table.k(), 5 * MAX_ITERATIONS);
            if (best == null || (f.bounded() && (!best.bounded() || f.logLikelihood() > best.logLikelihood()))) {
                best = f;
            }
        }
        if (!best.bounded()) {
            return Estimate.notEstimable(NAME, n, "the fit drifts to a class almost never listed, so the population is unbounded");
        }
        double[] replicates = new double[settings.bootstrapReplicates()];
        int unbounded = 0;
        double[] cells = cellProbabilities(best, table.k());
        long size = Math.round(best.population());
        double alpha = (1 - settings.confidence()) / 2;
        for (int b = 0; b < replicates.length; b++) {
            if (unbounded > alpha * replicates.length + 1) {
                replicates[b] = Double.POSITIVE_INFINITY;
                continue;
            }
            double[] yb = draw(cells, size, random);
            Fit f = em(yb, best, table.k());
            replicates[b] = f.bounded() ? f.population() - sum(yb) : Double.POSITIVE_INFINITY;
            unbounded += f.bounded() ? 0 : 1;
        }
        Arrays.sort(replicates);
        double low = quantile(replicates, alpha);
        double high = quantile(replicates, 1 - alpha);
        if (!Double.isFinite(high)) {
            return Estimate.notEstimable(NAME, n, "more than " + Math.round(100 * alpha) + " % of the bootstrap replicates ("
                    + unbounded + " before stopping) have no bounded population: the upper limit does not exist");
        }
        double estimate = best.population() - n;
        return Estimate.of(NAME, n, estimate, Math.min(low, estimate), Math.max(high, estimate));
    }

    /**
     * EM from a starting point, accelerated by SQUAREM (Varadhan &amp; Roland 2008, Scand. J. Stat.
     * 35:335–353), which keeps EM's monotone ascent by falling back to plain EM steps.
     * y indexed by mask, y[0] ignored.
     */
    static Fit em(double[] y, Fit start, int k) {
        return emLimited(y, start, k, MAX_ITERATIONS);
    }

    static Fit emLimited(double[] y, Fit start, int k, int maxIterations) {
        double[] theta = pack(start, k);
        double previous = Double.NEGATIVE_INFINITY;
        for (int iter = 0; iter < maxIterations; iter++) {
            Step s1 = step(y, theta, k);
            if (!s1.bounded()) {
                return unpack(theta, k, Double.POSITIVE_INFINITY, Double.NaN, false);
            }
            if (Math.abs(s1.logLikelihood() - previous) < 1e-10 * (1 + Math.abs(s1.logLikelihood()))) {
                return unpack(theta, k, s1.population(), s1.logLikelihood(), true);
            }
            previous = s1.logLikelihood();
            Step s2 = step(y, s1.next(), k);
            if (!s2.bounded()) {
                theta = s1.next();
                continue;
            }
            theta = squarem(y, theta, s1.next(), s2.next(), s2.logLikelihood(), k);
        }
        return unpack(theta, k, Double.POSITIVE_INFINITY, previous, false);
    }

    /**
     * One EM update from theta, and the conditional log-likelihood at theta,
     * Σ_h y_h log(P_h / (1 − P0)), which EM with the missing cell as Poisson data increases
     * (Sanathanan 1972, Ann. Math. Stat. 43:142–152: N̂ = n / (1 − P0)).
     */
    private record Step(double[] next, double logLikelihood, double population, boolean bounded) {
    }

    private static double[] squarem(double[] y, double[] t0, double[] t1, double[] t2, double ll2, int k) {
        double rr = 0;
        double vv = 0;
        double[] r = new double[t0.length];
        double[] v = new double[t0.length];
        for (int i = 0; i < t0.length; i++) {
            r[i] = t1[i] - t0[i];
            v[i] = t2[i] - t1[i] - r[i];
            rr += r[i] * r[i];
            vv += v[i] * v[i];
        }
        if (vv == 0) {
            return t2;
        }
        double alpha = -Math.sqrt(rr / vv);
        if (alpha > -1) {
            return t2;
        }
        double[] t = new double[t0.length];
        for (int i = 0; i < t0.length; i++) {
            t[i] = Math.min(1 - 1e-9, Math.max(1e-9, t0[i] - 2 * alpha * r[i] + alpha * alpha * v[i]));
        }
        Step s = step(y, t, k);
        return s.bounded() && s.logLikelihood() >= ll2 ? s.next() : t2;
    }

    private static Step step(double[] y, double[] theta, int k) {
        double n = sum(y);
        int cells = y.length;
        double[] w = {theta[0], 1 - theta[0]};
        double[][] q = new double[CLASSES][cells];
        double[] joint = new double[cells];
        for (int c = 0; c < CLASSES; c++) {
            for (int h = 0; h < cells; h++) {
                double pr = w[c];
                for (int j = 0; j < k; j++) {
                    double pj = theta[1 + c * k + j];
                    pr *= ((h >> j) & 1) == 1 ? pj : 1 - pj;
                }
                q[c][h] = pr;
                joint[h] += pr;
            }
        }
        double p0 = joint[0];
        if (p0 > 1 - 1e-9 || n / (1 - p0) > LogLinearFitter.MAX_ESTIMATE_FACTOR * n) {
            return new Step(theta, Double.NaN, Double.POSITIVE_INFINITY, false);
        }
        double n0 = n * p0 / (1 - p0);
        double population = n + n0;
        double ll = -n * Math.log(1 - p0);
        double[] classTotal = new double[CLASSES];
        double[][] listTotal = new double[CLASSES][k];
        for (int h = 0; h < cells; h++) {
            double count = h == 0 ? n0 : y[h];
            if (count == 0) {
                continue;
            }
            if (h > 0) {
                ll += count * Math.log(joint[h]);
            }
            for (int c = 0; c < CLASSES; c++) {
                double r = count * q[c][h] / joint[h];
                classTotal[c] += r;
                for (int j = 0; j < k; j++) {
                    if (((h >> j) & 1) == 1) {
                        listTotal[c][j] += r;
                    }
                }
            }
        }
        double[] next = new double[theta.length];
        next[0] = Math.min(1 - 1e-12, Math.max(1e-12, classTotal[0] / population));
        for (int c = 0; c < CLASSES; c++) {
            for (int j = 0; j < k; j++) {
                next[1 + c * k + j] = classTotal[c] > 0
                        ? Math.min(1 - 1e-12, Math.max(1e-12, listTotal[c][j] / classTotal[c])) : 0.5;
            }
        }
        return new Step(next, ll, population, true);
    }

    private static double[] pack(Fit fit, int k) {
        double[] theta = new double[1 + CLASSES * k];
        theta[0] = fit.weights()[0];
        for (int c = 0; c < CLASSES; c++) {
            System.arraycopy(fit.capture()[c], 0, theta, 1 + c * k, k);
        }
        return theta;
    }

    private static Fit unpack(double[] theta, int k, double population, double ll, boolean bounded) {
        double[][] p = new double[CLASSES][k];
        for (int c = 0; c < CLASSES; c++) {
            System.arraycopy(theta, 1 + c * k, p[c], 0, k);
        }
        return new Fit(new double[] {theta[0], 1 - theta[0]}, p, population, ll, bounded);
    }

    private static Fit start(OverlapTable table, int s, SplittableRandom random) {
        int k = table.k();
        double n = table.observed();
        double[][] p = new double[CLASSES][k];
        for (int j = 0; j < k; j++) {
            double rate = Math.min(0.9, table.listSize(j) / n);
            p[0][j] = s == 0 ? Math.min(0.95, 1.5 * rate) : 0.05 + 0.9 * random.nextDouble();
            p[1][j] = s == 0 ? 0.3 * rate : 0.05 + 0.9 * random.nextDouble();
        }
        double w0 = s == 0 ? 0.5 : 0.1 + 0.8 * random.nextDouble();
        return new Fit(new double[] {w0, 1 - w0}, p, n, Double.NaN, true);
    }

    static double[] cellProbabilities(Fit fit, int k) {
        double[] cells = new double[1 << k];
        for (int c = 0; c < CLASSES; c++) {
            for (int h = 0; h < cells.length; h++) {
                double pr = fit.weights()[c];
                for (int j = 0; j < k; j++) {
                    pr *= ((h >> j) & 1) == 1 ? fit.capture()[c][j] : 1 - fit.capture()[c][j];
                }
                cells[h] += pr;
            }
        }
        return cells;
    }

    /** A population of {@code size} people, each given a pattern; returns the counts by mask. */
    private static double[] draw(double[] cells, long size, SplittableRandom random) {
        double[] cumulative = new double[cells.length];
        double total = 0;
        for (int h = 0; h < cells.length; h++) {
            total += cells[h];
            cumulative[h] = total;
        }
        double[] y = new double[cells.length];
        for (long i = 0; i < size; i++) {
            double u = random.nextDouble() * total;
            int h = Arrays.binarySearch(cumulative, u);
            h = h >= 0 ? h : -h - 1;
            y[Math.min(h, cells.length - 1)]++;
        }
        y[0] = 0;
        return y;
    }

    private static double sum(double[] y) {
        double s = 0;
        for (int h = 1; h < y.length; h++) {
            s += y[h];
        }
        return s;
    }

    /** Type-7 quantile (linear interpolation) of sorted values; infinity propagates. */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        if (!Double.isFinite(sorted[hi]) || !Double.isFinite(sorted[lo])) {
            return sorted[hi];
        }
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
