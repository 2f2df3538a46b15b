package org.rollcall.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rollcall.domain.Keyed;
import org.rollcall.domain.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Collects every key and value of a job file that cannot be bound (an unknown key, a value not
 * of its kind) instead of stopping at the first, so that one run lists them all. The value is
 * left out and the run is refused by the loader with the whole list.
 */
final class BindingProblems extends DeserializationProblemHandler {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private final TextLines lines;

    /** @param lines the job file's lines, to find the line of a key (binding from a tree has no locations) */
    BindingProblems(TextLines lines) {
        this.lines = lines;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The key paths whose values were refused ("sources[0].kind"): the loader does not report them again as missing. */
    Set<String> refusedKeys() {
        return refused;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) {
        Collection<Object> known = deserializer == null ? null : deserializer.getKnownPropertyNames();
        String at = path(p, false).replaceAll("\\.+", ".").replaceAll("\\.?" + Pattern.quote(propertyName) + "$", "");
        problems.add(unknownKey(lines.lineOf(propertyName, null), propertyName, at, known));
        p.skipChildren();
        return true;
    }

    /**
     * An unknown key, with the keys known where it is written.
     *
     * @param at the key path of the mapping holding it, or {@code ""} at the top
     * @param known the keys allowed there, or {@code null}
     */
    static Problem unknownKey(String line, String key, String at, Collection<?> known) {
        return Problem.jobFile(line, "unknown key '" + key + "'" + (at.isEmpty() ? "" : " at " + at),
                (known == null || known.isEmpty() ? "" : "known keys there: "
                        + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ". ")
                + "Fix its spelling or remove it");
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
        String key = path(ctxt.getParser(), false);
        refused.add(key);
        boolean listed = targetType != null && targetType.isEnum();
        problems.add(Problem.jobFile(lines.lineOf(lastKey(ctxt.getParser()), value), "'" + value + "' is not valid for " + key
                + (listed ? "" : expected(targetType)), listed ? "use one of " + allowed(targetType) : ""));
        return null;
    }

    private static String expected(Class<?> type) {
        return type == null ? "" : " (expected " + type.getSimpleName().toLowerCase() + ")";
    }

    private static List<String> allowed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(v -> v instanceof Keyed k ? k.key() : String.valueOf(v)).toList();
    }

    private static String lastKey(JsonParser p) {
        return p == null || p.streamReadContext() == null ? "" : String.valueOf(p.streamReadContext().currentName());
    }

    /** The key path as the docs write it: sources[1].columns.id-number; {@code parent} drops the last key. */
    private static String path(JsonParser p, boolean parent) {
        if (p == null) {
            return "";
        }
        var context = p.streamReadContext();
        if (parent && context.getParent() != null && context.inObject()) {
            context = context.getParent();
        }
        String pointer = context.pathAsPointer().toString();
        return pointer.isEmpty() ? "" : pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
    }
}
