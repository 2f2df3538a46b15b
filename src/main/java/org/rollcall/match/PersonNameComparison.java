package org.rollcall.match;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rollcall.normalize.PersonName;
import org.rollcall.normalize.PersonRecord;
import org.rollcall.normalize.SpanishPhonetic;

/**
 * Compares whole Hispanic names token by token, whatever order they were written in: each token
 * of the shorter name is paired with a token of the longer one that is equal, the same word with
 * a typo (Jaro–Winkler ≥ the typo threshold, default 0.92, or one inner letter replaced), sounds the same ({@link SpanishPhonetic}), is an alias of it
 * (Jhonny/Johnny, from the job file), or is its initial. Comparing the shorter name against the
 * longer one lets a missing maternal surname or a married name ("de Pérez") still agree; the
 * order of the agreeing tokens (given names first, then surnames) tells swapped surnames apart.
 */
public final class PersonNameComparison extends LeveledComparison {

    static final int ALL_EQUAL = 0;
    static final int SHORTER_EQUAL = 1;
    static final int ALL_AGREE_FUZZY = 2;
    static final int ALL_AGREE_INITIAL = 3;
    static final int ALL_AGREE_TWO = 4;
    static final int OUT_OF_ORDER = 5;
    static final int ONE_UNMATCHED = 6;
    static final int FIRST_NAMES_DIFFER = 7;
    static final int DIFFERENT = 8;

    private static final List<Level> LEVELS = plain("all tokens equal (3 or more)",
            "all tokens of the shorter name equal, the longer has more (a missing surname)", "all agree, some by typo, sound or alias",
            "all agree, one by an initial", "all agree (only 2 tokens)", "all agree, out of order", "all but one agree",
            "first names differ, the rest agree", "different");

    private final Map<String, String> aliases;
    /** Each word's phonetic key, computed once per word and shared by every record that has it. */
    private final Map<String, String> soundOf = new ConcurrentHashMap<>();

    /**
     * @param name the comparison's name
     * @param aliases folded token → the canonical token of its alias group
     */
    private final Thresholds thresholds;

    public PersonNameComparison(String name, Map<String, String> aliases) {
        this(name, aliases, Thresholds.DEFAULT);
    }

    /** @param thresholds the Jaro–Winkler similarity from which two tokens are one word with a typo ({@code typo}) */
    public PersonNameComparison(String name, Map<String, String> aliases, Thresholds thresholds) {
        super(name, LEVELS, BlockingRule.NAME_FIELDS);
        this.aliases = Map.copyOf(aliases);
        this.thresholds = thresholds;
    }

    /** A name ready to compare: folded tokens, their alias canonical forms and phonetic keys. */
    record Prepared(List<String> tokens, List<String> canonical, List<String> sounds) {
    }




    @Override
    public Object prepare(PersonRecord r) {
        return prepare(r.name());
    }

    Prepared prepare(PersonName n) {
        if (n.isEmpty()) {
            return null;
        }
        List<String> canonical = new ArrayList<>(n.tokens().size());
        List<String> sounds = new ArrayList<>(n.tokens().size());
        boolean aliased = false;
        for (String t : n.tokens()) {
            String c = aliases.getOrDefault(t, t);
            aliased |= c != t;
            canonical.add(c);
            sounds.add(t.length() > 1 ? soundOf.computeIfAbsent(t, SpanishPhonetic::key) : t);
        }
        // most names have no alias: their canonical words are their words (one list, not two, per record)
        return new Prepared(n.tokens(), aliased ? canonical : n.tokens(), sounds);
    }

    @Override
    public int compare(Object x, Object y) {
        Alignment a = align((Prepared) x, (Prepared) y);
        int agreeing = a.exact + a.fuzzy + a.initial;
        if (agreeing == a.shorter) {
            if (!a.inOrder) {
                return OUT_OF_ORDER;
            }
            if (a.shorter <= 2) {
                return a.initial > 0 ? ONE_UNMATCHED : ALL_AGREE_TWO;
            }
            return a.initial > 0 ? ALL_AGREE_INITIAL : a.fuzzy > 0 ? ALL_AGREE_FUZZY : a.longer > a.shorter ? SHORTER_EQUAL : ALL_EQUAL;
        }
        if (a.shorter >= 3 && agreeing == a.shorter - 1) {
            return a.firstAgree ? ONE_UNMATCHED : FIRST_NAMES_DIFFER;
        }
        return DIFFERENT;
    }

    @Override
    public List<String> values(Object prepared) {
        return ((Prepared) prepared).tokens().stream().filter(t -> t.length() > 1).toList();
    }

    @Override
    public List<String> frequencyValues(Object x, Object y, int level) {
        if (level > ALL_AGREE_TWO) {
            return List.of();
        }
        return align((Prepared) x, (Prepared) y).equalTokens;
    }

