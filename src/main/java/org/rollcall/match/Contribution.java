package org.rollcall.match;

/**
 * What one field added to a pair's match weight: the numbers behind a waterfall chart.
 *
 * @param field the field compared ({@code prior}, {@code id}, {@code name}, {@code birth-date})
 * @param level the comparison level reached, e.g. {@code exact}, {@code one-digit-off}, {@code missing}
 * @param weight log2 Bayes factor: positive for evidence of the same person, negative against
 * @param atRisk the level puts a link made with it at a risk ({@link Level#atRisk()}): such a link is reviewed
 */
public record Contribution(String field, String level, double weight, boolean atRisk) {

    /** A contribution at a level that puts no link at a risk. */
    public Contribution(String field, String level, double weight) {
        this(field, level, weight, false);
    }
}
