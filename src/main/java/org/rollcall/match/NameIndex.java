package org.rollcall.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every record of every list whose whole name agrees with a given record's name, found through
 * an index of the names' words (their sounds and alias forms), not through the blocking
 * candidates: the question "who else in the lists bears this name?" is asked of all of them.
 * Two names agree as in {@link NameBearers}: every word of the shorter meets a word of the longer
 * (equal, a typo, the same sound, an alias or an initial), in any order.
 *
 * <p>Not found (without a married surname): a name with a word mistyped beyond its sound where
 * the shorter name has two full words or fewer ("José Grasia" for "José Luis García"), or with two
 * words so mistyped where it has more; the callers add the blocking candidates, which catch those.
 * Not for concurrent use: a lookup marks the records it reaches.
 */
final class NameIndex {

    private final Comparison names;
    private final int index;
    private final Object[][] prepared;
    /** The records of each word's sound and of each alias form, in ascending order; built on the first lookup (most runs ask none). */
    private Map<String, Postings> bySound;
    private Map<String, Postings> byForm;
    /** Per record, for the lookups (built with the index): the lookup that last reached it, the words it met, the last word that did. */
    private int[] stamp;
    private int[] hits;
    private int[] lastWord;
    private int calls;
    /** The lookups made, by name: records spelled alike ask once (two entries of one name in one list). */
    private final Map<PersonNameComparison.Prepared, List<Integer>> asked = new HashMap<>();
    /** Per record: its name's words, full words (not initials), and whether it has a married surname. */
    private byte[] tokens;
    private byte[] full;
    private boolean[] married;

    /**
     * @param comparisons the job's comparisons; the index applies when one compares whole names
     * @param prepared each record's prepared values, per comparison
     */
    NameIndex(List<Comparison> comparisons, Object[][] prepared) {
        int found = NameBearers.wholeNames(comparisons);
        this.index = found;
        this.names = found < 0 ? null : comparisons.get(found);
        this.prepared = prepared;
    }

    /** The word index, built once, in one pass over the records in ascending order. */
    private void build() {
        if (bySound != null) {
            return;
        }
        bySound = new HashMap<>();
        byForm = new HashMap<>();
        for (int i = 0; i < prepared.length; i++) {
            for (String[] word : keysByWord(name(i))) {
                bySound.computeIfAbsent(word[0], k -> new Postings()).add(i);
                byForm.computeIfAbsent(word[1], k -> new Postings()).add(i);
            }
        }
        int n = prepared.length;
        stamp = new int[n];
        hits = new int[n];
        lastWord = new int[n];
        tokens = new byte[n];
        full = new byte[n];
        married = new boolean[n];
        for (int i = 0; i < n; i++) {
            PersonNameComparison.Prepared name = name(i);
            if (name != null) {
                tokens[i] = (byte) Math.min(name.tokens().size(), Byte.MAX_VALUE);
                full[i] = (byte) Math.min(name.tokens().stream().filter(w -> w.length() > 1).count(), Byte.MAX_VALUE);
                married[i] = name.maiden() != null;
            }
        }
    }

    /** True when the job compares whole names, so that the index means something. */
    boolean applies() {
        return index >= 0;
    }

    /**
     * The records, other than {@code record}, whose names agree with its name, in ascending order.
     * Each record sharing a word with the name is counted once per word of the name it meets; one
     * that meets too few of them to agree (one word mistyped beyond its sound allowed where the
     * shorter name has three full words or more) is not compared (two names agree only when every word of the shorter is paired with its own word of
     * the longer: a full word meets a full word through its sound or alias form, which the index
     * finds, a typo, or an initial). A name with a married surname is compared whenever it meets one word.
     */
    List<Integer> agreeingWith(int record) {
        PersonNameComparison.Prepared name = name(record);
        if (name == null) {
            return List.of();
        }
        List<Integer> bearing = asked.get(name);
        if (bearing == null) {
            bearing = bearing(record, name);
            asked.put(name, bearing);
        }
        List<Integer> out = new ArrayList<>(bearing);
        out.remove(Integer.valueOf(record));
        return out;
    }

    /** The records whose names agree with {@code record}'s, itself among them (as any record spelled alike). */
    private List<Integer> bearing(int record, PersonNameComparison.Prepared name) {
        build();
        int call = ++calls;
        List<Integer> reached = new ArrayList<>();
        List<String[]> words = keysByWord(name);
        for (int t = 0; t < words.size(); t++) {
            for (Postings postings : List.of(bySound.get(words.get(t)[0]), byForm.get(words.get(t)[1]))) {
                for (int p = 0; p < postings.size; p++) {
                    int other = postings.at[p];
                    if (stamp[other] != call) {
                        stamp[other] = call;
                        hits[other] = 0;
                        lastWord[other] = -1;
                        reached.add(other);
                    }
                    if (lastWord[other] != t) {
                        lastWord[other] = t;
                        hits[other]++;
                    }
                }
            }
        }
        Collections.sort(reached);
        List<Integer> out = new ArrayList<>();
        for (int other : reached) {
            if (mayAgree(record, other, hits[other]) && agree(record, other)) {
                out.add(other);
            }
        }
        return out;
    }

    /**
     * False when {@code hits} words of {@code record}'s name met by {@code other} cannot make the
     * two names agree: the shorter name's full words, less those the longer's initials may take and
     * (of three or more) one mistyped beyond its sound, must each meet a word.
     */
    private boolean mayAgree(int record, int other, int hits) {
        if (married[record] || married[other]) {
            return true;
        }
        int tr = tokens[record];
        int fr = full[record];
        int to = tokens[other];
        int fo = full[other];
        int need = to < tr ? fo - (tr - fr) : tr < to ? fr - (to - fo) : Math.min(fo - (tr - fr), fr - (to - fo));
        return hits >= (need >= 3 ? need - 1 : need);
    }

    /** True when both records have names and they agree (up to {@link PersonNameComparison#OUT_OF_ORDER}). */
    boolean agree(int a, int b) {
        return level(a, b) <= PersonNameComparison.OUT_OF_ORDER;
    }

    /** The names' level, or {@link Integer#MAX_VALUE} when either has no name or the job compares none. */
    int level(int a, int b) {
        Object x = index < 0 ? null : prepared[a][index];
        Object y = index < 0 ? null : prepared[b][index];
        return x == null || y == null ? Integer.MAX_VALUE : names.compare(x, y);
    }

    private PersonNameComparison.Prepared name(int record) {
        return index < 0 ? null : (PersonNameComparison.Prepared) prepared[record][index];
    }

    /** Per full word of the name (its married form's words after), that word's sound and alias form. */
    private static List<String[]> keysByWord(PersonNameComparison.Prepared name) {
        List<String[]> out = new ArrayList<>();
        for (PersonNameComparison.Prepared form = name; form != null; form = form.maiden()) {
            for (int t = 0; t < form.tokens().size(); t++) {
                if (form.tokens().get(t).length() > 1) {
                    out.add(new String[] {form.sounds().get(t), form.canonical().get(t)});
                }
            }
        }
        return out;
    }

    /** One key's records, ascending, each once. */
    private static final class Postings {
        private int[] at = new int[2];
        private int size;

        void add(int record) {
            if (size > 0 && at[size - 1] == record) {
                return;
            }
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = record;
        }
    }
}
