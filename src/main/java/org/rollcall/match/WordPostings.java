package org.rollcall.match;

import java.util.Arrays;

/**
 * One word key's records (a sound or an alias form, {@link NameIndex}), each once, grouped by the
 * shape of their names ({@link NameIndex#shape}: how many words, how many of them full) and in
 * ascending order within a shape. A query that needs only names of some shapes reads only their
 * segments, and a record's presence is one binary search in its shape's segment.
 */
final class WordPostings {

    private int[] at = new int[2];
    private int size;
    /** After {@link #group}: the shapes present, ascending, and where each one's records start in {@code at} (one more: the end). */
    private int[] shapes;
    private int[] starts;

    /** Adds a record; records come in ascending order, the same one possibly twice in a row (kept once). */
    void add(int record) {
        if (size > 0 && at[size - 1] == record) {
            return;
        }
        if (size == at.length) {
            at = Arrays.copyOf(at, size * 2);
        }
        at[size++] = record;
    }

    /** Segment number for the whole list, in shape order. */
    static final int WHOLE = -2;

    /** True when every record here is also in the list of the word's sound: walking or looking up those is enough. */
    private boolean withinSound;

    /** As {@link #group(byte[], int)}, for an alias form's records; {@code withinSound}: every one of them is in its sound's records. */
    void group(byte[] shapeOf, int shapeCount, boolean withinSound) {
        this.withinSound = withinSound;
        group(shapeOf, shapeCount);
    }

    /** Groups the records by shape ({@code shapeOf[record]}, 0 to {@code shapeCount − 1}), ascending within each; trims the array. */
    void group(byte[] shapeOf, int shapeCount) {
        int[] count = new int[shapeCount + 1];
        for (int p = 0; p < size; p++) {
            count[shapeOf[at[p]] + 1]++;
        }
        int present = 0;
        for (int s = 0; s < shapeCount; s++) {
            present += count[s + 1] > 0 ? 1 : 0;
            count[s + 1] += count[s];
        }
        shapes = new int[present];
        starts = new int[present + 1];
        int k = 0;
        for (int s = 0; s < shapeCount; s++) {
            if (count[s + 1] > count[s]) {
                shapes[k] = s;
                starts[k++] = count[s];
            }
        }
        starts[present] = size;
        int[] sorted = new int[size];
        for (int p = 0; p < size; p++) {
            sorted[count[shapeOf[at[p]]]++] = at[p];
        }
        at = sorted;
    }

    /** All records, in shape order (each shape's ascending). */
    int size() {
        return size;
    }

    int at(int p) {
        return at[p];
    }

    /** The position in {@link #shapes} of {@code shape}, or -1 when no record has it. */
    int segment(int shape) {
        for (int k = 0; k < shapes.length && shapes[k] <= shape; k++) {
            if (shapes[k] == shape) {
                return k;
            }
        }
        return -1;
    }

    /** The first position of segment {@code k} ({@code -1}: none; {@link #WHOLE}: all records), empty when within the sound's records. */
    int from(int k) {
        return k == WHOLE && !withinSound ? 0 : k < 0 || withinSound ? 0 : starts[k];
    }

    /** The position after segment {@code k}. */
    int to(int k) {
        return k == WHOLE && !withinSound ? size : k < 0 || withinSound ? 0 : starts[k + 1];
    }

    /** The number of records of segment {@code k} to walk. */
    int size(int k) {
        return to(k) - from(k);
    }

    /** True when segment {@code k} holds {@code record} (false when within the sound's records: looked up there). */
    boolean holds(int k, int record) {
        return k >= 0 && !withinSound && Arrays.binarySearch(at, starts[k], starts[k + 1], record) >= 0;
    }
}
