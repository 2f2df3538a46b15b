package org.rollcall.config;

import org.rollcall.domain.Field;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One field comparison of the matcher, as written in the job file.
 *
 * @param name the comparison's name in explanations and parameters (default: the method)
 * @param method person-name, given-name, surname, id, date, text or code
 * @param field the field compared, for date, text and code
 * @param termFrequency for text and token-set: adjust agreement by the value's rarity
 * @param thresholds for person-name, given-name, surname and text: Jaro–Winkler similarities
 *     {@code typo} (default 0.92) and {@code similar} (default 0.80); {@code null} for the defaults
 */
public record ComparisonDefinition(String name, String method, Field field, @JsonProperty("term-frequency") Boolean termFrequency,
        Map<String, Double> thresholds) {

    /** A comparison with the default thresholds. */
    public ComparisonDefinition(String name, String method, Field field, Boolean termFrequency) {
        this(name, method, field, termFrequency, null);
    }

    public String effectiveName() {
        return name != null ? name : field != null && !"id".equals(method) ? field.key() : method;
    }
}
