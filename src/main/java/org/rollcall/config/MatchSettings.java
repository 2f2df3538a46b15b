package org.rollcall.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * How the matcher works for a job. Every key is optional; absent keys take the defaults below,
 * chosen for lists of detainees identified by cédula.
 *
 * @param matchThreshold probability (0 to 1) at or above which two records are linked (0.90)
 * @param reviewThreshold probability at or above which an unlinked pair is listed for review (0.50)
 * @param maxBlockSize blocks with more records are not compared within, and are reported (400)
 * @param comparisons fields compared; default: person-name on names, id on id-number, date on birth-date
 * @param blocking blocking rules, OR-ed (default: id-number, name-pair, given-names:initial + surnames:prefix4,
 *     birth-date + surnames:prefix2)
 * @param constraints rules clustering never breaks
 * @param termFrequencyWeight share (0 to 1) of the value-rarity adjustment applied (0.5)
 * @param decisiveMargin bits by which one of two conflicting matches must be stronger to be linked (2)
 * @param aliases groups of name spellings that count as the same name (Jhonny, Johnny)
 * @param parameters fixed model parameters: {@code lambda}, or a comparison's name → m and u
 * @param lambda fixed chance that two records drawn at random are one person, instead of estimating it
 * @param randomPairs pairs other than the candidates sampled to estimate u (the candidates are all counted); all of
 *     them when there are no more; 0 (the default): in proportion to the data, {@value #AUTO_RANDOM_PAIRS_PER_RECORD}
 *     per record, at least 20,000 and at most 1,000,000
 */
public record MatchSettings(
        @JsonProperty("match-threshold") Double matchThreshold,
        @JsonProperty("review-threshold") Double reviewThreshold,
        @JsonProperty("max-block-size") Integer maxBlockSize,
        List<ComparisonDefinition> comparisons,
        List<String> blocking,
        ConstraintSettings constraints,
        @JsonProperty("term-frequency-weight") Double termFrequencyWeight,
        @JsonProperty("decisive-margin") Double decisiveMargin,
        List<List<String>> aliases,
        Map<String, LevelParameters> parameters,
        Double lambda,
        @JsonProperty("random-pairs") Integer randomPairs) {

    /** With random-pairs 0, pairs sampled per record: fitting then grows with the records, not with their square. */
    public static final int AUTO_RANDOM_PAIRS_PER_RECORD = 20;


    public static final MatchSettings DEFAULTS = new MatchSettings(null, null, null, null, null, null, null, null, null, null, null, null);

    public MatchSettings {
        matchThreshold = matchThreshold == null ? 0.90 : matchThreshold;
        reviewThreshold = reviewThreshold == null ? 0.50 : reviewThreshold;
        maxBlockSize = maxBlockSize == null ? 400 : maxBlockSize;
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        blocking = blocking == null ? List.of("id-number", "name-pair", "given-names:initial + surnames:prefix4", "birth-date + surnames:prefix2")
                : List.copyOf(blocking);
        constraints = constraints == null ? ConstraintSettings.DEFAULTS : constraints;
        termFrequencyWeight = termFrequencyWeight == null ? 0.5 : termFrequencyWeight;
        decisiveMargin = decisiveMargin == null ? 2.0 : decisiveMargin;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        randomPairs = randomPairs == null ? 0 : randomPairs;
    }

    /**
     * @param differentIds clearly different ID numbers never end in one person (true)
     * @param differentBirthDates clearly different birth dates never end in one person (true)
     * @param oneRecordPerSource ids of sources without internal duplicates
     */
    public record ConstraintSettings(
            @JsonProperty("different-ids") Boolean differentIds,
            @JsonProperty("different-birth-dates") Boolean differentBirthDates,
            @JsonProperty("one-record-per-source") List<String> oneRecordPerSource) {

        public static final ConstraintSettings DEFAULTS = new ConstraintSettings(null, null, null);

        public ConstraintSettings {
            differentIds = differentIds == null || differentIds;
            differentBirthDates = differentBirthDates == null || differentBirthDates;
            oneRecordPerSource = oneRecordPerSource == null ? List.of() : List.copyOf(oneRecordPerSource);
        }
    }
}
