package org.rollcall.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which log-linear models are fitted: main effects plus every subset of the pairwise
 * interactions when there are at most {@link EstimationSettings#maxModels()} of them (all 8 for
 * 3 lists, all 64 for 4), otherwise a forward stepwise search by AIC from the independence
 * model, adding at each step the interaction that lowers AIC most, and reporting every model
 * it fitted. Models are listed by number of interactions, then by the order of their pairs.
 */
final class ModelSpace {

    private ModelSpace() {
    }

    static List<ModelFit> fitAll(OverlapTable table, EstimationSettings settings) {
        List<LogLinearModel.Pair> pairs = LogLinearModel.allPairs(table.k());
        if (pairs.size() < 31 && (1L << pairs.size()) <= settings.maxModels()) {
            return exhaustive(table, pairs, settings.confidence());
        }
        return stepwise(table, pairs, settings);
    }

    private static List<ModelFit> exhaustive(OverlapTable table, List<LogLinearModel.Pair> pairs, double confidence) {
        List<ModelFit> fits = new ArrayList<>();
        for (int size = 0; size <= pairs.size(); size++) {
            for (int subset = 0; subset < 1 << pairs.size(); subset++) {
                if (Integer.bitCount(subset) == size) {
                    fits.add(LogLinearFitter.fit(table, model(table, pairs, subset), confidence));
                }
            }
        }
        return fits;
    }

    private static List<ModelFit> stepwise(OverlapTable table, List<LogLinearModel.Pair> pairs, EstimationSettings settings) {
        Map<Integer, ModelFit> fitted = new LinkedHashMap<>();
        int current = 0;
        ModelFit best = fit(table, pairs, current, settings, fitted);
        while (fitted.size() < settings.maxModels()) {
            int bestNext = -1;
            ModelFit bestFit = null;
            for (int t = 0; t < pairs.size() && fitted.size() < settings.maxModels(); t++) {
                if ((current & (1 << t)) != 0) {
                    continue;
                }
                ModelFit f = fit(table, pairs, current | (1 << t), settings, fitted);
                if (f.estimable() && (bestFit == null || f.aic() < bestFit.aic())) {
                    bestFit = f;
                    bestNext = current | (1 << t);
                }
            }
            if (bestFit == null || (best.estimable() && bestFit.aic() >= best.aic())) {
                break;
            }
            best = bestFit;
            current = bestNext;
        }
        return new ArrayList<>(fitted.values());
    }

    private static ModelFit fit(OverlapTable table, List<LogLinearModel.Pair> pairs, int subset, EstimationSettings settings,
            Map<Integer, ModelFit> fitted) {
        return fitted.computeIfAbsent(subset, s -> LogLinearFitter.fit(table, model(table, pairs, s), settings.confidence()));
    }

    private static LogLinearModel model(OverlapTable table, List<LogLinearModel.Pair> pairs, int subset) {
        List<LogLinearModel.Pair> chosen = new ArrayList<>();
        for (int t = 0; t < pairs.size(); t++) {
            if ((subset & (1 << t)) != 0) {
                chosen.add(pairs.get(t));
            }
        }
        return new LogLinearModel(table.lists(), chosen);
    }
}
