package org.rollcall.sample.other;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rollcall.RollcallException;
import org.rollcall.match.BCubedScore;
import org.rollcall.match.LinkageScore;
import org.rollcall.sample.SampleTruth;
import org.rollcall.sample.SampleTruth.TruthRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores one run against a generated truth: pairwise and B-cubed precision, recall and F1 of its
 * entities.csv, the worst false merges (one predicted person holding several true persons) and
 * missed merges (one true person split), each with its records' names; and, given the run's
 * summary.json, every true figure beside the run's value. A truth record missing from
 * entities.csv is counted, listed and scored as a person of its own.
 */
public final class QualityReport {

    /** False and missed merges listed, worst first. */
    static final int WORST = 12;

    private QualityReport() {
    }

    /** The report as text; {@code summary} may be null. */
    public static String of(Path entities, Path truthFile, Path summary) {
        SampleTruth truth = SampleTruth.read(truthFile);
        Map<String, String> predicted = entities(entities);
        Map<String, String> truthMap = new LinkedHashMap<>();
        Map<String, TruthRecord> byKey = new HashMap<>();
        List<String> absent = new ArrayList<>();
        for (TruthRecord r : truth.records()) {
            String key = r.source() + "|" + r.recordId();
            truthMap.put(key, String.valueOf(r.person()));
            byKey.put(key, r);
            if (!predicted.containsKey(key)) {
                absent.add(key);
                predicted.put(key, "absent:" + key);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("pairwise ").append(LinkageScore.of(predicted, truthMap)).append('\n');
        out.append(BCubedScore.of(predicted, truthMap)).append('\n');
        out.append("truth records absent from entities.csv: ").append(absent.size())
                .append(absent.isEmpty() ? "" : " " + absent.subList(0, Math.min(20, absent.size()))).append('\n');
        Path pairs = entities.resolveSibling("pairs.csv");
        if (Files.isRegularFile(pairs)) {
            out.append(ReviewListQuality.of(pairs, predicted, truthMap));
        }
        Map<String, Map<String, List<String>>> byPredicted = group(truthMap.keySet(), predicted, truthMap);
        Map<String, Map<String, List<String>>> byTrue = group(truthMap.keySet(), truthMap, predicted);
        out.append("\nfalse merges (one predicted person, several true persons), worst first: ").append(count(byPredicted)).append('\n');
        worst(byPredicted).forEach(e -> out.append(describe("entity " + e.getKey(), e.getValue(), byKey, "person ")));
        out.append("\nmissed merges (one true person in several predicted persons), worst first: ").append(count(byTrue)).append('\n');
        worst(byTrue).forEach(e -> out.append(describe("person " + e.getKey(), e.getValue(), byKey, "entity ")));
        if (summary != null) {
            out.append('\n').append(figures(truth, summary));
        }
        return out.toString();
    }

    /** Every figure of the truth beside the run's: key, truth, run, run − truth. */
    static String figures(SampleTruth truth, Path summary) {
        JsonNode run = JsonMapper.builder().build().readTree(summary.toFile()).path("figures");
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-50s %7s %7s %7s%n", "figure", "truth", "run", "diff"));
        truth.figures().forEach((key, value) -> {
            JsonNode v = run.get(key);
            String got = v == null ? "—" : String.valueOf(v.asLong());
            String diff = v == null ? "absent" : v.asLong() == value ? "" : String.format(Locale.ROOT, "%+d", v.asLong() - value);
            out.append(String.format(Locale.ROOT, "%-50s %7d %7s %7s%n", key, value, got, diff));
        });
        return out.toString();
    }

    private static Map<String, String> entities(Path file) {
        Map<String, String> out = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.put(rec.get("source") + "|" + rec.get("record_id"), rec.get("entity_id"));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new RollcallException(file + ": cannot be read as entities.csv (entity_id,source,record_id): " + e.getMessage(), e);
        }
        return out;
    }

    /** outer cluster → inner cluster → records. */
    private static Map<String, Map<String, List<String>>> group(Iterable<String> keys, Map<String, String> outer, Map<String, String> inner) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (String k : keys) {
            out.computeIfAbsent(outer.get(k), x -> new TreeMap<>()).computeIfAbsent(inner.get(k), x -> new ArrayList<>()).add(k);
        }
        return out;
    }

    private static long count(Map<String, Map<String, List<String>>> groups) {
        return groups.values().stream().filter(m -> m.size() > 1).count();
    }

    /** Groups split across several inner clusters, by the pairs the split costs, most first. */
    private static List<Map.Entry<String, Map<String, List<String>>>> worst(Map<String, Map<String, List<String>>> groups) {
        return groups.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, List<String>>> e) -> -crossPairs(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(WORST).toList();
    }

    private static long crossPairs(Map<String, List<String>> parts) {
        long total = parts.values().stream().mapToLong(List::size).sum();
        long within = parts.values().stream().mapToLong(l -> (long) l.size() * (l.size() - 1) / 2).sum();
        return total * (total - 1) / 2 - within;
    }

    private static String describe(String title, Map<String, List<String>> parts, Map<String, TruthRecord> byKey, String partLabel) {
        StringBuilder b = new StringBuilder("  ").append(title).append(" (").append(crossPairs(parts)).append(" pairs)\n");
        parts.forEach((part, keys) -> {
            b.append("    ").append(partLabel).append(part).append(":");
            keys.forEach(k -> b.append(" [").append(k.replace('|', ':')).append(" \"").append(byKey.get(k).name()).append("\" ")
                    .append(byKey.get(k).idNumber() == null ? "no cédula" : byKey.get(k).idNumber()).append("]"));
            b.append('\n');
        });
        return b.toString();
    }
}
