package org.rollcall.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The overlap (capture-pattern) table of k linked lists: for each of the 2^k − 1 patterns of
 * lists a person can be on, how many people have exactly that pattern, and who they are.
 *
 * <p>A pattern is a bitmask: bit {@code j} (value {@code 1 << j}) is set when the person is on
 * list {@code j}, lists numbered in the order given to {@link #of}. Cells are ordered by mask
 * ascending (for lists A, B, C: "A only", "B only", "A+B", "C only", "A+C", "B+C", "A+B+C");
 * the order never depends on the counts. A label names the lists of the pattern joined by {@code +}; a single list reads
 * "A only". Mask 0 (people on no list) is never observed: it is what the estimators estimate.
 */
public final class OverlapTable {

    /** The largest number of lists handled: 2^10 − 1 patterns. */
    public static final int MAX_LISTS = 10;

    private final List<String> lists;
    private final long[] counts;
    private final List<List<String>> people;

    private OverlapTable(List<String> lists, long[] counts, List<List<String>> people) {
        this.lists = List.copyOf(lists);
        this.counts = counts;
        this.people = people;
    }

    /**
     * Builds the table from each person's list memberships.
     *
     * @param lists the list names, k of them, 1 ≤ k ≤ {@value #MAX_LISTS}, distinct
     * @param membership person id → names of the lists the person is on; names not in
     *     {@code lists} are an error, a person on no list is ignored (not observed)
     * @throws IllegalArgumentException naming the person and the unknown list
     */
    public static OverlapTable of(List<String> lists, Map<String, ? extends Set<String>> membership) {
        if (lists.isEmpty() || lists.size() > MAX_LISTS) {
            throw new IllegalArgumentException("between 1 and " + MAX_LISTS + " lists are needed, got " + lists.size());
        }
        if (new LinkedHashSet<>(lists).size() != lists.size()) {
            throw new IllegalArgumentException("list names repeat: " + lists);
        }
        int cells = 1 << lists.size();
        long[] counts = new long[cells];
        List<TreeSet<String>> ids = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            ids.add(new TreeSet<>());
        }
        for (Map.Entry<String, ? extends Set<String>> e : membership.entrySet()) {
            int mask = 0;
            for (String list : e.getValue()) {
                int j = lists.indexOf(list);
                if (j < 0) {
                    throw new IllegalArgumentException("person '" + e.getKey() + "' is on list '" + list
                            + "', which is not one of " + lists);
                }
                mask |= 1 << j;
            }
            if (mask != 0) {
                counts[mask]++;
                ids.get(mask).add(e.getKey());
            }
        }
        List<List<String>> people = new ArrayList<>();
        for (TreeSet<String> s : ids) {
            people.add(List.copyOf(s));
        }
        return new OverlapTable(lists, counts, Collections.unmodifiableList(people));
    }

    /**
     * A table from counts alone (published examples, simulations): no person ids.
     *
     * @param counts indexed by mask; {@code counts[0]} is ignored; length 2^k
     */
    public static OverlapTable ofCounts(List<String> lists, long[] counts) {
        if (counts.length != 1 << lists.size()) {
            throw new IllegalArgumentException("need 2^" + lists.size() + " counts, got " + counts.length);
        }
        long[] copy = counts.clone();
        copy[0] = 0;
        List<List<String>> people = new ArrayList<>();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] < 0) {
                throw new IllegalArgumentException("negative count " + copy[i] + " for pattern " + i);
            }
            people.add(List.of());
        }
        return new OverlapTable(lists, copy, Collections.unmodifiableList(people));
    }

    /** The list names, in bit order. */
    public List<String> lists() {
        return lists;
    }

    /** The number of lists, k. */
    public int k() {
        return lists.size();
    }

    /** People with exactly the pattern {@code mask} (1 ≤ mask < 2^k). */
    public long count(int mask) {
        return counts[mask];
    }

    /** Their person ids, sorted; empty for a table built from counts. */
    public List<String> people(int mask) {
        return people.get(mask);
    }

    /** People on at least one list, n. */
    public long observed() {
        long n = 0;
        for (int m = 1; m < counts.length; m++) {
            n += counts[m];
        }
        return n;
    }

    /** People on list {@code j}, whatever else they are on. */
    public long listSize(int j) {
        long n = 0;
        for (int m = 1; m < counts.length; m++) {
            if ((m & (1 << j)) != 0) {
                n += counts[m];
            }
        }
        return n;
    }

    /** f_i: people on exactly {@code i} lists, 1 ≤ i ≤ k. */
    public long onExactly(int i) {
        long n = 0;
        for (int m = 1; m < counts.length; m++) {
            if (Integer.bitCount(m) == i) {
                n += counts[m];
            }
        }
        return n;
    }

    /** "A only" for one list, else the names joined by "+" in list order. */
    public String label(int mask) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < lists.size(); j++) {
            if ((mask & (1 << j)) != 0) {
                names.add(lists.get(j));
            }
        }
        return names.size() == 1 ? names.get(0) + " only" : String.join("+", names);
    }

    /** Every observed pattern, mask ascending, zero counts included. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (int m = 1; m < counts.length; m++) {
            cells.add(new Cell(m, label(m), counts[m], people.get(m)));
        }
        return cells;
    }

    /** Counts as doubles indexed by mask, {@code [0]} = 0. */
    double[] countVector() {
        double[] y = new double[counts.length];
        for (int m = 1; m < counts.length; m++) {
            y[m] = counts[m];
        }
        return y;
    }

    /**
     * One cell of the table.
     *
     * @param mask the pattern, bit j = on list j
     * @param label e.g. "A only", "A+B"
     * @param count people with exactly this pattern
     * @param people their ids, sorted (empty when built from counts)
     */
    public record Cell(int mask, String label, long count, List<String> people) {
    }
}
