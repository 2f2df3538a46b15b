package org.rollcall.estimate;

/**
 * Fits one {@link LogLinearModel} to an {@link OverlapTable}: Poisson IRLS on the 2^k − 1
 * observed cells, the people on no list read off the intercept, and the profile-likelihood
 * interval around them. Any step that cannot give a trustworthy number — more parameters than
 * cells, IRLS diverging on a zero cell, an estimate that the data do not bound — makes the
 * model not estimable with the reason.
 */
final class LogLinearFitter {

    /** An estimate above this multiple of the people observed is taken as unbounded. */
    static final double MAX_ESTIMATE_FACTOR = 1000;

    private LogLinearFitter() {
    }

    static ModelFit fit(OverlapTable table, LogLinearModel model, double confidence) {
        int cells = (1 << table.k()) - 1;
        int p = model.parameters();
        int df = cells - p;
        if (df < 0) {
            return ModelFit.notEstimable(model, df, p + " parameters for " + cells + " observed cells: the model is not identifiable");
        }
        for (LogLinearModel.Pair pair : model.pairs()) {
            if (overlap(table, pair.first(), pair.second()) == 0) {
                return ModelFit.notEstimable(model, df, "no one is on both " + table.lists().get(pair.first()) + " and "
                        + table.lists().get(pair.second()) + ", so their interaction is minus infinity");
            }
        }
        double[] y = new double[cells];
        for (int m = 1; m <= cells; m++) {
            y[m - 1] = table.count(m);
        }
        PoissonGlm.Fit fit = PoissonGlm.fit(model.observedDesign(), y, null);
        if (!fit.converged()) {
            return ModelFit.notEstimable(model, df, fit.problem());
        }
        long n = table.observed();
        double estimate = Math.exp(fit.beta()[0]);
        if (!Double.isFinite(estimate) || estimate > MAX_ESTIMATE_FACTOR * n) {
            return ModelFit.notEstimable(model, df, "the estimate of the people on no list (" + estimate
                    + ") exceeds " + (long) MAX_ESTIMATE_FACTOR + " times the people observed: the data do not bound it");
        }
        double aic = -2 * fit.logLikelihood() + 2 * p;
        double bic = aic + (Math.log(n) - 2) * p;
        ProfileLikelihood.Interval interval;
        try {
            interval = new ProfileLikelihood(model, table, fit.beta()).interval(n + estimate, confidence);
        } catch (IllegalStateException e) {
            return ModelFit.notEstimable(model, df, e.getMessage());
        }
        if (interval.problem() != null) {
            return ModelFit.notEstimable(model, df, interval.problem());
        }
        return new ModelFit(model.name(), model.terms(), true, null, fit.deviance(), df, aic, bic,
                estimate, interval.low() - n, interval.high() - n, interval.maximum() - n, n + estimate);
    }

    /** People on both lists i and j. */
    static long overlap(OverlapTable table, int i, int j) {
        long both = 0;
        int mask = (1 << i) | (1 << j);
        for (int m = 1; m < 1 << table.k(); m++) {
            if ((m & mask) == mask) {
                both += table.count(m);
            }
        }
        return both;
    }
}
