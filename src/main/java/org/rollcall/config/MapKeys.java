package org.rollcall.config;

import org.rollcall.domain.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rollcall.domain.Field;
import org.rollcall.domain.Keyed;
import org.rollcall.domain.RulingDecision;
import org.rollcall.domain.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the keys of a source's {@code columns}, {@code decisions} and {@code statuses} before
 * binding, and takes out the misspelt ones, so that one misspelt field does not hide the job
 * file's other problems (a misspelt key would otherwise stop the binding there).
 */
final class MapKeys {

    private static final Map<String, Keyed[]> KEYS = Map.of("columns", Field.values(), "decisions", RulingDecision.values(),
            "statuses", Status.values());

    private MapKeys() {
    }

    /** Every misspelt key, each named with its path and the keys allowed; they are removed from {@code root}. */
    static List<Problem> strip(JsonNode root, TextLines lines) {
        List<Problem> out = new ArrayList<>();
        JsonNode sources = sources(root);
        for (int i = 0; i < sources.size(); i++) {
            JsonNode source = sources.get(i);
            for (Map.Entry<String, Keyed[]> map : KEYS.entrySet()) {
                if (source.get(map.getKey()) instanceof ObjectNode node) {
                    List<String> allowed = Arrays.stream(map.getValue()).map(Keyed::key).toList();
                    for (String key : new ArrayList<>(node.propertyNames())) {
                        if (!allowed.contains(key)) {
                            out.add(Problem.jobFile(lines.lineOf(key, null), "'" + key + "' is not a key of sources[" + i + "]." + map.getKey(),
                                    "use one of " + allowed));
                            node.remove(key);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * A column mapped to a list of columns ({@code surnames: ["Primer Apellido", "Segundo Apellido"]})
     * is those columns joined, written "Primer Apellido + Segundo Apellido" for the binding; a list
     * with anything but texts is a problem, and is taken out.
     */
    static List<Problem> joinColumnLists(JsonNode root, TextLines lines) {
        List<Problem> out = new ArrayList<>();
        JsonNode sources = sources(root);
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).get("columns") instanceof ObjectNode columns) {
                for (String key : new ArrayList<>(columns.propertyNames())) {
                    JsonNode value = columns.get(key);
                    if (!value.isArray()) {
                        continue;
                    }
                    List<String> names = new ArrayList<>();
                    value.forEach(v -> names.add(v.isString() && !v.asString().isBlank() ? v.asString().trim() : null));
                    if (names.isEmpty() || names.contains(null)) {
                        out.add(Problem.jobFile(lines.lineOf(key, null), "sources[" + i + "].columns." + key
                                + " is a list with something other than column names: " + value,
                                "write one column name, or a list of column names whose texts are joined: [\"Primer Apellido\", \"Segundo Apellido\"]"));
                        columns.remove(key);
                    } else {
                        columns.put(key, String.join(" + ", names));
                    }
                }
            }
        }
        return out;
    }

    /** The job file's list of sources, or an empty list when it has none (the binding names that). */
    private static JsonNode sources(JsonNode root) {
        JsonNode sources = root == null ? null : root.get("sources");
        return sources != null && sources.isArray() ? sources : JsonNodeFactory.instance.arrayNode();
    }
}
