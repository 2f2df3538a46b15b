package org.rollcall.match;

/**
 * What one field added to a pair's match weight: the numbers behind a waterfall chart.
 *
 * @param field the field compared ({@code prior}, {@code id}, {@code name}, {@code birth-date})
 * @param level the comparison level reached, e.g. {@code exact}, {@code one-digit-off}, {@code missing}
 * @param weight log2 Bayes factor: positive for evidence of the same person, negative against
 */
public record Contribution(String field, String level, double weight) {
}
