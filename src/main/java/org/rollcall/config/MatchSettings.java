package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Thresholds of the matcher. Scores run from 0.0 (certainly different people) to 1.0 (certainly
 * the same person).
 *
 * @param matchThreshold a pair scoring at least this is linked
 * @param reviewThreshold a pair scoring at least this (and below the match threshold) is listed
 *     for review and not linked
 * @param maxBlockSize blocks with more records than this are not compared within (they come from
 *     very common name pairs); reported with the run
 */
public record MatchSettings(
        @JsonProperty("match-threshold") Double matchThreshold,
        @JsonProperty("review-threshold") Double reviewThreshold,
        @JsonProperty("max-block-size") Integer maxBlockSize) {

    public static final MatchSettings DEFAULTS = new MatchSettings(0.90, 0.50, 400);

    public MatchSettings {
        matchThreshold = matchThreshold == null ? 0.90 : matchThreshold;
        reviewThreshold = reviewThreshold == null ? 0.50 : reviewThreshold;
        maxBlockSize = maxBlockSize == null ? 400 : maxBlockSize;
    }
}
