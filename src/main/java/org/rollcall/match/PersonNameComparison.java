package org.rollcall.match;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
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
    static final int ONE_INITIAL_REST_EQUAL = 3;
    static final int ALL_AGREE_INITIAL = 4;
    static final int ALL_AGREE_TWO = 5;
    static final int OUT_OF_ORDER = 6;
    static final int ONE_UNMATCHED = 7;
    static final int FIRST_NAMES_DIFFER = 8;
    static final int DIFFERENT = 9;

    /**
     * The levels, most telling first. An initial for one given name with every other token equal
     * ("H. Alejandro Vázquez Hernández") is how lists abbreviate a name, and is told apart from
     * an initial together with a typo or another spelling, which two different people's names
     * reach more often. Each level's m and u are estimated, like every other.
     */
    private static final List<Level> LEVELS = plain("all tokens equal (3 or more)",
            "all tokens of the shorter name equal, the longer has more (a missing surname)", "all agree, some by typo, sound or alias",
            "all agree, one by an initial", "all agree, by initials and other spellings",
            "all agree (only 2 tokens)", "all agree, out of order", "all but one agree", "first names differ, the rest agree", "different");

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

    /**
     * A name ready to compare: folded tokens, their alias canonical forms and phonetic keys, and
     * the same name without its married surname (null when it has none).
     *
     * @param given how many of the tokens, from the first, are given names (0 when the name could
     *     not be split into given names and surnames)
     */
    record Prepared(List<String> tokens, List<String> canonical, List<String> sounds, Prepared maiden, int given) {
    }

    @Override
    public Object prepare(PersonRecord r) {
        return prepare(r.name());
    }

    Prepared prepare(PersonName n) {
        if (n.isEmpty()) {
            return null;
        }
        List<String> maiden = n.withoutMarried();
        int given = n.given().size();
        return prepare(n.tokens(), maiden == null ? null : prepare(maiden, null, given), given);
    }

    private Prepared prepare(List<String> tokens, Prepared maiden, int given) {
        List<String> canonical = new ArrayList<>(tokens.size());
        List<String> sounds = new ArrayList<>(tokens.size());
        boolean aliased = false;
        for (String t : tokens) {
            String c = aliases.getOrDefault(t, t);
            aliased |= c != t;
            canonical.add(c);
            sounds.add(t.length() > 1 ? soundOf.computeIfAbsent(t, SpanishPhonetic::key) : t);
        }
        // most names have no alias: their canonical words are their words (one list, not two, per record)
        return new Prepared(tokens, aliased ? canonical : tokens, sounds, maiden, given);
    }

    /**
     * The level of the two names as written, or, when one is a married name ("Graciela Castillo de
     * Silva"), of it without the married surname against the other ("Graciela Castillo Campos":
     * her own name with the maternal surname the married name leaves out), whichever agrees more.
     */
    @Override
    public int compare(Object x, Object y) {
        return level(reading((Prepared) x, (Prepared) y, false));
    }

    /**
     * True when two names read as one name written twice: every word of the shorter agrees with a
     * word of the longer (equal, a typo, the same sound, an alias, an initial; a missing surname or
     * given name allowed), in whatever order ({@link #compare} at "all agree, out of order" or better).
     * False when either name is empty.
     */
    public boolean agree(PersonName x, PersonName y) {
        Prepared a = prepare(x);
        Prepared b = prepare(y);
        return a != null && b != null && compare(a, b) <= OUT_OF_ORDER;
    }

    /**
     * The level of two names written on records that carry one and the same ID number: as
     * {@link #compare}, except that one given name mistyped beyond the typo test agrees as a typo
     * when every other word agrees and a surname is among them ("JOSE VILLARREAL" / "VILLARREAL
     * MARTÍNEZ JORÉ LUIS", "SANTOS JOSE" / "JOSB LUIS SANTOS GOMEZ"). Mistyped beyond the typo
     * test: a Levenshtein distance of at most 1 for words of four letters or fewer and at most 2
     * for longer ones, whichever letters (the first and the last included: a key next to the right
     * one). Without the shared ID number such a pair of names is often two people (José / Joel);
     * with it, a second person would need the same number. The level is the plain one when that
     * already agrees, or when the names still disagree read so.
     */
    int levelUnderOneId(Object x, Object y) {
        int plain = compare(x, y);
        if (plain <= OUT_OF_ORDER) {
            return plain;
        }
        int lenient = level(reading((Prepared) x, (Prepared) y, true));
        return lenient <= OUT_OF_ORDER ? lenient : plain;
    }

    /**
     * The two names as read for their best level: as written, or one of them without its married
     * surname; with {@code lenient}, one given name may be mistyped beyond the typo test ({@link #levelUnderOneId}).
     */
    private Alignment reading(Prepared first, Prepared second, boolean lenient) {
        // the same readings in the same order whichever name comes first, so that ties fall alike
        boolean swap = TokenOrder.compareJoined(first.tokens(), second.tokens()) > 0;
        Prepared x = swap ? second : first;
        Prepared y = swap ? first : second;
        Alignment best = align(x, y, lenient);
        if (x.maiden() != null) {
            best = better(best, align(x.maiden(), y, lenient).readWithoutMarried());
        }
        if (y.maiden() != null) {
            best = better(best, align(x, y.maiden(), lenient).readWithoutMarried());
        }
        return best;
    }

    private static Alignment better(Alignment a, Alignment b) {
        return level(b) < level(a) ? b : a;
    }

    private static int level(Alignment a) {
        int agreeing = a.exact + a.fuzzy + a.initial;
        if (agreeing == a.shorter) {
            if (!a.inOrder) {
                return OUT_OF_ORDER;
            }
            if (a.shorter <= 2) {
                return a.initial > 0 ? ONE_UNMATCHED : ALL_AGREE_TWO;
            }
            if (a.initial > 0) {
                return a.initial == 1 && a.fuzzy == 0 ? ONE_INITIAL_REST_EQUAL : ALL_AGREE_INITIAL;
            }
            // a name read without its married surname has a token fewer than written: at most a missing surname
            return a.fuzzy > 0 ? ALL_AGREE_FUZZY : a.longer > a.shorter || a.withoutMarried ? SHORTER_EQUAL : ALL_EQUAL;
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
        return reading((Prepared) x, (Prepared) y, false).equalTokens;
    }

    @Override
    public double[] initialM() {
        return new double[] {0.60, 0.12, 0.08, 0.03, 0.01, 0.05, 0.03, 0.05, 0.005, 0.025};
    }

    @Override
    public double[] initialU() {
        return new double[] {0.0002, 0.0004, 0.0003, 0.0002, 0.0003, 0.003, 0.001, 0.008, 0.004, 0.9826};
    }

    /**
     * One word with a typo: Jaro–Winkler at least the typo threshold, or, for words of five letters
     * or more, one letter replaced inside the word (MAHUEL for MANUEL). The first and last letters
     * must stay: a last letter changed is often another name (Mario, María; Julio, Julia).
     */
    private boolean typo(String t, String o) {
        if (Similarity.jaroWinklerAtLeast(t, o, thresholds.typo()) >= thresholds.typo()) {
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

    /**
     * One word mistyped beyond the typo test: both of three letters or more, a Levenshtein
     * distance of at most 1 when the shorter has four letters or fewer, at most 2 otherwise.
     */
    private static boolean mistyped(String t, String o) {
        int shorter = Math.min(t.length(), o.length());
        if (shorter < 3) {
            return false;
        }
        int most = shorter <= 4 ? 1 : 2;
        int distance = new LevenshteinDistance(most).apply(t, o);
        return distance >= 0 && distance <= most;
    }

    /**
     * firstAgree: the first tokens (first given names, names being in given-names-first order) agree;
     * withoutMarried: one of the names was read without its married surname.
     */
    private record Alignment(int exact, int fuzzy, int initial, int shorter, int longer, boolean inOrder, boolean firstAgree,
            List<String> equalTokens, boolean withoutMarried) {

        Alignment readWithoutMarried() {
            return new Alignment(exact, fuzzy, initial, shorter, longer, inOrder, firstAgree, equalTokens, true);
        }
    }

    /**
     * Pairs each token of the shorter name with the best free token of the longer one; with
     * {@code lenient}, at most one given name of the shorter, when it has a surname, with a word
     * of the longer that is a few keys away ({@link #mistyped}): of the longer any word, for a
     * name written in one cell without a comma may have its mistyped given name read as a surname
     * ("VILLARREAL MARTÍNEZ JORÉ LUIS": "jore" is in no lexicon).
     */
    private Alignment align(Prepared x, Prepared y, boolean lenient) {
        boolean xFirst = x.tokens().size() != y.tokens().size() ? x.tokens().size() < y.tokens().size()
                : TokenOrder.compareJoined(x.tokens(), y.tokens()) <= 0;
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
        int mistypedLeft = lenient && s.given() > 0 && s.given() < n ? 1 : 0;
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < n; i++) {
                if (partner[i] >= 0 || pass == 1 && (mistypedLeft == 0 || i >= s.given())) {
                    continue;
                }
                String t = s.tokens().get(i);
                for (int j = 0; j < used.length; j++) {
                    if (used[j]) {
                        continue;
                    }
                    String o = l.tokens().get(j);
                    boolean agree = switch (pass) {
                        case 0 -> t.length() > 1 && o.length() > 1 && (s.canonical().get(i).equals(l.canonical().get(j))
                                || s.sounds().get(i).equals(l.sounds().get(j)) || typo(t, o));
                        case 1 -> mistyped(t, o);
                        default -> (t.length() == 1 || o.length() == 1) && t.charAt(0) == o.charAt(0);
                    };
                    if (agree) {
                        used[j] = true;
                        partner[i] = j;
                        if (pass == 1) {
                            mistypedLeft--;
                        }
                        if (pass < 2) {
                            fuzzy++;
                        } else {
                            initial++;
                        }
                        break;
                    }
                }
            }
        }
        return new Alignment(exact, fuzzy, initial, n, used.length, TokenOrder.inOrderOrRotated(partner), partner[0] == 0, equal, false);
    }
}
