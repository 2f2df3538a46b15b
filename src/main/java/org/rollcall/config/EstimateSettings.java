package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How the people on no list are estimated (see docs/estimates.md).
 *
 * @param strata attribute names (a source's {@code attributes:} key, e.g. {@code state} or
 *     {@code military}) by whose values the estimate is also made stratum by stratum; a person's
 *     value is the first one written on their records, in the job's source order
 */
public record EstimateSettings(@JsonProperty("strata") List<String> strata) {

    public static final EstimateSettings DEFAULTS = new EstimateSettings(List.of());

    public EstimateSettings {
        strata = strata == null ? List.of() : List.copyOf(strata);
    }
}
