package org.rollcall.estimate;

/** Solves A x = b for a small symmetric positive-definite A by Cholesky decomposition. */
final class Cholesky {

    /** A pivot below this fraction of the largest diagonal entry counts as singular. */
    static final double SINGULAR = 1e-13;

    private Cholesky() {
    }

    /**
     * @param a symmetric matrix; only the lower triangle (a[r][c], c ≤ r) is read
     * @return x, or null when A is singular or not positive definite to working precision
     */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, a[i][i]);
        }
        if (!(max > 0) || !Double.isFinite(max)) {
            return null;
        }
        double[][] l = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c <= r; c++) {
                double s = a[r][c];
                for (int k = 0; k < c; k++) {
                    s -= l[r][k] * l[c][k];
                }
                if (r == c) {
                    if (s <= SINGULAR * a[r][r] || s <= SINGULAR * SINGULAR * max) {
                        return null;
                    }
                    l[r][r] = Math.sqrt(s);
                } else {
                    l[r][c] = s / l[c][c];
                }
            }
        }
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            double s = b[r];
            for (int k = 0; k < r; k++) {
                s -= l[r][k] * y[k];
            }
            y[r] = s / l[r][r];
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = y[r];
            for (int k = r + 1; k < n; k++) {
                s -= l[k][r] * x[k];
            }
            x[r] = s / l[r][r];
        }
        return x;
    }
}
