package org.rollcall.estimate;

/**
 * The multinomial profile-likelihood interval for the population size of a log-linear model
 * (Cormack 1992, Biometrics 48:567–576), computed as Rcapture's closedpCI.t does (Baillargeon &amp;
 * Rivest 2007, J. Stat. Softw. 19(5)): for a trial N, the missing cell is set to n0 = N − n, the
 * model is refitted to the completed table (the missing cell has the intercept only), and
 * log L(N) = −(G²(N) − 2 c(N)) / 2 with Cormack's correction
 * c(N) = n0 log n0 + log N! − N log N − log n0!. The interval is every N whose log L is within
 * χ²₁(confidence)/2 of the maximum. Log-factorials of real arguments use log Γ, where Rcapture uses
 * Stirling's formula for N &gt; 100; the difference moves the limits by far less than a person.
 */
final class ProfileLikelihood {

    /** How far above the Poisson estimate the upper limit is looked for before giving up. */
    static final double MAX_UPPER_FACTOR = 1000;

    private final double[][] design;
    private final double[] y;
    private final double observed;
    private double[] start;

    /** The result: limits and maximum on the population scale N, or a problem. */
    record Interval(double maximum, double low, double high, String problem) {
    }

    ProfileLikelihood(LogLinearModel model, OverlapTable table, double[] startBeta) {
        this.design = model.completedDesign();
        int cells = 1 << table.k();
        this.y = new double[cells];
        for (int m = 1; m < cells; m++) {
            y[m - 1] = table.count(m);
        }
        this.observed = table.observed();
        this.start = startBeta;
    }

    /** log L(N) up to a constant, N ≥ n. */
    double logLikelihood(double population) {
        double n0 = population - observed;
        y[y.length - 1] = n0;
        PoissonGlm.Fit fit = PoissonGlm.fit(design, y, start);
        if (!fit.converged()) {
            fit = PoissonGlm.fit(design, y, null);
            if (!fit.converged()) {
                throw new IllegalStateException("the completed table at N = " + population + " cannot be fitted: " + fit.problem());
            }
        }
        start = fit.beta();
        double ct = Numerics.xlogx(n0) + Numerics.logFactorial(population) - Numerics.xlogx(population)
                - Numerics.logFactorial(n0);
        return -(fit.deviance() - 2 * ct) / 2;
    }

    /**
     * @param poissonPopulation n + exp(intercept) of the Poisson fit, where the search starts
     * @param confidence e.g. 0.95
     */
    Interval interval(double poissonPopulation, double confidence) {
        double z = Numerics.zCritical(confidence);
        double drop = z * z / 2;
        double max = maximise(observed, Math.max(1.5 * poissonPopulation, observed + 1));
        double top = logLikelihood(max);
        double target = top - drop;
        double low = logLikelihood(observed) >= target ? observed : root(observed, max, target);
        double hi = Math.max(3 * poissonPopulation, max + 1);
        double limit = observed + MAX_UPPER_FACTOR * Math.max(poissonPopulation - observed, 1) + 10;
        while (logLikelihood(hi) > target) {
            if (hi >= limit) {
                return new Interval(max, low, Double.NaN, "the profile likelihood stays within the interval's drop up to N = "
                        + Math.round(limit) + ": the data do not bound the population from above");
            }
            hi = Math.min(2 * hi, limit);
        }
        return new Interval(max, low, root(max, hi, target), null);
    }

    /** Golden-section search for the maximum of log L on [a, b] (log L is unimodal in N). */
    private double maximise(double a, double b) {
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = logLikelihood(c);
        double fd = logLikelihood(d);
        while (b - a > 1e-7 * (1 + Math.abs(b))) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = logLikelihood(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = logLikelihood(d);
            }
        }
        return (a + b) / 2;
    }

    /** Bisection for log L(N) = target between a point above and a point below it. */
    private double root(double a, double b, double target) {
        double fa = logLikelihood(a) - target;
        for (int i = 0; i < 200 && b - a > 1e-9 * (1 + Math.abs(b)); i++) {
            double m = (a + b) / 2;
            double fm = logLikelihood(m) - target;
            if ((fm > 0) == (fa > 0)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }
}
