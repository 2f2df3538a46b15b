package org.rollcall.match;

import java.util.List;

/**
 * Whose names agree with a record's name: the test behind "the only person in all the lists who
 * bears this name". Two names agree when every token of the shorter one meets a token of the
 * longer one (equal, a typo, the same sound, an alias or an initial), in any order: the levels of
 * {@link PersonNameComparison} up to {@link PersonNameComparison#OUT_OF_ORDER}. "Daniel Espinoza"
 * agrees with "Espinoza, Daniel José" and with "DANIEL ESPINOZA"; it does not agree with "Daniel
 * Espinoza Rojas"'s namesake "David Espinoza Rojas".
 *
 * <p>Only whole-name comparisons count: a job that compares given names and surnames apart (FEBRL)
 * has no bearer test, and {@link #applies()} is false.
 */
final class NameBearers {

    private final Comparison names;
    private final int index;

    NameBearers(List<Comparison> comparisons) {
        this.index = wholeNames(comparisons);
        this.names = index < 0 ? null : comparisons.get(index);
    }

    /** The position of the job's comparison of whole names among its comparisons, or -1 when it compares none. */
    static int wholeNames(List<Comparison> comparisons) {
        for (int c = 0; c < comparisons.size(); c++) {
            if (comparisons.get(c) instanceof PersonNameComparison) {
                return c;
            }
        }
        return -1;
    }

    /** True when the job compares whole names, so that the test means something. */
    boolean applies() {
        return index >= 0;
    }

    /**
     * True when the name of some record of {@code group} agrees with the name of some record of
     * {@code person}; false when either has no name or the job compares no whole names.
     *
     * @param prepared each record's prepared values, per comparison
     */
    boolean agree(Object[][] prepared, List<Integer> group, List<Integer> person) {
        return agree(prepared, group, person, 0);
    }

    /**
     * True when the name of some record of {@code group} agrees with the name of some record of
     * {@code person} ({@link #agree}) and each of the two has three words or more ("JOSÉ LUIS
     * JUÁREZ" / "Juárez Anaya, José Luis"; not "Benito Hernández" / "Benito Julio Hernández
     * Guillén"); false when the job compares no whole names.
     */
    boolean agreeInThreeWords(Object[][] prepared, List<Integer> group, List<Integer> person) {
        return agree(prepared, group, person, 3);
    }

    /**
     * True when some record of {@code group} has a name of three words or more: two words ("JOSE
     * RIOS") fit too many people, some of them out of the index's sight (a typo: "RIOS JODE LUIS"),
     * to tell them apart one by one.
     */
    boolean threeWords(Object[][] prepared, List<Integer> group) {
        if (index < 0) {
            return false;
        }
        return group.stream().anyMatch(x -> prepared[x][index] != null && words(prepared[x][index]) >= 3);
    }

    /** {@link #agree}, counting only names of at least {@code words} words on both sides. */
    private boolean agree(Object[][] prepared, List<Integer> group, List<Integer> person, int words) {
        if (index < 0) {
            return false;
        }
        for (int x : group) {
            for (int y : person) {
                Object a = prepared[x][index];
                Object b = prepared[y][index];
                if (a != null && b != null && words(a) >= words && words(b) >= words
                        && names.compare(a, b) <= PersonNameComparison.OUT_OF_ORDER) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int words(Object name) {
        return ((PersonNameComparison.Prepared) name).tokens().size();
    }

    /**
     * True when {@code person}, taken as a whole, bears the name of {@code group}: a record of the
     * person agrees with a record of the group, and every record of the person that agrees with
     * none is no fuller (has no more words) than one that does. A person whose fullest name is
     * another is not a namesake: "GÓMEZ, JOSÉ" agrees with "GÓMEZ, JOSÉ LUIS", but not once the
     * same person's other record reads "GÓMEZ LUNA, JOSÉ ÁNGEL"; while one record with a typo
     * beside others as full that agree ("ANTONIO MARTINEZ JUSE LUIS" among three "José Luis
     * Antonio Martínez") leaves the person a bearer. False when the person has no name or the job
     * compares no whole names.
     *
     * @param prepared each record's prepared values, per comparison
     */
    boolean bears(Object[][] prepared, List<Integer> group, List<Integer> person) {
        return bears(prepared, group, person, false);
    }

    /**
     * As {@link #bears}, with the names read only as written: not without a married surname ("JOSÉ
     * LUIS LÓPEZ DE ABREU" read as "José Luis López" is borne by every "José Luis … López"), and
     * with every word of the person's agreeing name met in the group's (no word the group's name
     * lacks) and at most one of the group's words left out. What a namesake must share for a record
     * to be as much theirs as another's: for "HERNANDEZ, GABRIEL" to be "GABRIEL JORGE HERNÁNDEZ
     * QUINTERO", a second given name and a second surname would both have to be his, where the
     * NGO's "Martínez, Francisco" needs only one ("FRANCISCO MARTÍNEZ MARTÍNEZ").
     */
    boolean bearsAsWritten(Object[][] prepared, List<Integer> group, List<Integer> person) {
        return bears(prepared, group, person, true);
    }

    private boolean bears(Object[][] prepared, List<Integer> group, List<Integer> person, boolean asWritten) {
        if (index < 0) {
            return false;
        }
        int fullestAgreeing = 0;
        int fullestOther = 0;
        for (int y : person) {
            Object b = prepared[y][index];
            if (b == null) {
                continue;
            }
            boolean met = false;
            for (int x : group) {
                Object a = prepared[x][index];
                met |= a != null && (asWritten ? noFuller(b, a) && names.compare(written(a), written(b)) <= PersonNameComparison.OUT_OF_ORDER
                        : names.compare(a, b) <= PersonNameComparison.OUT_OF_ORDER);
            }
            int words = ((PersonNameComparison.Prepared) b).tokens().size();
            if (met) {
                fullestAgreeing = Math.max(fullestAgreeing, words);
            } else {
                fullestOther = Math.max(fullestOther, words);
            }
        }
        return fullestAgreeing > 0 && fullestAgreeing >= fullestOther;
    }

    /** The name as written, without its reading without a married surname. */
    private static Object written(Object name) {
        PersonNameComparison.Prepared p = (PersonNameComparison.Prepared) name;
        return p.maiden() == null ? p : new PersonNameComparison.Prepared(p.tokens(), p.canonical(), p.sounds(), null, p.given());
    }

    /** True when name {@code b} has no more words than {@code a}, and at most one fewer. */
    private static boolean noFuller(Object b, Object a) {
        return words(b) <= words(a) && words(b) >= words(a) - 1;
    }
}
