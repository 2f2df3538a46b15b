package org.rollcall.estimate;

/**
 * Poisson regression with log link fitted by iteratively reweighted least squares (Fisher
 * scoring), for the small dense problems of capture–recapture tables (at most 2^10 cells and a
 * few dozen parameters). The normal equations are solved by Cholesky decomposition written
 * here: at this size a library would add a dependency and nothing else.
 *
 * <p>Divergence is reported, not hidden: when a zero cell or a zero margin sends a parameter to
 * ±∞, the information matrix becomes singular or the step never shrinks, and the fit comes back
 * with {@code converged = false} and the reason, so no estimate is read off it.
 */
final class PoissonGlm {

    static final int MAX_ITERATIONS = 100;

    private PoissonGlm() {
    }

    /**
     * The result of a fit.
     *
     * @param beta coefficients, column order of the design
     * @param mu fitted means, row order
     * @param deviance 2 Σ [y log(y/μ) − (y − μ)]
     * @param logLikelihood Σ [y log μ − μ − log y!] (the full Poisson log-likelihood, as R's glm)
     * @param converged false when IRLS diverged; {@code problem} then says how
     * @param problem null when converged
     */
    record Fit(double[] beta, double[] mu, double deviance, double logLikelihood, boolean converged, String problem) {
    }

    /**
     * Fits log μ = X β.
     *
     * @param x design, rows × p, first column usually the intercept
     * @param y counts ≥ 0 (real values allowed: the profile likelihood uses a real missing cell)
     * @param start starting coefficients, or null to start from μ = y + 0.1 as R's glm does
     */
    static Fit fit(double[][] x, double[] y, double[] start) {
        int rows = x.length;
        int p = x[0].length;
        double[] eta = new double[rows];
        double[] beta;
        if (start != null) {
            beta = start.clone();
            eta = multiply(x, beta);
        } else {
            beta = null;
            for (int i = 0; i < rows; i++) {
                eta[i] = Math.log(y[i] + 0.1);
            }
        }
        double deviance = Double.POSITIVE_INFINITY;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[][] a = new double[p][p];
            double[] b = new double[p];
            for (int i = 0; i < rows; i++) {
                double mu = Math.exp(eta[i]);
                double z = eta[i] + (y[i] - mu) / mu;
                for (int r = 0; r < p; r++) {
                    if (x[i][r] == 0) {
                        continue;
                    }
                    double wx = mu * x[i][r];
                    b[r] += wx * z;
                    for (int c = 0; c <= r; c++) {
                        a[r][c] += wx * x[i][c];
                    }
                }
            }
            double[] next = Cholesky.solve(a, b);
            if (next == null) {
                return failed(beta, p, rows, "the information matrix is singular (a zero cell or margin sends a parameter to infinity)");
            }
            double step = 0;
            for (int r = 0; r < p; r++) {
                double old = beta == null ? 0 : beta[r];
                step = Math.max(step, Math.abs(next[r] - old) / (1 + Math.abs(next[r])));
            }
            beta = next;
            eta = multiply(x, beta);
            double newDeviance = deviance(y, eta);
            boolean small = beta != null && step < 1e-9;
            boolean flat = Math.abs(newDeviance - deviance) / (Math.abs(newDeviance) + 0.1) < 1e-12;
            deviance = newDeviance;
            if (small && flat) {
                return converged(beta, eta, y);
            }
        }
        return failed(beta, p, rows, "IRLS did not converge in " + MAX_ITERATIONS
                + " iterations (the maximum-likelihood estimate is on the boundary: a zero cell)");
    }

    private static Fit converged(double[] beta, double[] eta, double[] y) {
        double[] mu = new double[eta.length];
        double ll = 0;
        for (int i = 0; i < eta.length; i++) {
            mu[i] = Math.exp(eta[i]);
            ll += (y[i] == 0 ? 0 : y[i] * eta[i]) - mu[i] - Numerics.logFactorial(y[i]);
        }
        for (double b : beta) {
            if (!Double.isFinite(b)) {
                return failed(beta, beta.length, eta.length, "a coefficient is not finite");
            }
        }
        return new Fit(beta, mu, deviance(y, eta), ll, true, null);
    }

    private static Fit failed(double[] beta, int p, int rows, String problem) {
        return new Fit(beta == null ? new double[p] : beta, new double[rows], Double.NaN, Double.NaN, false, problem);
    }

    static double deviance(double[] y, double[] eta) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            double mu = Math.exp(eta[i]);
            d += (y[i] > 0 ? y[i] * (Math.log(y[i]) - eta[i]) : 0) - (y[i] - mu);
        }
        return 2 * d;
    }

    static double[] multiply(double[][] x, double[] beta) {
        double[] eta = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < beta.length; j++) {
                s += x[i][j] * beta[j];
            }
            eta[i] = s;
        }
        return eta;
    }
}
