package org.rollcall.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the sample really holds: the person behind every record and the figures a correct run
 * reports. Computed by the generator from what it wrote, independently of the pipeline.
 *
 * @param figures figure key → true value
 * @param records every usable record: source id, record id (as in entities.csv), person number
 */
public record SampleTruth(Map<String, Long> figures, List<TruthRecord> records) {

    /** One usable record and the person it is. */
    public record TruthRecord(String source, String recordId, int person) {
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), this);
    }

    /** Reads a truth file written by the generator. */
    public static SampleTruth read(Path file) {
        return JsonMapper.builder().build().readValue(file.toFile(), SampleTruth.class);
    }

    static final class Builder {
        private final long announced;
        private final List<TruthRecord> records = new ArrayList<>();
        private final Map<String, Long> decisions = new TreeMap<>();
        private int rejected;

        Builder(long announced) {
            this.announced = announced;
        }

        void record(String source, String recordId, int person) {
            records.add(new TruthRecord(source, recordId, person));
        }

        void ruling(String source, String recordId, int person, String decision) {
            record(source, recordId, person);
            decisions.merge(decision, 1L, Long::sum);
        }

        void rejected() {
            rejected++;
        }

        SampleTruth build() {
            Set<Integer> ngo = people("ngo");
            Set<Integer> listed = people("amnistia");
            Set<Integer> ruled = people("tribunales");
            Set<Integer> listedOnNgo = new HashSet<>(listed);
            listedOnNgo.retainAll(ngo);
            long ngoRows = count("ngo");
            Map<String, Long> f = new LinkedHashMap<>();
            f.put("ngo-rows", ngoRows);
            f.put("ngo-people", (long) ngo.size());
            f.put("ngo-duplicate-rows", ngoRows - ngo.size());
            f.put("announced", announced);
            f.put("listed", count("amnistia"));
            f.put("listed-on-ngo-list", (long) listedOnNgo.size());
            f.put("listed-unknown-to-ngo", (long) (listed.size() - listedOnNgo.size()));
            f.put("ngo-not-listed", (long) (ngo.size() - listedOnNgo.size()));
            f.put("rulings", count("tribunales"));
            f.put("ruled-people", (long) ruled.size());
            for (String d : List.of("granted", "denied", "military-jurisdiction", "under-review", "unknown")) {
                f.put("rulings-" + d, decisions.getOrDefault(d, 0L));
            }
            f.put("rejected-rows", (long) rejected);
            return new SampleTruth(f, records);
        }

        private Set<Integer> people(String source) {
            Set<Integer> out = new HashSet<>();
            records.stream().filter(r -> r.source().equals(source)).forEach(r -> out.add(r.person()));
            return out;
        }

        private long count(String source) {
            return records.stream().filter(r -> r.source().equals(source)).count();
        }
    }
}
