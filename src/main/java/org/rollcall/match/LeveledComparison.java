package org.rollcall.match;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What every comparison holds: its name, its levels, the blocking fields it compares. */
abstract class LeveledComparison implements Comparison {

    private final String name;
    private final List<Level> levels;
    private final Set<String> blockingFields;

    /** Levels none of which puts a link at a risk. */
    static List<Level> plain(String... labels) {
        return Arrays.stream(labels).map(Level::of).toList();
    }

    LeveledComparison(String name, List<Level> levels, Set<String> blockingFields) {
        this.name = name;
        this.levels = List.copyOf(levels);
        this.blockingFields = Set.copyOf(blockingFields);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<Level> levels() {
        return levels;
    }

    @Override
    public final Set<String> blockingFields() {
        return blockingFields;
    }
}
