package org.rollcall.sample;

import java.time.LocalDate;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param lists optional: figure key → the person numbers it counts (absent in the nightly sample's truth)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SampleTruth(Map<String, Long> figures, List<TruthRecord> records, Map<String, List<Integer>> lists) {

    public SampleTruth(Map<String, Long> figures, List<TruthRecord> records) {
        this(figures, records, null);
    }

    /**
     * One usable record and the person it is.
     *
     * @param name optional: the name as the record writes it, for listing false and missed merges
     * @param idNumber optional: the cédula's digits as the record writes them (slips included), null when it has none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TruthRecord(String source, String recordId, int person, String name, String idNumber) {

        public TruthRecord(String source, String recordId, int person) {
            this(source, recordId, person, null, null);
        }
    }

    /** Writes the truth as indented JSON, creating the folder. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), this);
    }

    /** Reads a truth file written by the generator. */
    public static SampleTruth read(Path file) {
        return JsonMapper.builder().build().readValue(file.toFile(), SampleTruth.class);
    }

    static final class Builder {
        /** Offences the nightly job's exclusion rules name (jobs/nightly.yaml). */
        static final List<String> EXCLUDED = List.of("Terrorismo", "Acciones armadas contra la soberanía con participación extranjera");

        private final long announced;
        private final List<TruthRecord> records = new ArrayList<>();
        private final Map<String, Long> decisions = new TreeMap<>();
        private final Map<Integer, String> offences = new HashMap<>();
        private final Map<Integer, LocalDate> latestDate = new HashMap<>();
        private final Map<Integer, String> deciding = new HashMap<>();
        private int rejected;
        private int disagreeingClaims;
        private final Map<Integer, String> situations = new HashMap<>();
        private final Map<Integer, LocalDate> grantedOn = new HashMap<>();
        /** The NGO list's date (jobs/nightly.yaml, and the file's name). */
        static final LocalDate NGO_DATE = LocalDate.of(2026, 11, 15);

        Builder(long announced) {
            this.announced = announced;
        }

        void record(String source, String recordId, int person) {
            records.add(new TruthRecord(source, recordId, person));
        }

        /** A ruling, in file order: the latest decision date decides, a later line winning a tie. */
        void ruling(String source, String recordId, int person, String decision, LocalDate date) {
            record(source, recordId, person);
            decisions.merge(decision, 1L, Long::sum);
            LocalDate before = latestDate.get(person);
            if (before == null || !date.isBefore(before)) {
                latestDate.put(person, date);
                deciding.put(person, decision);
            }
        }

        void situation(int person, String situation, LocalDate released, LocalDate detained) {
            situations.put(person, situation);
        }

        void offence(int person, String offence) {
            offences.put(person, offence);
        }

        /** A stated figure that does not agree with the rows (a totals row that does not add up, announced vs listed). */
        void disagreeingClaim() {
            disagreeingClaims++;
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
            f.put("listed-granted-by-court", listed.stream().filter(p -> "granted".equals(deciding.get(p))).count());
            f.put("listed-released", listed.stream().filter(p -> ngo.contains(p) && List.of("released", "conditional-release", "house-arrest")
                    .contains(situations.get(p))).count());
            f.put("ngo-not-listed", (long) (ngo.size() - listedOnNgo.size()));
            f.put("rulings", count("tribunales"));
            f.put("ruled-people", (long) ruled.size());
            for (String d : List.of("granted", "denied", "military-jurisdiction", "under-review", "unknown")) {
                f.put("rulings-" + d, decisions.getOrDefault(d, 0L));
            }
            Map<String, Long> notCovered = new LinkedHashMap<>();
            for (String reason : List.of("military-jurisdiction", "excluded-offence", "denied", "under-review", "granted-by-court", "no-ruling", "unknown")) {
                notCovered.put(reason, 0L);
            }
            for (int p : ngo) {
                if (!listed.contains(p)) {
                    notCovered.merge(reason(p), 1L, Long::sum);
                }
            }
            notCovered.forEach((reason, n) -> f.put("not-covered-" + reason, n));
            Set<Integer> ruledOnly = new HashSet<>(ruled);
            ruledOnly.removeAll(ngo);
            ruledOnly.removeAll(listed);
            f.put("ruled-not-on-any-list", (long) ruledOnly.size());
            f.put("granted-not-on-government-list", ruled.stream().filter(p -> !listed.contains(p) && "granted".equals(deciding.get(p))).count());
            f.put("claims-disagreeing", (long) disagreeingClaims);
            f.put("granted-still-detained", ngo.stream().filter(p -> "granted".equals(deciding.get(p)))
                    .filter(p -> "detained".equals(situations.get(p)) || "re-arrested".equals(situations.get(p)))
                    .filter(p -> !latestDate.get(p).isAfter(NGO_DATE)).count());
            f.put("released-and-rearrested", ngo.stream().filter(p -> "re-arrested".equals(situations.get(p))).count());
            Set<Integer> everyone = new HashSet<>(ngo);
            everyone.addAll(listed);
            everyone.addAll(ruled);
            f.put("people", (long) everyone.size());
            f.put("rejected-rows", (long) rejected);
            return new SampleTruth(f, records);
        }

        private String reason(int person) {
            String decision = deciding.get(person);
            if ("military-jurisdiction".equals(decision)) {
                return "military-jurisdiction";
            }
            if (EXCLUDED.contains(offences.get(person))) {
                return "excluded-offence";
            }
            if (decision == null) {
                return "no-ruling";
            }
            return switch (decision) {
                case "denied" -> "denied";
                case "under-review" -> "under-review";
                case "granted" -> "granted-by-court";
                default -> "unknown";
            };
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
