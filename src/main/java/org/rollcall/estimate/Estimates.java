package org.rollcall.estimate;

import java.util.List;

/**
 * Everything estimated from one overlap table: the headline estimate of the people on no list,
 * every log-linear model fitted, the models chosen by AIC and by BIC, how far the models
 * disagree, and the estimators that allow for heterogeneous capture. See docs/estimates.md.
 *
 * @param lists the list names, in bit order
 * @param observed people on at least one list, n
 * @param cells the overlap table's observed cells, mask ascending
 * @param peopleOnNoList the headline: the model chosen by {@code criterion} (or Chapman with 2
 *     lists); not estimable, with the reason, when the table does not allow an estimate
 * @param criterion the criterion that chose the headline
 * @param selectedByAic name of the estimable model with the lowest AIC, or null
 * @param selectedByBic name of the estimable model with the lowest BIC, or null
 * @param models every log-linear model fitted (empty with 2 lists or a degenerate table)
 * @param spread how much the estimable models disagree
 * @param rationale one sentence: why the headline model, and what the alternatives say
 * @param chaoLowerBound Chao's (1987) lower bound, allowing for heterogeneous capture
 * @param latentClass the 2-class latent-class model (not estimable with fewer than 4 lists)
 */
public record Estimates(List<String> lists, long observed, List<OverlapTable.Cell> cells, Estimate peopleOnNoList,
        EstimationSettings.Criterion criterion, String selectedByAic, String selectedByBic, List<ModelFit> models,
        Spread spread, String rationale, Estimate chaoLowerBound, Estimate latentClass) {

    public Estimates {
        lists = List.copyOf(lists);
        cells = List.copyOf(cells);
        models = List.copyOf(models);
    }

    /** The whole table is degenerate: every estimate states the reason. */
    static Estimates notEstimable(OverlapTable table, EstimationSettings settings, String reason) {
        long n = table.observed();
        return new Estimates(table.lists(), n, table.cells(), Estimate.notEstimable("none", n, reason),
                settings.selection(), null, null, List.of(), Spread.NONE, "not estimable: " + reason,
                Estimate.notEstimable(ClosedFormEstimators.CHAO, n, reason),
                Estimate.notEstimable(LatentClassEstimator.NAME, n, reason));
    }

    /**
     * The model-to-model spread of the people on no list.
     *
     * @param estimableModels models with an estimate
     * @param lowest smallest estimate among them, NaN if none
     * @param lowestModel its model
     * @param highest largest estimate
     * @param highestModel its model
     * @param plausibleModels models within 2 AIC units of the best (Burnham &amp; Anderson 2002:
     *     "substantial support"), best first
     * @param plausibleLowest smallest estimate among those
     * @param plausibleHighest largest estimate among those
     */
    public record Spread(int estimableModels, double lowest, String lowestModel, double highest, String highestModel,
            List<String> plausibleModels, double plausibleLowest, double plausibleHighest) {

        static final Spread NONE = new Spread(0, Double.NaN, null, Double.NaN, null, List.of(), Double.NaN, Double.NaN);

        public Spread {
            plausibleModels = List.copyOf(plausibleModels);
        }
    }
}
