package org.rollcall.config;

import org.rollcall.domain.Field;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One field comparison of the matcher, as written in the job file.
 *
 * @param name the comparison's name in explanations and parameters (default: the field, the
 *     attribute, else the method)
 * @param method person-name, given-name, surname, id, date, text, token-set, code, place, sex or age
 * @param field the field compared, for date, text, token-set, code and place
 * @param attribute instead of a field: the name of a sources' attribute column ({@code attributes:}),
 *     for date, text, token-set, code, place and sex
 * @param termFrequency for text, token-set and place: adjust agreement by the value's rarity
 * @param thresholds for person-name, given-name, surname and text: Jaro–Winkler similarities
 *     {@code typo} (default 0.92) and {@code similar} (default 0.80); {@code null} for the defaults
 * @param variants for place: groups of spellings that name one place ("La Tumba", "SEBIN Plaza Venezuela")
 */
public record ComparisonDefinition(String name, String method, Field field, String attribute,
        @JsonProperty("term-frequency") Boolean termFrequency, Map<String, Double> thresholds, List<List<String>> variants) {

    public ComparisonDefinition {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** A comparison of a field with the default thresholds. */
    public ComparisonDefinition(String name, String method, Field field, Boolean termFrequency) {
        this(name, method, field, null, termFrequency, null, null);
    }

    /** A comparison of an attribute column. */
    public static ComparisonDefinition ofAttribute(String method, String attribute, Boolean termFrequency) {
        return new ComparisonDefinition(null, method, null, attribute, termFrequency, null, null);
    }

    public String effectiveName() {
        if (name != null) {
            return name;
        }
        if (field != null && !"id".equals(method)) {
            return field.key();
        }
        return attribute != null ? attribute : method;
    }
}