    @Override
    public double[] initialM() {
        return new double[] {0.60, 0.12, 0.08, 0.04, 0.05, 0.03, 0.05, 0.005, 0.025};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.0002, 0.0004, 0.0003, 0.0005, 0.003, 0.001, 0.008, 0.004, 0.9826};
    }

    /**
     * One word with a typo: Jaro–Winkler at least the typo threshold, or, for words of five letters
     * or more, one letter replaced inside the word (MAHUEL for MANUEL). The first and last letters
     * must stay: a last letter changed is often another name (Mario, María; Julio, Julia).
     */
    private boolean typo(String t, String o) {
        if (Similarity.jaroWinkler(t, o) >= thresholds.typo()) {
            return true;
        }
        if (t.length() < 5 || t.length() != o.length() || t.charAt(0) != o.charAt(0) || t.charAt(t.length() - 1) != o.charAt(o.length() - 1)) {
            return false;
        }
        int differ = 0;
        for (int i = 1; i < t.length() - 1 && differ < 2; i++) {
            differ += t.charAt(i) != o.charAt(i) ? 1 : 0;
        }
        return differ == 1;
    }

    /** firstAgree: the first tokens (first given names, names being in given-names-first order) agree. */
    private record Alignment(int exact, int fuzzy, int initial, int shorter, int longer, boolean inOrder, boolean firstAgree,
            List<String> equalTokens) {
    }

    /**
     * {@code String.join(" ", a).compareTo(String.join(" ", b))} without building the strings:
     * this runs for every random pair the model is fitted on.
     */
    static int compareJoined(List<String> a, List<String> b) {
        int ta = 0;
        int tb = 0;
        int ia = 0;
        int ib = 0;
        while (true) {
            int ca = charAt(a, ta, ia);
            int cb = charAt(b, tb, ib);
            if (ca < 0 || cb < 0 || ca != cb) {
                return ca < 0 && cb < 0 ? 0 : ca < 0 ? -1 : cb < 0 ? 1 : ca - cb;
            }
            if (ia < a.get(ta).length()) {
                ia++;
            } else {
                ta++;
                ia = 0;
            }
            if (ib < b.get(tb).length()) {
                ib++;
            } else {
                tb++;
                ib = 0;
            }
        }
    }

    /** The character at position {@code i} of token {@code t} of the joined string, a space after each token but the last, -1 at the end. */
    private static int charAt(List<String> tokens, int t, int i) {
        if (t >= tokens.size()) {
            return -1;
        }
        String token = tokens.get(t);
        if (i < token.length()) {
            return token.charAt(i);
        }
        return t + 1 < tokens.size() ? ' ' : -1;
    }

    /** Pairs each token of the shorter name with the best free token of the longer one. */
    private Alignment align(Prepared x, Prepared y) {
        boolean xFirst = x.tokens().size() != y.tokens().size() ? x.tokens().size() < y.tokens().size()
                : compareJoined(x.tokens(), y.tokens()) <= 0;
        Prepared s = xFirst ? x : y;
        Prepared l = xFirst ? y : x;
        int n = s.tokens().size();
        boolean[] used = new boolean[l.tokens().size()];
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        int exact = 0;
        int fuzzy = 0;
        int initial = 0;
        List<String> equal = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < used.length; j++) {
                if (!used[j] && s.tokens().get(i).equals(l.tokens().get(j))) {
                    used[j] = true;
                    partner[i] = j;
                    exact++;
                    equal.add(s.tokens().get(i));
                    break;
                }
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                if (partner[i] >= 0) {
                    continue;
                }
                String t = s.tokens().get(i);
                for (int j = 0; j < used.length; j++) {
                    if (used[j]) {
                        continue;
                    }
                    String o = l.tokens().get(j);
                    boolean agree = pass == 0
                            ? t.length() > 1 && o.length() > 1 && (s.canonical().get(i).equals(l.canonical().get(j))
                                    || s.sounds().get(i).equals(l.sounds().get(j)) || typo(t, o))
                            : (t.length() == 1 || o.length() == 1) && t.charAt(0) == o.charAt(0);
                    if (agree) {
                        used[j] = true;
                        partner[i] = j;
                        if (pass == 0) {
                            fuzzy++;
                        } else {
                            initial++;
                        }
                        break;
                    }
                }
            }
        }
        return new Alignment(exact, fuzzy, initial, n, used.length, inOrderOrRotated(partner), partner[0] == 0, equal);
    }

    /**
     * True when the agreeing tokens come in the same order in both names, or in the same order
     * once one name is read from a point on and round to its start: the same name written
     * surnames first without a comma ("ALFARO HERNÁNDEZ KEIBER MARTÍN" for "Keiber Martín Alfaro
     * Hernández") when the parser could not tell which end holds the given names. Swapped
     * surnames ("Pérez González" / "González Pérez" after the same given name) stay out of order.
     */
    static boolean inOrderOrRotated(int[] partner) {
        int descents = 0;
        int first = -1;
        int last = -1;
        for (int j : partner) {
            if (j < 0) {
                continue;
            }
            if (first < 0) {
                first = j;
            } else if (j < last) {
                descents++;
            }
            last = j;
        }
        return descents == 0 || descents == 1 && last < first;
    }
}
