package org.rollcall.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.config.SourceDefinition;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;
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
 * found named; every entry is a record or a rejected row. A value of an unexpected type is never
 * dropped silently ({@link JsonEntry}): a list of texts for a name part is joined, anything else
 * is a field problem naming the entry and key (the reason, when the entry is rejected for want of
 * a name and a cédula); keys of the entries that no mapping reads are named once per file, with
 * the number of entries holding each. Mapped attributes are read like columns.
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
        String statement = statement(root.path("statement"), display, sink);
        if (!statement.isBlank()) {
            sink.claims().addAll(ClaimExtractor.extract(source.id(), display, statement, 1, sink.messages(), sink.earlierClaims()));
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
        Map<String, Integer> unmapped = new LinkedHashMap<>();
        List<String> mapped = new ArrayList<>(columns.values());
        mapped.addAll(source.attributes().values());
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).isObject()) {
                JsonEntry.unmappedKeys(people.get(i), mapped, unmapped);
            }
            entry(sink, display, listPath, i, people.get(i), columns, source.list() == null ? Map.of() : source.attributes());
        }
        sink.rowsRead(display, people.size());
        if (!unmapped.isEmpty()) {
            List<String> keys = new ArrayList<>();
            unmapped.forEach((key, n) -> keys.add(sink.messages().format("json.unmapped-key", key, n)));
            sink.fieldProblem(new Problem(display, sink.messages().format("json.unmapped-keys", listPath, String.join(", ", keys), source.id()), "",
                    Problem.Kind.FIELD));
        }
    }

    private static void entry(IngestSink sink, String display, String listPath, int i, JsonNode p, Map<Field, String> columns,
            Map<String, String> attributeColumns) {
        String where = listPath + "[" + i + "]";
        if (!p.isObject()) {
            sink.reject(display, null, i + 1, sink.messages().format("json.entry-not-object", where, JsonEntry.kind(p, sink.messages()),
                    columns.values().toString()), p.toString());
            return;
        }
        JsonEntry e = JsonEntry.read(p, columns, attributeColumns, sink.messages());
        Map<Field, String> values = new EnumMap<>(e.values());
        String ref = values.remove(Field.RECORD_REF);
        if (TextFold.isBlank(values.get(Field.FULL_NAME)) && TextFold.isBlank(values.get(Field.GIVEN_NAMES))
                && TextFold.isBlank(values.get(Field.SURNAMES)) && TextFold.isBlank(values.get(Field.ID_NUMBER))) {
            sink.reject(display, null, i + 1, sink.messages().format("json.no-name-no-id", where)
                    + (e.problems().isEmpty() ? "" : " (" + String.join("; ", e.problems()) + ")")
                    + (columns != BUILT_IN ? sink.messages().format("json.keys-there", p.propertyNames().toString(), columns.values().toString()) : ""),
                    p.toString());
            return;
        }
        // without its own reference, a ruling's is its case number and defendant line, as in a spreadsheet
        if (sink.acceptRow(display, null, i + 1, ref, String.valueOf(i + 1), values, e.attributes(), p.toString())) {
            String location = display + ", " + sink.messages().format("json.entry", String.valueOf(i + 1), where);
            e.problems().forEach(problem -> sink.fieldProblem(new Problem(location, problem, "", Problem.Kind.FIELD)));
        }
    }

    /**
     * The statement's text: a text, or a list of texts (paragraphs) read one per line; any other
     * value is a problem of the file, listed with the field problems, never dropped silently.
     */
    private static String statement(JsonNode v, String display, IngestSink sink) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.isArray() && v.valueStream().allMatch(JsonNode::isString)) {
            return String.join("\n", v.valueStream().map(JsonNode::asString).toList());
        }
        sink.fieldProblem(new Problem(display, sink.messages().format("json.unexpected-value", "statement", "statement",
                JsonEntry.kind(v, sink.messages()), v.toString().length() > 120 ? v.toString().substring(0, 120) + "…" : v.toString()), "",
                Problem.Kind.FIELD));
        return "";
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
