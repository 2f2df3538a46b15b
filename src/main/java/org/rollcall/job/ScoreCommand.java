package org.rollcall.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rollcall.RollcallException;
import org.rollcall.match.BCubedScore;
import org.rollcall.match.LinkageScore;
import org.rollcall.sample.SampleTruth;

/**
 * {@code score <entities.csv> <truth>}: pairwise precision, recall and F1 of a linkage, then its
 * B-cubed precision, recall and F1. The truth
 * is {@code febrl} (the person is the N of a FEBRL record_id {@code rec-N-org} / {@code rec-N-dup-k})
 * or a sample-truth.json written by the sample generator.
 */
final class ScoreCommand {

    private static final Pattern FEBRL = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");

    private ScoreCommand() {
    }

    static LinkageScore score(Path entities, String truth) {
        Map<String, String>[] maps = maps(entities, truth);
        return LinkageScore.of(maps[0], maps[1]);
    }

    /** B-cubed precision, recall and F1 of the same linkage against the same truth. */
    static BCubedScore bcubed(Path entities, String truth) {
        Map<String, String>[] maps = maps(entities, truth);
        return BCubedScore.of(maps[0], maps[1]);
    }

    /** [record → predicted entity, record → true entity], records keyed "source|record_id". */
    @SuppressWarnings("unchecked")
    private static Map<String, String>[] maps(Path entities, String truth) {
        Map<String, String> predicted = new HashMap<>();
        Map<String, String> recordIds = new HashMap<>();
        try (Reader r = Files.newBufferedReader(entities)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String key = rec.get("source") + "|" + rec.get("record_id");
                predicted.put(key, rec.get("entity_id"));
                recordIds.put(key, rec.get("record_id"));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new RollcallException(entities + ": cannot be read as entities.csv (entity_id,source,record_id): " + e.getMessage(), e);
        }
        Map<String, String> truthMap = new HashMap<>();
        if (truth.equals("febrl")) {
            recordIds.forEach((key, id) -> {
                Matcher m = FEBRL.matcher(id);
                if (!m.matches()) {
                    throw new RollcallException(entities + ": record_id '" + id + "' is not a FEBRL rec_id (rec-N-org or rec-N-dup-K)");
                }
                truthMap.put(key, m.group(1));
            });
        } else {
            SampleTruth.read(Path.of(truth)).records().forEach(t -> truthMap.put(t.source() + "|" + t.recordId(), String.valueOf(t.person())));
        }
        return new Map[] {predicted, truthMap};
    }
}
