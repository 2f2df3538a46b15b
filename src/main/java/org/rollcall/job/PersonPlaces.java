package org.rollcall.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.reconcile.ListRow;

/**
 * Each person's place in the people's rows, by the person's id. The register's ids ("P000123")
 * are looked up by their number in an array; any other id (a test's own) in a map. At a million
 * records the lists hold 4.7 million rows, each looked up: a map of half a million texts was a
 * tenth of the reconciliation's time.
 */
final class PersonPlaces {

    /** The most digits an id's number may have to be looked up by number (an int, and an array of sane size). */
    private static final int MAX_DIGITS = 8;

    /** Place + 1 of the first id whose number is the index; 0 for none. */
    private int[] byNumber = new int[0];
    /** The ids, by place. */
    private String[] ids = new String[0];
    /** Ids without a number, or whose number an earlier id written otherwise has ("P01" after "P001"). */
    private final Map<String, Integer> byId = new HashMap<>();

    /** Forgets the places known and learns those of these rows (the first row of an id wins). */
    void index(List<ListRow> rows) {
        byId.clear();
        ids = new String[rows.size()];
        int max = -1;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i).entityId();
            max = Math.max(max, number(ids[i]));
        }
        // numbers far beyond the people's count (ids from a register of many runs' merges, a test's "P99999999") go to the map
        byNumber = new int[max <= 4L * ids.length + 1024 ? max + 1 : 0];
        for (int i = 0; i < ids.length; i++) {
            int n = number(ids[i]);
            if (n >= byNumber.length) {
                n = -1;
            }
            if (n >= 0 && byNumber[n] == 0) {
                byNumber[n] = i + 1;
            } else if (n < 0 || !ids[byNumber[n] - 1].equals(ids[i])) {
                byId.putIfAbsent(ids[i], i);
            }
        }
    }

    /** The place of the first row with this id, or -1 when no row has it. */
    int placeOf(String id) {
        int n = number(id);
        if (n >= 0 && n < byNumber.length && byNumber[n] > 0 && ids[byNumber[n] - 1].equals(id)) {
            return byNumber[n] - 1;
        }
        return byId.getOrDefault(id, -1);
    }

    /** The number of an id made of a capital P and up to {@value #MAX_DIGITS} digits ("P000123" → 123), else -1. */
    static int number(String id) {
        int len = id == null ? 0 : id.length();
        if (len < 2 || len > MAX_DIGITS + 1 || id.charAt(0) != 'P') {
            return -1;
        }
        int n = 0;
        for (int i = 1; i < len; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
