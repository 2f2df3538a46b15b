package org.rollcall.config;

import org.rollcall.domain.Field;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One field comparison of the matcher, as written in the job file.
 *
 * @param name the comparison's name in explanations and parameters (default: the method)
 * @param method person-name, given-name, surname, id, date, text or code
 * @param field the field compared, for date, text and code
 * @param termFrequency for text: adjust agreement by the value's rarity
 */
public record ComparisonDefinition(String name, String method, Field field, @JsonProperty("term-frequency") Boolean termFrequency) {

    public String effectiveName() {
        return name != null ? name : field != null && !"id".equals(method) ? field.key() : method;
    }
}
