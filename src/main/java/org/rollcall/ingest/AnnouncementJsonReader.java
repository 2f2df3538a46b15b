package org.rollcall.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.config.SourceDefinition;
import org.rollcall.text.TextFold;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an announcement published as structured JSON:
 * <pre>{@code
 * { "announced": 379,                       // the stated figure (optional)
 *   "subject": "amnestied",                 // what it counts (default amnestied)
 *   "statement": "Se otorga amnistía a …",  // the text, whose figures are read too (optional)
 *   "people": [ { "ref": "1", "name": "JOSÉ PÉREZ", "id": "V-12.345.678" }, … ] }
 * }</pre>
 * A person's reference is its {@code ref}, or its 1-based position in {@code people}.
 */
final class AnnouncementJsonReader {

    void read(SourceDefinition source, Path file, String display, IngestSink sink) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new SourceReadException(display + ": not valid JSON at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + " (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new SourceReadException(display + ": expected a JSON object with 'announced' and/or 'people'");
        }
        String statement = root.path("statement").asString("");
        if (!statement.isBlank()) {
            sink.claims().addAll(ClaimExtractor.extract(source.id(), display, statement, 1));
        }
        if (root.has("announced")) {
            if (!root.get("announced").canConvertToLong()) {
                sink.reject(display, null, 0, "'announced' is not a whole number: " + root.get("announced"), root.get("announced").toString());
            } else {
                sink.claim(new Claim(source.id(), display, 1, root.path("subject").asString("amnestied"), root.get("announced").asLong(),
                        "announced: " + root.get("announced").asLong(), null));
            }
        }
        JsonNode people = root.path("people");
        for (int i = 0; i < people.size(); i++) {
            JsonNode p = people.get(i);
            String name = p.path("name").asString("");
            String id = p.path("id").asString("");
            String ref = p.hasNonNull("ref") ? p.get("ref").asString() : String.valueOf(i + 1);
            if (TextFold.isBlank(name) && TextFold.isBlank(id)) {
                sink.reject(display, null, i + 1, "people[" + i + "] has no name and no id", p.toString());
                continue;
            }
            Map<Field, String> values = new EnumMap<>(Field.class);
            if (!name.isBlank()) {
                values.put(Field.FULL_NAME, name);
            }
            if (!id.isBlank()) {
                values.put(Field.ID_NUMBER, id);
            }
            sink.accept(display, null, i + 1, ref, values);
        }
    }
}
