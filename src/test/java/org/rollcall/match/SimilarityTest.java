package org.rollcall.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/** Jaro–Winkler as matching computes it: the same value as Apache Commons Text's, to the last bit. */
class SimilarityTest {

    private static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

    @Test
    void givesCommonsTextsValueToTheLastBitOnRandomStringsOfAFewLetters() {
        // given strings of few letters, so that matches, transpositions and shared prefixes are common
        SplittableRandom rnd = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            String a = random(rnd, "abcde ", rnd.nextInt(0, 14));
            String b = rnd.nextInt(4) == 0 ? mutate(rnd, a) : random(rnd, "abcde ", rnd.nextInt(0, 14));
            // when, then: in both argument orders
            assertThat(Double.doubleToLongBits(Similarity.jaroWinkler(a, b)))
                    .as("'%s' vs '%s'", a, b).isEqualTo(Double.doubleToLongBits(COMMONS.apply(a, b)));
            assertThat(Double.doubleToLongBits(Similarity.jaroWinkler(b, a)))
                    .as("'%s' vs '%s'", b, a).isEqualTo(Double.doubleToLongBits(COMMONS.apply(b, a)));
        }
    }

    @Test
    void givesCommonsTextsValueOnNamesWithTyposAccentsAndSwappedLetters() {
        String[][] pairs = {{"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"}, {"jose gregorio", "jose gregrio"},
            {"gonzalez", "gonzales"}, {"maría", "maria"}, {"", "a"}, {"a", ""}, {"abc", "xyz"}, {"crt", "court"}, {"ab", "ba"}};
        for (String[] p : pairs) {
            assertThat(Similarity.jaroWinkler(p[0], p[1])).as("%s / %s", p[0], p[1]).isEqualTo(COMMONS.apply(p[0], p[1]));
            assertThat(Similarity.jaroWinkler(p[1], p[0])).as("%s / %s", p[1], p[0]).isEqualTo(COMMONS.apply(p[1], p[0]));
        }
        assertThat(Similarity.jaroWinkler("martha", "martha")).isEqualTo(1.0);
    }

    @Test
    void theBoundedValueIsTheExactOneWhereverItReachesTheFloorAndBelowTheFloorElsewhere() {
        // given pairs of short strings of letters, digits, spaces and accented letters (past ASCII), related or not
        SplittableRandom rnd = new SplittableRandom(11);
        double[] floors = {0.5, 0.7, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.97, 1.0};
        String letters = "aeilnorsAEMNZ07 ñé";
        for (int n = 0; n < 200_000; n++) {
            String a = random(rnd, letters, rnd.nextInt(0, 12));
            String b = rnd.nextInt(3) == 0 ? mutate(rnd, a) : random(rnd, letters, rnd.nextInt(0, 12));
            double exact = Similarity.jaroWinkler(a, b);
            // then the bound is never below the value, and the bounded value agrees with it wherever it matters
            if (!a.equals(b)) {
                assertThat(Similarity.bound(a, b)).as("'%s' vs '%s'", a, b).isGreaterThanOrEqualTo(exact);
            }
            for (double floor : floors) {
                double bounded = Similarity.jaroWinklerAtLeast(a, b, floor);
                if (exact >= floor) {
                    assertThat(Double.doubleToLongBits(bounded)).as("'%s' vs '%s' from %s", a, b, floor)
                            .isEqualTo(Double.doubleToLongBits(exact));
                } else {
                    assertThat(bounded).as("'%s' vs '%s' from %s", a, b, floor).isLessThan(floor);
                }
            }
        }
    }

    @Test
    void twoUnrelatedNamesAreBoundedBelowTheThresholdsWithoutBeingMatched() {
        assertThat(Similarity.bound("connor", "smith")).isLessThan(0.8);
        assertThat(Similarity.jaroWinklerAtLeast("connor", "smith", 0.8)).isLessThan(0.8);
        assertThat(Similarity.jaroWinklerAtLeast("martha", "marhta", 0.8)).isEqualTo(Similarity.jaroWinkler("martha", "marhta"));
        assertThat(Similarity.jaroWinklerAtLeast("maría", "maria", 0.94)).isEqualTo(Similarity.jaroWinkler("maría", "maria"));
    }

    private static String random(SplittableRandom rnd, String letters, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(letters.charAt(rnd.nextInt(letters.length())));
        }
        return s.toString();
    }

    /** A copy of {@code s} with one letter swapped with its neighbour, dropped or changed. */
    private static String mutate(SplittableRandom rnd, String s) {
        if (s.length() < 2) {
            return s + "x";
        }
        StringBuilder b = new StringBuilder(s);
        int i = rnd.nextInt(s.length() - 1);
        switch (rnd.nextInt(3)) {
            case 0 -> {
                char c = b.charAt(i);
                b.setCharAt(i, b.charAt(i + 1));
                b.setCharAt(i + 1, c);
            }
            case 1 -> b.deleteCharAt(i);
            default -> b.setCharAt(i, 'z');
        }
        return b.toString();
    }
}
