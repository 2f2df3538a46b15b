package org.rollcall.estimate;

/**
 * The two estimators with a formula: Chapman's two-list estimator and Chao's lower bound. Both
 * use the log-normal interval of Chao (1987) for the people on no list, f0: with
 * C = exp(z √log(1 + var/f0²)), the interval is [f0 / C, f0 · C], which never falls below zero.
 */
final class ClosedFormEstimators {

    static final String CHAPMAN = "Chapman two-list estimator (assumes the two lists are independent)";
    static final String CHAO = "Chao lower bound";

    private ClosedFormEstimators() {
    }

    /**
     * Chapman's nearly unbiased form of the Lincoln–Petersen estimator (Chapman 1951; Seber 1982,
     * The Estimation of Animal Abundance, §3.1.1): N = (n1+1)(n2+1)/(m+1) − 1 with variance
     * (n1+1)(n2+1)(n1−m)(n2−m) / ((m+1)²(m+2)). It assumes the two lists are independent and
     * every person equally likely to be on each; with two lists neither can be checked.
     */
    static Estimate chapman(OverlapTable table, double confidence) {
        long n1 = table.listSize(0);
        long n2 = table.listSize(1);
        long m = table.count(3);
        long n = table.observed();
        if (m == 0) {
            return Estimate.notEstimable(CHAPMAN, n, "no one is on both lists");
        }
        double population = (n1 + 1.0) * (n2 + 1.0) / (m + 1.0) - 1;
        double variance = (n1 + 1.0) * (n2 + 1.0) * (n1 - m) * (n2 - m) / ((m + 1.0) * (m + 1.0) * (m + 2.0));
        return logNormal(CHAPMAN, n, population - n, variance, confidence);
    }

    /**
     * Chao's (1987, Biometrics 43:783–791) lower bound: f0 ≥ f1² / (2 f2), with f_i the people on
     * exactly i lists, and her variance f2 [r⁴/4 + r³ + r²/2], r = f1/f2. It allows each person
     * their own chance of being listed (heterogeneity) and is a lower bound, not an estimate: the
     * true number on no list is likely higher when capture chances vary widely.
     */
    static Estimate chaoLowerBound(OverlapTable table, double confidence) {
        long n = table.observed();
        double f1 = table.onExactly(1);
        double f2 = table.onExactly(2);
        if (f2 == 0) {
            return Estimate.notEstimable(CHAO, n, "no one is on exactly two lists (f2 = 0)");
        }
        double r = f1 / f2;
        double f0 = f1 * f1 / (2 * f2);
        double variance = f2 * (Math.pow(r, 4) / 4 + Math.pow(r, 3) + r * r / 2);
        return logNormal(CHAO, n, f0, variance, confidence);
    }

    private static Estimate logNormal(String model, long n, double f0, double variance, double confidence) {
        if (f0 <= 0) {
            return Estimate.of(model, n, 0, 0, 0);
        }
        double z = Numerics.zCritical(confidence);
        double c = Math.exp(z * Math.sqrt(Math.log(1 + variance / (f0 * f0))));
        return Estimate.of(model, n, f0, f0 / c, f0 * c);
    }
}
