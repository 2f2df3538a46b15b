package org.rollcall.job;

import java.util.List;

/**
 * What a run's report says of the run its changes are measured against.
 *
 * @param run the baseline run's name (its UTC start, "2026-11-21T020000Z")
 * @param sameFiles true when this run read the very same files as the baseline (same names, sizes and modification times)
 * @param alerts warnings a reader quoting the figures must see first: sources that fell sharply since the baseline
 */
public record ChangesBaseline(String run, boolean sameFiles, List<String> alerts) {

    public ChangesBaseline {
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }
}
