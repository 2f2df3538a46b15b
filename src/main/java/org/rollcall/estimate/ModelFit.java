package org.rollcall.estimate;

import java.util.List;

/**
 * One fitted log-linear model. Numbers are NaN when the model is not estimable, and
 * {@code reason} then says why; a NaN is written as JSON null, never as a figure.
 *
 * @param name "independence" or its interactions, e.g. "A:B + B:C"
 * @param terms main effects and interactions, e.g. ["A", "B", "C", "A:B"]
 * @param estimable false when no estimate can be read off this model
 * @param reason why not, or null
 * @param deviance residual deviance on the observed cells, G² = 2 Σ y log(y/μ)
 * @param df degrees of freedom: observed cells (2^k − 1) minus parameters
 * @param aic −2 log L + 2 p, with the full Poisson log-likelihood as R's glm (so figures match Rcapture)
 * @param bic AIC + (log n − 2) p, n = people observed, as Rcapture
 * @param estimate people on no list: exp(intercept) of the Poisson fit
 * @param low lower limit of the profile-likelihood interval for the people on no list
 * @param high upper limit of that interval
 * @param multinomialEstimate the maximum of the multinomial profile likelihood (minus n), which
 *     the interval surrounds; slightly below {@code estimate} (Rcapture prints both)
 * @param population people observed + estimate
 */
public record ModelFit(String name, List<String> terms, boolean estimable, String reason,
        double deviance, int df, double aic, double bic,
        double estimate, double low, double high, double multinomialEstimate, double population) {

    public ModelFit {
        terms = List.copyOf(terms);
    }

    static ModelFit notEstimable(LogLinearModel model, int df, String reason) {
        return new ModelFit(model.name(), model.terms(), false, reason, Double.NaN, df, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The estimate of the people on no list with its interval, as a headline {@link Estimate}. */
    Estimate toEstimate(long observed, String method) {
        if (!estimable) {
            return Estimate.notEstimable(method + " " + name, observed, reason);
        }
        return Estimate.of(method + " " + name, observed, estimate, low, high);
    }
}
