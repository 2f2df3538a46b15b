package org.rollcall.estimate;

import java.util.stream.IntStream;
import java.util.List;
import java.util.SplittableRandom;

/** Simulated populations of known size, each person given a capture pattern at random. */
final class Simulated {

    static final List<String> ABC = List.of("A", "B", "C");
    static final List<String> ABCD = List.of("A", "B", "C", "D");

    private Simulated() {
    }

    /**
     * Log-linear population: P(pattern h) ∝ exp(Σ_j logit(p_j) h_j + λ h_A h_B), so lists are
     * independent except A and B, whose log odds ratio is λ (positive: a person on A is more
     * likely on B; negative: less likely).
     */
    static OverlapTable logLinear(int population, double[] p, double lambdaAb, long seed) {
        int k = p.length;
        double[] cells = new double[1 << k];
        for (int h = 0; h < cells.length; h++) {
            double eta = lambdaAb * (h & 1) * ((h >> 1) & 1);
            for (int j = 0; j < k; j++) {
                eta += ((h >> j) & 1) * Math.log(p[j] / (1 - p[j]));
            }
            cells[h] = Math.exp(eta);
        }
        return draw(population, cells, seed, k);
    }

    /** Two latent classes of weight w and 1 − w, lists independent within a class. */
    static OverlapTable latentClasses(int population, double w, double[] easy, double[] hard, long seed) {
        int k = easy.length;
        double[] cells = new double[1 << k];
        for (int h = 0; h < cells.length; h++) {
            double a = w;
            double b = 1 - w;
            for (int j = 0; j < k; j++) {
                boolean on = ((h >> j) & 1) == 1;
                a *= on ? easy[j] : 1 - easy[j];
                b *= on ? hard[j] : 1 - hard[j];
            }
            cells[h] = a + b;
        }
        return draw(population, cells, seed, k);
    }

    private static OverlapTable draw(int population, double[] weights, long seed, int k) {
        double[] cumulative = new double[weights.length];
        double total = 0;
        for (int h = 0; h < weights.length; h++) {
            total += weights[h];
            cumulative[h] = total;
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] counts = new long[weights.length];
        for (int i = 0; i < population; i++) {
            double u = random.nextDouble() * total;
            int h = 0;
            while (cumulative[h] <= u && h < weights.length - 1) {
                h++;
            }
            counts[h]++;
        }
        return OverlapTable.ofCounts(k == 3 ? ABC : k == 4 ? ABCD : names(k), counts);
    }

    private static List<String> names(int k) {
        return IntStream.range(0, k).mapToObj(j -> String.valueOf((char) ('A' + j))).toList();
    }
}
