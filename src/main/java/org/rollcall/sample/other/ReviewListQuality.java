package org.rollcall.sample.other;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rollcall.RollcallException;

/**
 * What the review list asks of an analyst (issue 12, item 4), read from a run's pairs.csv: pairs
 * left for review, how many are truly one person, how many join records already in one
 * predicted person, how many sit below the default review threshold, and how many distinct pairs
 * of predicted persons they concern.
 */
final class ReviewListQuality {

    /** The review threshold a job file has when it states none. */
    static final double DEFAULT_REVIEW_THRESHOLD = 0.50;

    private ReviewListQuality() {
    }

    /**
     * @param pairs a run's pairs.csv
     * @param predicted "source|record_id" → entity
     * @param truth "source|record_id" → person
     */
    static String of(Path pairs, Map<String, String> predicted, Map<String, String> truth) {
        Set<String> seen = new HashSet<>();
        Set<String> personPairs = new HashSet<>();
        int review = 0;
        int trueMatches = 0;
        int intraPerson = 0;
        int belowThreshold = 0;
        try (Reader r = Files.newBufferedReader(pairs)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (!rec.get("outcome").equals("review") || !seen.add(rec.get("pair"))) {
                    continue;
                }
                review++;
                String a = rec.get("source_a") + "|" + rec.get("record_id_a");
                String b = rec.get("source_b") + "|" + rec.get("record_id_b");
                if (truth.get(a) != null && truth.get(a).equals(truth.get(b))) {
                    trueMatches++;
                }
                String ea = predicted.get(a);
                String eb = predicted.get(b);
                if (ea != null && ea.equals(eb)) {
                    intraPerson++;
                } else {
                    personPairs.add(ea.compareTo(eb) < 0 ? ea + "/" + eb : eb + "/" + ea);
                }
                if (Double.parseDouble(rec.get("probability")) < DEFAULT_REVIEW_THRESHOLD) {
                    belowThreshold++;
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new RollcallException(pairs + ": cannot be read as pairs.csv: " + e.getMessage(), e);
        }
        return String.format(Locale.ROOT, "review pairs %d: truly one person %d (%.0f %%), records already in one person %d,"
                + " below %.2f %d, distinct pairs of people %d%n", review, trueMatches, review == 0 ? 0.0 : 100.0 * trueMatches / review,
                intraPerson, DEFAULT_REVIEW_THRESHOLD, belowThreshold, personPairs.size());
    }
}
