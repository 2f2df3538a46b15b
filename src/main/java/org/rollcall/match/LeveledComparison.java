package org.rollcall.match;

import java.util.List;
import java.util.Set;

/** What every comparison holds: its name, its level labels, the blocking fields it compares. */
abstract class LeveledComparison implements Comparison {

    /** Blocking fields made of name tokens: pairs blocked on them agree on names by construction. */
    static final Set<String> NAME_FIELDS = Set.of("name-pair", "name-set", "given-names", "surnames", "full-name");

    private final String name;
    private final List<String> levels;
    private final Set<String> blockingFields;

    LeveledComparison(String name, List<String> levels, Set<String> blockingFields) {
        this.name = name;
        this.levels = List.copyOf(levels);
        this.blockingFields = Set.copyOf(blockingFields);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> levels() {
        return levels;
    }

    @Override
    public final Set<String> blockingFields() {
        return blockingFields;
    }
}
