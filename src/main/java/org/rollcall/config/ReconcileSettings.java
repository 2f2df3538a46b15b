package org.rollcall.config;

import java.util.List;

/**
 * How the reconciliation classifies people.
 *
 * @param exclusions offences the amnesty excludes; a person charged with one of them and not on
 *     the amnesty list is "not covered: excluded offence"
 */
public record ReconcileSettings(List<Exclusion> exclusions) {

    public static final ReconcileSettings DEFAULTS = new ReconcileSettings(null);

    public ReconcileSettings {
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    /**
     * An offence the amnesty excludes.
     *
     * @param name what the report calls it
     * @param offences texts that identify it in an offence or ruling (case and accents ignored, any part of the text)
     */
    public record Exclusion(String name, List<String> offences) {

        public Exclusion {
            offences = offences == null ? List.of() : List.copyOf(offences);
        }
    }
}
