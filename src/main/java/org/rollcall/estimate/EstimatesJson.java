package org.rollcall.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of the estimates (docs/estimates.md), as ordered maps, lists, strings, numbers
 * and nulls that any JSON writer serialises the same way. Every NaN becomes null, so a figure
 * that could not be estimated never appears as a number. Person ids are not included: reports
 * take them from the {@link OverlapTable}.
 */
public final class EstimatesJson {

    private EstimatesJson() {
    }

    /** The {@code estimates} object of summary.json. */
    public static Map<String, Object> toMap(Estimates e, double confidence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lists", e.lists());
        m.put("observed", e.observed());
        List<Object> cells = new ArrayList<>();
        for (OverlapTable.Cell c : e.cells()) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("pattern", c.label());
            List<String> on = new ArrayList<>();
            for (int j = 0; j < e.lists().size(); j++) {
                if ((c.mask() & (1 << j)) != 0) {
                    on.add(e.lists().get(j));
                }
            }
            cell.put("lists", on);
            cell.put("count", c.count());
            cells.add(cell);
        }
        m.put("overlap", cells);
        m.put("confidence", confidence);
        m.put("people-on-no-list", estimate(e.peopleOnNoList()));
        m.put("criterion", e.criterion().name());
        m.put("selected-by-AIC", e.selectedByAic());
        m.put("selected-by-BIC", e.selectedByBic());
        m.put("rationale", e.rationale());
        m.put("model-spread", spread(e.spread()));
        List<Object> models = new ArrayList<>();
        for (ModelFit f : e.models()) {
            models.add(model(f, e.observed()));
        }
        m.put("models", models);
        m.put("chao-lower-bound", estimate(e.chaoLowerBound()));
        m.put("latent-class", estimate(e.latentClass()));
        return m;
    }

    /** The strata: overall, each stratum, and the sum of the strata. */
    public static Map<String, Object> toMap(Strata.StratifiedEstimates s, double confidence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", toMap(s.overall(), confidence));
        Map<String, Object> strata = new LinkedHashMap<>();
        s.byStratum().forEach((k, v) -> strata.put(k, toMap(v, confidence)));
        m.put("strata", strata);
        m.put("sum-of-strata", estimate(s.sumOfStrata()));
        return m;
    }

    /** How the headline moves with the linkage. */
    public static Map<String, Object> toMap(LinkageSensitivity s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("all-linked", estimate(s.allLinked().peopleOnNoList()));
        m.put("all-apart", estimate(s.allApart().peopleOnNoList()));
        m.put("shift", number(s.shift()));
        return m;
    }

    static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", number(e.estimate()));
        m.put("low", number(e.low()));
        m.put("high", number(e.high()));
        m.put("model", e.model());
        m.put("population", number(e.population()));
        m.put("population-low", number(e.observed() + e.low()));
        m.put("population-high", number(e.observed() + e.high()));
        m.put("observed", e.observed());
        m.put("estimable", e.estimable());
        m.put("reason", e.reason());
        return m;
    }

    private static Map<String, Object> model(ModelFit f, long observed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("terms", f.terms());
        m.put("deviance", number(f.deviance()));
        m.put("df", f.df());
        m.put("AIC", number(f.aic()));
        m.put("BIC", number(f.bic()));
        m.put("estimate", number(f.estimate()));
        m.put("low", number(f.low()));
        m.put("high", number(f.high()));
        m.put("population", number(f.population()));
        m.put("estimable", f.estimable());
        m.put("reason", f.reason());
        return m;
    }

    private static Map<String, Object> spread(Estimates.Spread s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimable-models", s.estimableModels());
        m.put("lowest", number(s.lowest()));
        m.put("lowest-model", s.lowestModel());
        m.put("highest", number(s.highest()));
        m.put("highest-model", s.highestModel());
        m.put("within-2-AIC", s.plausibleModels());
        m.put("within-2-AIC-lowest", number(s.plausibleLowest()));
        m.put("within-2-AIC-highest", number(s.plausibleHighest()));
        return m;
    }

    private static Double number(double d) {
        return Double.isFinite(d) ? d : null;
    }
}
