package org.rollcall.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The entry point: from an overlap table of k linked lists to an estimate of the people on no
 * list, with intervals, every model, and the reasons when nothing can be estimated.
 *
 * <p>Checks first, in this order, and answers "not estimable" with the reason: fewer than 2
 * lists; an empty list; a list contained in another (a structural zero: the containing list is
 * not an independent sample); no one on two or more lists. With 2 lists only Chapman's estimator
 * is given, labelled as assuming independence. With 3 or more the log-linear models of
 * {@link ModelSpace} are fitted and the headline is the estimable model that minimises the
 * configured criterion.
 */
public final class MultipleSystemsEstimator {

    private MultipleSystemsEstimator() {
    }

    public static Estimates estimate(OverlapTable table, EstimationSettings settings) {
        String problem = degenerate(table);
        if (problem != null) {
            return Estimates.notEstimable(table, settings, problem);
        }
        long n = table.observed();
        Estimate chao = ClosedFormEstimators.chaoLowerBound(table, settings.confidence());
        if (table.k() == 2) {
            Estimate chapman = ClosedFormEstimators.chapman(table, settings.confidence());
            return new Estimates(table.lists(), n, table.cells(), chapman, settings.selection(), null, null, List.of(),
                    Estimates.Spread.NONE, "only two lists: log-linear models with interactions need at least three, so "
                    + "the only estimate is Chapman's, which assumes the lists are independent and cannot test it",
                    chao, LatentClassEstimator.estimate(table, settings));
        }
        List<ModelFit> models = ModelSpace.fitAll(table, settings);
        List<ModelFit> estimable = models.stream().filter(ModelFit::estimable).toList();
        Estimate latent = LatentClassEstimator.estimate(table, settings);
        if (estimable.isEmpty()) {
            String reasons = String.join("; ", models.stream().map(m -> m.name() + ": " + m.reason()).distinct().toList());
            return new Estimates(table.lists(), n, table.cells(),
                    Estimate.notEstimable("log-linear", n, "no log-linear model is estimable (" + reasons + ")"),
                    settings.selection(), null, null, models, Estimates.Spread.NONE,
                    "not estimable: every log-linear model failed", chao, latent);
        }
        ModelFit byAic = best(estimable, ModelFit::aic);
        ModelFit byBic = best(estimable, ModelFit::bic);
        ModelFit chosen = settings.selection() == EstimationSettings.Criterion.AIC ? byAic : byBic;
        Estimates.Spread spread = spread(estimable, byAic);
        return new Estimates(table.lists(), n, table.cells(), chosen.toEstimate(n, "log-linear"), settings.selection(),
                byAic.name(), byBic.name(), models, spread, rationale(settings, chosen, byAic, byBic, models, spread),
                chao, latent);
    }

    /** The reason the table cannot be estimated at all, or null. */
    static String degenerate(OverlapTable table) {
        List<String> lists = table.lists();
        if (table.k() < 2) {
            return "at least 2 lists are needed, there is " + table.k();
        }
        for (int j = 0; j < table.k(); j++) {
            if (table.listSize(j) == 0) {
                return "list '" + lists.get(j) + "' is empty";
            }
        }
        for (int i = 0; i < table.k(); i++) {
            for (int j = 0; j < table.k(); j++) {
                if (i != j && LogLinearFitter.overlap(table, i, j) == table.listSize(i)) {
                    return "every person on list '" + lists.get(i) + "' is also on list '" + lists.get(j)
                            + "': a list contained in another is not an independent sample";
                }
            }
        }
        if (table.observed() == table.onExactly(1)) {
            return "no one is on more than one list, so the lists say nothing about who they miss";
        }
        return null;
    }

    private static ModelFit best(List<ModelFit> fits, ToDoubleFunction<ModelFit> criterion) {
        return fits.stream().min(Comparator.comparingDouble(criterion)).orElseThrow();
    }

    private static Estimates.Spread spread(List<ModelFit> estimable, ModelFit byAic) {
        ModelFit lowest = best(estimable, ModelFit::estimate);
        ModelFit highest = best(estimable, m -> -m.estimate());
        List<ModelFit> plausible = new ArrayList<>(estimable.stream().filter(m -> m.aic() - byAic.aic() <= 2).toList());
        plausible.sort(Comparator.comparingDouble(ModelFit::aic));
        return new Estimates.Spread(estimable.size(), lowest.estimate(), lowest.name(), highest.estimate(), highest.name(),
                plausible.stream().map(ModelFit::name).toList(),
                plausible.stream().mapToDouble(ModelFit::estimate).min().orElseThrow(),
                plausible.stream().mapToDouble(ModelFit::estimate).max().orElseThrow());
    }

    private static String rationale(EstimationSettings settings, ModelFit chosen, ModelFit byAic, ModelFit byBic,
            List<ModelFit> models, Estimates.Spread spread) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "'%s' has the lowest %s (%.2f) of %d estimable models (%d fitted)",
                chosen.name(), settings.selection(), settings.selection() == EstimationSettings.Criterion.AIC
                        ? chosen.aic() : chosen.bic(), spread.estimableModels(), models.size()));
        ModelFit other = settings.selection() == EstimationSettings.Criterion.AIC ? byBic : byAic;
        String otherName = settings.selection() == EstimationSettings.Criterion.AIC ? "BIC" : "AIC";
        if (other == chosen) {
            s.append("; ").append(otherName).append(" chooses the same model");
        } else {
            s.append(String.format(Locale.ROOT, "; %s chooses '%s' (%.0f on no list)", otherName, other.name(), other.estimate()));
        }
        s.append(String.format(Locale.ROOT, "; %d model(s) within 2 AIC units estimate %.0f to %.0f on no list; "
                + "all estimable models range from %.0f to %.0f", spread.plausibleModels().size(), spread.plausibleLowest(),
                spread.plausibleHighest(), spread.lowest(), spread.highest()));
        return s.toString();
    }
}
