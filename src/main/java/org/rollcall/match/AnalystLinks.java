package org.rollcall.match;

import java.util.List;

/**
 * Analysts' must-link and cannot-link pairs in force for this run, by record index: "same
 * person" pairs are linked
 * whatever the model and the constraints say; "different people" pairs are never in one person,
 * not even through a third record.
 *
 * @param mustLink record index pairs decided to be one person ({@code [a, b]})
 * @param cannotLink record index pairs decided to be different people
 */
public record AnalystLinks(List<int[]> mustLink, List<int[]> cannotLink) {

    public static final AnalystLinks NONE = new AnalystLinks(List.of(), List.of());

    public AnalystLinks {
        mustLink = List.copyOf(mustLink);
        cannotLink = List.copyOf(cannotLink);
    }

    boolean cannotLink(int a, int b) {
        for (int[] d : cannotLink) {
            if (d[0] == a && d[1] == b || d[0] == b && d[1] == a) {
                return true;
            }
        }
        return false;
    }
}
