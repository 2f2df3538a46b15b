package org.rollcall.text;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An attribute whose name says it holds ages in whole years ("Edad", "age", "Edad (años)"), as of
 * its list's date: matching compares such ages, and an age rule reads them when a record has no
 * birth date.
 */
public final class AgeColumn {

    /** Attribute names read as an age column (folded, hyphens, brackets and underscores as spaces). */
    static final Set<String> NAMES = Set.of("age", "edad", "edad anos", "anos", "edad actual", "age years", "current age");

    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private AgeColumn() {
    }

    /** True when an attribute's name says it holds ages (asked once per record and attribute: memoized per name). */
    public static boolean is(String attribute) {
        return KNOWN.computeIfAbsent(attribute, a -> NAMES.contains(TextFold.fold(a.replaceAll("[-_()\\[\\]]", " ")).trim()));
    }
}
