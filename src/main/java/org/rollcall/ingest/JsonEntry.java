package org.rollcall.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.domain.Field;
import org.rollcall.text.Messages;
import org.rollcall.text.TextFold;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a JSON list read by its mapped key paths, with what could not be read said, never
 * dropped: a list of texts for a name part ({@code "apellidos": ["PÉREZ", "GÓMEZ"]}) is the parts
 * joined with spaces, as the publisher meant; a number where a text is expected (a name, a date),
 * true or false, a list anywhere else, or an object is a problem naming the key, its field and the
 * value. Keys of the entry that no mapping reads are collected so that the file can name them.
 *
 * @param values mapped field → text, for the values read
 * @param attributes attribute name → text, for the values read
 * @param problems one message per mapped value that could not be read
 */
record JsonEntry(Map<Field, String> values, Map<String, String> attributes, List<String> problems) {

    /** Fields whose parts a publisher may give as a list of texts, joined with spaces. */
    private static final Set<Field> NAME_PARTS = EnumSet.of(Field.FULL_NAME, Field.GIVEN_NAMES, Field.SURNAMES);

    /** Fields a number is a fair value of: references, cédulas, case and street numbers, postcodes. */
    private static final Set<Field> NUMBERS_READ = EnumSet.of(Field.RECORD_REF, Field.ID_NUMBER, Field.CASE_NUMBER,
            Field.STREET_NUMBER, Field.POSTCODE);

    /** The longest value shown in a problem. */
    private static final int SHOWN = 120;

    /** Reads the entry's mapped fields and attributes. */
    static JsonEntry read(JsonNode entry, Map<Field, String> columns, Map<String, String> attributeColumns, Messages m) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        columns.forEach((field, path) -> {
            String text = text(AnnouncementJsonReader.at(entry, path), path, field.key(), NAME_PARTS.contains(field), NUMBERS_READ.contains(field),
                    m, problems);
            if (text != null) {
                values.put(field, text);
            }
        });
        attributeColumns.forEach((name, path) -> {
            String text = text(AnnouncementJsonReader.at(entry, path), path, name, false, true, m, problems);
            if (text != null) {
                attributes.put(name, text);
            }
        });
        return new JsonEntry(values, attributes, problems);
    }

    /** The value as text, or {@code null} when it is missing, blank, or cannot be read (then {@code problems} says why). */
    private static String text(JsonNode v, String path, String field, boolean joinParts, boolean numbers, Messages m, List<String> problems) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isString()) {
            return TextFold.isBlank(v.asString()) ? null : v.asString().trim();
        }
        if (v.isNumber() && numbers) {
            return v.isIntegralNumber() ? v.asString() : v.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (v.isArray() && joinParts && allTexts(v)) {
            List<String> parts = new ArrayList<>();
            v.forEach(p -> {
                if (!TextFold.isBlank(p.asString())) {
                    parts.add(p.asString().trim());
                }
            });
            return parts.isEmpty() ? null : String.join(" ", parts);
        }
        String kind = kind(v, m);
        String shown = v.toString().length() > SHOWN ? v.toString().substring(0, SHOWN) + "…" : v.toString();
        problems.add(m.format(v.isObject() ? "json.object-value" : "json.unexpected-value", path, field, kind, shown));
        return null;
    }

    /** What a value is, in words: a number, a list, an object with the keys [..], … */
    static String kind(JsonNode v, Messages m) {
        return v.isNumber() ? m.get("json.kind-number") : v.isBoolean() ? m.get("json.kind-boolean") : v.isArray() ? m.get("json.kind-list")
                : v.isObject() ? m.format("json.kind-object", v.propertyNames().toString()) : v.isString() ? m.get("json.kind-text")
                : m.get("json.kind-null");
    }

    private static boolean allTexts(JsonNode array) {
        for (JsonNode p : array) {
            if (!p.isString()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds to {@code counts} each key path of the entry that no mapping reads (a key inside an
     * object is followed only where a mapped path goes through it), once per entry.
     */
    static void unmappedKeys(JsonNode entry, List<String> mapped, Map<String, Integer> counts) {
        unmappedKeys(entry, "", mapped, counts);
    }

    private static void unmappedKeys(JsonNode node, String prefix, List<String> mapped, Map<String, Integer> counts) {
        for (String key : node.propertyNames()) {
            String path = prefix + key;
            if (mapped.contains(path)) {
                continue;
            }
            JsonNode child = node.get(key);
            if (child.isObject() && mapped.stream().anyMatch(p -> p.startsWith(path + "."))) {
                unmappedKeys(child, path + ".", mapped, counts);
            } else {
                counts.merge(path, 1, Integer::sum);
            }
        }
    }
}
