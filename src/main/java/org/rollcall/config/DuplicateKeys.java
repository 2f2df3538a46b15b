package org.rollcall.config;

import org.rollcall.domain.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds keys written twice in one mapping of a YAML text. YAML parsers keep the last value of a
 * repeated key, so a second top-level {@code sources:} would silently drop every source of the
 * first; this pass names both lines instead.
 */
final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /**
     * One message per repeated key: "line 12 and line 40: key 'sources' is written twice …".
     * Empty when the text has none or is not YAML (the loader reports a syntax error then).
     */
    static List<Problem> find(YAMLMapper mapper, String text) {
        List<Problem> out = new ArrayList<>();
        Deque<Map<String, Integer>> open = new ArrayDeque<>();
        try (JsonParser p = mapper.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> open.push(new HashMap<>());
                    case END_OBJECT -> open.pop();
                    case PROPERTY_NAME -> {
                        int line = p.currentTokenLocation().getLineNr();
                        Integer first = open.peek().putIfAbsent(p.currentName(), line);
                        if (first != null) {
                            String where = p.streamReadContext().getParent() == null ? "" : pathOf(p);
                            out.add(Problem.jobFile("line " + first + " and line " + line, "key '" + p.currentName() + "' is written twice"
                                    + (where.isEmpty() ? " at the top level" : " under " + where),
                                    "a YAML reader would keep only the second. Merge the two into one"));
                        }
                    }
                    default -> { }
                }
            }
        } catch (JacksonException e) {
            return out;
        }
        return out;
    }

    private static String pathOf(JsonParser p) {
        String pointer = p.streamReadContext().getParent().pathAsPointer().toString();
        return pointer.isEmpty() ? "" : pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }
}
