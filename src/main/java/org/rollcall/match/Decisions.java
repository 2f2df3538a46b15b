package org.rollcall.match;

import java.util.List;

/**
 * Analysts' decisions in force for this run, by record index: "same person" pairs are linked
 * whatever the model and the constraints say; "different people" pairs are never in one person,
 * not even through a third record.
 *
 * @param sameFirst record index pairs decided to be one person ({@code [a, b]})
 * @param different record index pairs decided to be different people
 */
public record Decisions(List<int[]> sameFirst, List<int[]> different) {

    public static final Decisions NONE = new Decisions(List.of(), List.of());

    public Decisions {
        sameFirst = List.copyOf(sameFirst);
        different = List.copyOf(different);
    }

    boolean different(int a, int b) {
        for (int[] d : different) {
            if (d[0] == a && d[1] == b || d[0] == b && d[1] == a) {
                return true;
            }
        }
        return false;
    }
}
