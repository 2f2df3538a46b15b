package org.rollcall.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EstimatesJsonTest {

    @Test
    void estimatesMapToTheDocumentedKeys() {
        Estimates e = MultipleSystemsEstimator.estimate(
                OverlapTable.ofCounts(Simulated.ABC, new long[] {0, 200, 150, 60, 180, 70, 50, 25}),
                EstimationSettings.defaults().withBootstrapReplicates(0));

        Map<String, Object> json = EstimatesJson.toMap(e, 0.95);

        assertEquals(List.of("lists", "observed", "overlap", "confidence", "people-on-no-list", "criterion",
                "selected-by-AIC", "selected-by-BIC", "rationale", "model-spread", "models", "chao-lower-bound",
                "latent-class"), List.copyOf(json.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> headline = (Map<String, Object>) json.get("people-on-no-list");
        assertEquals(List.of("estimate", "low", "high", "model", "population", "population-low", "population-high",
                "observed", "estimable", "reason"), List.copyOf(headline.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) ((List<Object>) json.get("models")).get(0);
        assertEquals(List.of("name", "terms", "deviance", "df", "AIC", "BIC", "estimate", "low", "high", "population",
                "estimable", "reason"), List.copyOf(model.keySet()));
        String text = JsonMapper.builder().build().writeValueAsString(json);
        assertTrue(text.contains("\"people-on-no-list\":{\"estimate\":"), text);
    }

    @Test
    void aFigureThatCannotBeEstimatedIsNullNotANumber() {
        Estimates e = MultipleSystemsEstimator.estimate(
                OverlapTable.ofCounts(Simulated.ABC, new long[] {0, 50, 0, 30, 40, 20, 0, 10}),
                EstimationSettings.defaults());

        Map<String, Object> headline = EstimatesJson.estimate(e.peopleOnNoList());

        assertNull(headline.get("estimate"));
        assertNull(headline.get("low"));
        assertNull(headline.get("high"));
        assertNull(headline.get("population"));
        assertEquals(false, headline.get("estimable"));
        assertTrue(((String) headline.get("reason")).startsWith("not estimable: "));
    }
}
