package org.rollcall.estimate;

/**
 * An estimate of the people on no list, with its 95 % (or configured) interval.
 *
 * <p>When nothing can be estimated, {@link #notEstimable} gives an estimate whose numbers are
 * all NaN (JSON null) and whose {@code reason} says why: never a number that looks valid.
 *
 * @param model the estimator or model that produced it, e.g. "log-linear A:B" or "Chao lower bound"
 * @param estimable false when no figure can be given
 * @param reason why not, or null
 * @param estimate people on no list (≥ 0, not rounded)
 * @param low lower limit of the interval for the people on no list
 * @param high upper limit
 * @param observed people on at least one list, n
 * @param population n + estimate
 */
public record Estimate(String model, boolean estimable, String reason,
        double estimate, double low, double high, long observed, double population) {

    /** An estimate with its interval; population = observed + estimate. */
    public static Estimate of(String model, long observed, double estimate, double low, double high) {
        if (!(Double.isFinite(estimate) && estimate >= 0 && low <= estimate + 1e-6 * (1 + estimate)
                && high >= estimate - 1e-6 * (1 + estimate))) {
            return notEstimable(model, observed, "the estimate " + estimate + " or its interval [" + low + ", " + high
                    + "] is not a finite, ordered interval");
        }
        return new Estimate(model, true, null, estimate, low, high, observed, observed + estimate);
    }

    /** No figure: the reason is stated instead. */
    public static Estimate notEstimable(String model, String reason) {
        return notEstimable(model, 0, reason);
    }

    /** No figure, keeping the number of people observed. */
    public static Estimate notEstimable(String model, long observed, String reason) {
        String r = reason.startsWith("not estimable") ? reason : "not estimable: " + reason;
        return new Estimate(model, false, r, Double.NaN, Double.NaN, Double.NaN, observed, Double.NaN);
    }
}
