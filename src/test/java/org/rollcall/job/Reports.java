package org.rollcall.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a run's reports back for assertions. */
final class Reports {

    private Reports() {
    }

    static Map<String, Long> figures(Path runDir) {
        JsonNode root = JsonMapper.builder().build().readTree(runDir.resolve("summary.json").toFile());
        Map<String, Long> out = new LinkedHashMap<>();
        root.get("figures").properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    /** (source, record_id) → entity_id, in file order. */
    static Map<String, String> entities(Path runDir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(runDir.resolve("entities.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.put(rec.get("source") + "|" + rec.get("record_id"), rec.get("entity_id"));
            }
        }
        return out;
    }
}
