package org.rollcall.match;

import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fitted model as written with each run's outputs (model.json): per comparison and level,
 * m, u and the weight in bits; λ, and λ per pair of lists ({@link ListPriors}: "amnistia × ngo" →
 * λ); how the fit went. The m and u lists can be copied into the job file under
 * {@code matching.parameters} to fix them.
 */
public record ModelReport(double lambda, double priorWeight, Map<String, Double> lambdaByLists, List<ComparisonReport> comparisons,
        MatchModel.FitReport fit) {

    /** One comparison's levels. */
    public record ComparisonReport(String name, List<String> levels, List<Double> m, List<Double> u, List<Double> weight) {
    }

    public static ModelReport of(MatchModel model) {
        return of(model, ListPriors.none(model.lambda()));
    }

    public static ModelReport of(MatchModel model, ListPriors priors) {
        Map<String, Double> byLists = new LinkedHashMap<>();
        priors.byLists().forEach((k, v) -> byLists.put(k, round(v)));
        List<ComparisonReport> out = new ArrayList<>();
        for (int c = 0; c < model.comparisons().size(); c++) {
            List<Double> m = new ArrayList<>();
            List<Double> u = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (int l = 0; l < model.m()[c].length; l++) {
                m.add(round(model.m()[c][l]));
                u.add(round(model.u()[c][l]));
                w.add(Math.round(model.weight(c, l) * 100) / 100.0);
            }
            out.add(new ComparisonReport(model.comparisons().get(c).name(), model.comparisons().get(c).labels(), m, u, w));
        }
        return new ModelReport(round(model.lambda()), Math.round(model.priorWeight() * 100) / 100.0, byLists, out, model.fit());
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
    }
}
