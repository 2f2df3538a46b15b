package org.rollcall.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
    /** The names' words, indexed on the first lookup (most runs ask none). */
    private NameWords postings;
    /** The lookups made, by name: records spelled alike ask once (two entries of one name in one list). */
    private final Map<PersonNameComparison.Prepared, List<Integer>> asked = new HashMap<>();
    /** The same for {@link #agreeingNoFuller}: answered from {@code asked} when the name is there. */
    private final Map<PersonNameComparison.Prepared, List<Integer>> askedNoFuller = new HashMap<>();

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

    /** The word index, built once, in one pass over the records. */
    private NameWords postings() {
        if (postings == null) {
            PersonNameComparison.Prepared[] all = new PersonNameComparison.Prepared[prepared.length];
            Arrays.setAll(all, this::name);
            postings = new NameWords(all);
        }
        return postings;
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
        return without(bearing, record);
    }

    /** The records found for a name, less the record that asked. */
    private static List<Integer> without(List<Integer> found, int record) {
        List<Integer> out = new ArrayList<>(found);
        out.remove(Integer.valueOf(record));
        return out;
    }

    /** The records whose names agree with {@code record}'s, itself among them (as any record spelled alike). */
    private List<Integer> bearing(int record, PersonNameComparison.Prepared name) {
        NameWords index = postings();
        NameWords.Words words = index.words(name);
        int[] whole = new int[words.size()];
        Arrays.fill(whole, WordPostings.WHOLE);
        boolean[] walked = new boolean[words.size()];
        Arrays.fill(walked, true);
        int[] reached = index.walk(words, whole, whole, walked);
        Arrays.sort(reached, 1, reached[0] + 1);
        List<Integer> out = new ArrayList<>();
        for (int r = 1; r <= reached[0]; r++) {
            int other = reached[r];
            if (mayAgree(record, other, index.hits(other)) && agree(record, other)) {
                out.add(other);
            }
        }
        return out;
    }

    /**
     * The records of {@link #agreeingWith} whose names have no more words than {@code record}'s, in
     * ascending order: the same records, found without walking the commonest words' records. A
     * name of a given shape must meet a fixed number h of the name's W words to agree
     * ({@link #mayAgree}; one when either has a married surname), so it is among the records of at
     * least one of any W − h + 1 of them: per shape, only the records of the W − h + 1 words with
     * fewest records of that shape are walked, and the other words are looked up for those.
     */
    List<Integer> agreeingNoFuller(int record) {
        PersonNameComparison.Prepared name = name(record);
        if (name == null) {
            return List.of();
        }
        List<Integer> found = askedNoFuller.get(name);
        if (found == null) {
            List<Integer> bearing = asked.get(name);
            int most = name.tokens().size();
            found = bearing != null ? bearing.stream().filter(y -> words(y) <= most).toList() : noFuller(record, name);
            askedNoFuller.put(name, found);
        }
        return without(found, record);
    }

    /** The records whose names agree with {@code record}'s and have no more words, itself among them. */
    private List<Integer> noFuller(int record, PersonNameComparison.Prepared name) {
        NameWords index = postings();
        NameWords.Words words = index.words(name);
        int most = name.tokens().size();
        List<Integer> out = new ArrayList<>();
        for (int shape = 0; shape <= NameWords.LONG; shape++) {
            int to = shape >= NameWords.LONG ? NameWords.WORDS : shape >= NameWords.MARRIED ? shape - NameWords.MARRIED : shape / NameWords.WORDS;
            int fo = shape % NameWords.WORDS;
            if (to > most || shape < NameWords.MARRIED && (to == 0 || fo > to)) {
                continue;
            }
            int least = shape >= NameWords.MARRIED || index.married(record) ? 1
                    : Math.max(1, leastHits(index.tokens(record), index.full(record), to, fo));
            if (least <= words.size()) {
                collect(index, record, shape, least, words, out);
            }
        }
        Collections.sort(out);
        return out;
    }

    /** {@link #noFuller} among the records of one shape, each of which must meet {@code least} of the words. */
    private void collect(NameWords index, int record, int shape, int least, NameWords.Words words, List<Integer> out) {
        int w = words.size();
        int[] ks = new int[w];
        int[] kf = new int[w];
        Integer[] rarest = new Integer[w];
        int[] size = new int[w];
        for (int t = 0; t < w; t++) {
            ks[t] = words.sound()[t].segment(shape);
            kf[t] = words.form()[t].segment(shape);
            size[t] = words.sound()[t].size(ks[t]) + words.form()[t].size(kf[t]);
            rarest[t] = t;
        }
        Arrays.sort(rarest, (a, b) -> Integer.compare(size[a], size[b]));
        boolean[] walked = new boolean[w];
        for (int r = 0; r < w - least + 1; r++) {
            walked[rarest[r]] = true;
        }
        int[] reached = index.walk(words, ks, kf, walked);
        for (int r = 1; r <= reached[0]; r++) {
            int other = reached[r];
            // a record of the shape needs `least` words (its exact threshold, or one where a married surname or a long name
            // decides alone): looked up no further once it has them
            int met = index.hits(other);
            for (int t = 0; t < w && met < least; t++) {
                if (!walked[t] && (words.sound()[t].holds(ks[t], other) || words.form()[t].holds(kf[t], other))) {
                    met++;
                }
            }
            if (mayAgree(record, other, met) && (shape != NameWords.LONG || words(other) <= words(record)) && agree(record, other)) {
                out.add(other);
            }
        }
    }

    /** The number of words of the record's name (initials included), 0 when it has none. */
    int words(int record) {
        PersonNameComparison.Prepared name = name(record);
        return name == null ? 0 : name.tokens().size();
    }

    /**
     * False when {@code hits} words of {@code record}'s name met by {@code other} cannot make the
     * two names agree: the shorter name's full words, less those the longer's initials may take and
     * (of three or more) one mistyped beyond its sound, must each meet a word.
     */
    private boolean mayAgree(int record, int other, int hits) {
        NameWords index = postings();
        return index.married(record) || index.married(other)
                || hits >= leastHits(index.tokens(record), index.full(record), index.tokens(other), index.full(other));
    }

    /**
     * The fewest words of a name of {@code tr} words ({@code fr} full) that a name of {@code to}
     * words ({@code fo} full) must meet to agree with it, neither with a married surname ({@link #mayAgree}).
     */
    private static int leastHits(int tr, int fr, int to, int fo) {
        int need = to < tr ? fo - (tr - fr) : tr < to ? fr - (to - fo) : Math.min(fo - (tr - fr), fr - (to - fo));
        return need >= 3 ? need - 1 : need;
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
}
