package org.rollcall.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.Field;
import org.rollcall.text.TextFold;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an announcement published as structured JSON, in the publisher's own layout when the
 * source maps it ({@code list} and {@code columns}, key paths with dots for nesting):
 * <pre>{@code
 * list: beneficiarios                 # { "total": 379, "beneficiarios": [ {"numero": 1, "nombre": "…", "cedula": "…", "entidad": "…"} ] }
 * columns: {record-ref: numero, full-name: nombre, id-number: cedula, region: entidad}
 * }</pre>
 * or, with no mapping, in the built-in layout:
 * <pre>{@code
 * { "announced": 379,                       // the stated figure (optional)
 *   "subject": "amnestied",                 // what it counts (default amnestied)
 *   "statement": "Se otorga amnistía a …",  // the text, whose figures are read too (optional)
 *   "people": [ { "ref": "1", "name": "JOSÉ PÉREZ", "id": "V-12.345.678" }, … ] }
 * }</pre>
 * A person's reference is its mapped {@code record-ref} (built-in: {@code ref}), or its 1-based
 * position in the list. In either layout, {@code announced} and {@code statement} at the top give
 * the stated figure. A mapped list that is missing, or not a list, costs the file with the keys
 * found named; every entry is a record or a rejected row.
 */
final class AnnouncementJsonReader {

    private static final Map<Field, String> BUILT_IN = Map.of(Field.RECORD_REF, "ref", Field.FULL_NAME, "name", Field.ID_NUMBER, "id");

    void read(SourceDefinition source, Path file, String display, IngestSink sink) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new SourceReadException(display + ": not valid JSON at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + " (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new SourceReadException(display + ": expected a JSON object or list; see the json source in docs/job-file.md");
        }
        String statement = root.path("statement").asString("");
        if (!statement.isBlank()) {
            sink.claims().addAll(ClaimExtractor.extract(source.id(), display, statement, 1));
        }
        if (root.has("announced")) {
            if (!root.get("announced").canConvertToLong()) {
                sink.rejectFile(display, null, sink.messages().format("json.announced-not-number", root.get("announced").toString()),
                        root.get("announced").toString());
            } else {
                sink.claim(new Claim(source.id(), display, 1, root.path("subject").asString("amnestied"), root.get("announced").asLong(),
                        "announced: " + root.get("announced").asLong(), null));
            }
        }
        String listPath = source.list() == null ? "people" : source.list();
        Map<Field, String> columns = source.list() == null ? BUILT_IN : source.columns();
        JsonNode people = at(root, listPath);
        if (source.list() != null && (people == null || !people.isArray())) {
            throw SourceReadException.of(people == null ? "json.list-missing" : "json.list-not-list", display, listPath,
                    root.isObject() ? root.propertyNames().toString() : "(a list)", source.id());
        }
        if (people == null || !people.isArray()) {
            String unread = root.isObject() ? root.propertyNames().stream().filter(k -> root.get(k).isArray()).findFirst().orElse(null) : null;
            if (unread != null || root.isArray()) {
                throw unread != null ? SourceReadException.of("json.unmapped-list", display, unread, String.valueOf(root.get(unread).size()), source.id())
                        : SourceReadException.of("json.unmapped-top-list", display, String.valueOf(root.size()), source.id());
            }
            sink.rowsRead(display, 0);
            return;
        }
        for (int i = 0; i < people.size(); i++) {
            entry(sink, display, listPath, i, people.get(i), columns);
        }
        sink.rowsRead(display, people.size());
    }

    private static void entry(IngestSink sink, String display, String listPath, int i, JsonNode p, Map<Field, String> columns) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Map.Entry<Field, String> c : columns.entrySet()) {
            JsonNode v = at(p, c.getValue());
            if (v != null && !v.isNull() && !v.isContainer() && !TextFold.isBlank(v.asString())) {
                values.put(c.getKey(), v.asString().trim());
            }
        }
        String ref = values.remove(Field.RECORD_REF);
        if (TextFold.isBlank(values.get(Field.FULL_NAME)) && TextFold.isBlank(values.get(Field.GIVEN_NAMES))
                && TextFold.isBlank(values.get(Field.SURNAMES)) && TextFold.isBlank(values.get(Field.ID_NUMBER))) {
            sink.reject(display, null, i + 1, listPath + "[" + i + "] has no name and no id" + (p.isObject() && columns != BUILT_IN
                    ? " (keys there: " + p.propertyNames() + "; mapped: " + columns.values() + ")" : ""), p.toString());
            return;
        }
        sink.accept(display, null, i + 1, ref != null ? ref : String.valueOf(i + 1), values);
    }

    /** The node at a dotted key path ("data.items"), or {@code null}. */
    static JsonNode at(JsonNode node, String path) {
        JsonNode cur = node;
        for (String key : path.split("\\.")) {
            if (cur == null || !cur.isObject() || !cur.has(key)) {
                return null;
            }
            cur = cur.get(key);
        }
        return cur;
    }
}
