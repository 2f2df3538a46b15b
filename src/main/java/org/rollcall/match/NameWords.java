package org.rollcall.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of every record's name, for {@link NameIndex}: the records of each word's sound and
 * of each alias form ({@link WordPostings}, grouped by the shape of the names), and the walk that
 * counts, for each record reached, how many of a name's words it meets. Not for concurrent use: a
 * walk marks the records it reaches.
 */
final class NameWords {

    /**
     * Names' shapes, by which the postings are grouped: a name without a married surname of fewer
     * than {@link #WORDS} words is {@code words × WORDS + full words}; one with a married surname
     * {@link #MARRIED} + its words; any longer name {@link #LONG}.
     */
    static final int WORDS = 8;
    static final int MARRIED = WORDS * WORDS;
    static final int LONG = MARRIED + WORDS;

    private final Map<String, WordPostings> bySound = new HashMap<>();
    private final Map<String, WordPostings> byForm = new HashMap<>();
    /**
     * Per record: the walk that last reached it (high 32 bits), the last of the name's words that
     * met it, plus one (next 16), the words it met (low 16).
     */
    private final long[] tally;
    private int calls;
    /** Per record: its name's words, full words (not initials), and whether it has a married surname. */
    private final byte[] tokens;
    private final byte[] full;
    private final boolean[] married;

    /** A name's words: per word, the records of its sound and of its alias form. */
    record Words(WordPostings[] sound, WordPostings[] form) {
        int size() {
            return sound.length;
        }
    }

    /** Indexes the names, in one pass over the records in ascending order ({@code null}: a record without a name). */
    NameWords(PersonNameComparison.Prepared[] names) {
        int n = names.length;
        tally = new long[n];
        tokens = new byte[n];
        full = new byte[n];
        married = new boolean[n];
        byte[] shapes = new byte[n];
        for (int i = 0; i < n; i++) {
            PersonNameComparison.Prepared name = names[i];
            if (name != null) {
                tokens[i] = (byte) Math.min(name.tokens().size(), Byte.MAX_VALUE);
                full[i] = (byte) Math.min(name.tokens().stream().filter(w -> w.length() > 1).count(), Byte.MAX_VALUE);
                married[i] = name.maiden() != null;
                shapes[i] = (byte) shape(tokens[i], full[i], married[i]);
            }
        }
        Map<String, String> soundOfForm = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String[] word : keysByWord(names[i])) {
                bySound.computeIfAbsent(word[0], k -> new WordPostings()).add(i);
                byForm.computeIfAbsent(word[1], k -> new WordPostings()).add(i);
                soundOfForm.merge(word[1], word[0], (a, b) -> a.equals(b) ? a : "");
            }
        }
        bySound.values().forEach(p -> p.group(shapes, LONG + 1));
        // an alias form whose words all sound alike holds no record its sound does not: walked and looked up by its sound alone
        byForm.forEach((form, p) -> p.group(shapes, LONG + 1, !soundOfForm.get(form).isEmpty()));
    }

    /** A name's shape: its words and full words, or only its words with a married surname, or {@link #LONG}. */
    static int shape(int words, int fullWords, boolean marriedSurname) {
        return words >= WORDS ? LONG : marriedSurname ? MARRIED + words : words * WORDS + fullWords;
    }

    int tokens(int record) {
        return tokens[record];
    }

    int full(int record) {
        return full[record];
    }

    boolean married(int record) {
        return married[record];
    }

    /** The postings of the name's full words (an indexed record's name: each of its keys has records). */
    Words words(PersonNameComparison.Prepared name) {
        List<String[]> keys = keysByWord(name);
        WordPostings[] sound = new WordPostings[keys.size()];
        WordPostings[] form = new WordPostings[keys.size()];
        for (int t = 0; t < sound.length; t++) {
            sound[t] = bySound.get(keys.get(t)[0]);
            form[t] = byForm.get(keys.get(t)[1]);
        }
        return new Words(sound, form);
    }

    /**
     * Walks the given segments ({@link WordPostings#segment}, or {@link WordPostings#WHOLE}) of the
     * words marked {@code walked}, counting for each record reached the words it meets, each word
     * once ({@link #hits}); returns the records reached in the order reached, their count first.
     */
    int[] walk(Words words, int[] soundSegment, int[] formSegment, boolean[] walked) {
        long call = (long) ++calls << 32;
        int[] reached = new int[16];
        int count = 0;
        for (int t = 0; t < words.size(); t++) {
            if (!walked[t]) {
                continue;
            }
            long met = call | (long) (t + 1) << 16;
            for (int side = 0; side < 2; side++) {
                WordPostings postings = side == 0 ? words.sound()[t] : words.form()[t];
                int k = side == 0 ? soundSegment[t] : formSegment[t];
                for (int p = postings.from(k), end = postings.to(k); p < end; p++) {
                    int other = postings.at(p);
                    long mark = tally[other];
                    if ((mark & 0xFFFF_FFFF_0000_0000L) != call) {
                        tally[other] = met | 1;
                        if (++count == reached.length) {
                            reached = Arrays.copyOf(reached, count * 2);
                        }
                        reached[count] = other;
                    } else if ((mark & 0xFFFF_FFFF_FFFF_0000L) != met) {
                        tally[other] = met | (mark & 0xFFFF) + 1;
                    }
                }
            }
        }
        reached[0] = count;
        return reached;
    }

    /** The words the record met in the last walk that reached it. */
    int hits(int record) {
        return (int) (tally[record] & 0xFFFF);
    }

    /** Per full word of the name (its married form's words after), that word's sound and alias form; none for no name. */
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
}
