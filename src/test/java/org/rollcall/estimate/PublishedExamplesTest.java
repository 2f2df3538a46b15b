package org.rollcall.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published figures reproduced.
 *
 * <p>Data: HIV-1 infections reported by four centres in Rome (Abeni, Brancato &amp; Perucci 1994,
 * Epidemiology 5:410–414), as shipped in the R package Rcapture (data set {@code HIV}, 15 capture
 * histories, n = 1896). Published figures: Rcapture 1.3-1, help page {@code HIV} and
 * {@code closedpCI}, example output {@code tests/Examples/Rcapture-Ex.Rout.save} (the package's
 * reference output, checked by R CMD check), for the models {@code ~ . + c1:c2} and
 * {@code ~ (c1+c2+c3+c4)^2}; the method is described in Baillargeon &amp; Rivest (2007),
 * "Rcapture: loglinear models for capture-recapture in R", J. Stat. Softw. 19(5). Rcapture prints
 * the abundance N = n + estimate; the assertions hold to the printed precision (half a unit of
 * the last printed digit, a little more for interval limits found by R's root finder).
 */
class PublishedExamplesTest {

    static final List<String> CENTRES = List.of("c1", "c2", "c3", "c4");

    /** counts[mask], mask = c1 + 2 c2 + 4 c3 + 8 c4. */
    static OverlapTable hiv() {
        long[] c = new long[16];
        c[0b1111] = 0;
        c[0b0111] = 3;
        c[0b1011] = 1;
        c[0b0011] = 33;
        c[0b1101] = 0;
        c[0b0101] = 20;
        c[0b1001] = 6;
        c[0b0001] = 403;
        c[0b1110] = 3;
        c[0b0110] = 35;
        c[0b1010] = 10;
        c[0b0010] = 545;
        c[0b1100] = 11;
        c[0b0100] = 621;
        c[0b1000] = 205;
        return OverlapTable.ofCounts(CENTRES, c);
    }

    @Test
    void hivModelWithOneInteractionMatchesRcapture() {
        // given the HIV table and the model ~ . + c1:c2
        OverlapTable table = hiv();
        LogLinearModel model = new LogLinearModel(CENTRES, List.of(new LogLinearModel.Pair(0, 1)));

        // when
        ModelFit fit = LogLinearFitter.fit(table, model, 0.95);

        // then: "Mt interaction 1,2  12318.5  1188.7  7.614  9  86.65" and "12308  10266  14992.3"
        assertEquals(1896, table.observed());
        assertTrue(fit.estimable(), fit.reason());
        assertEquals(12318.5, fit.population(), 0.05);
        assertEquals(7.614, fit.deviance(), 0.0005);
        assertEquals(9, fit.df());
        assertEquals(86.65, fit.aic(), 0.005);
        assertEquals(12308, 1896 + fit.multinomialEstimate(), 0.5);
        assertEquals(10266, 1896 + fit.low(), 0.5);
        assertEquals(14992.3, 1896 + fit.high(), 0.1);
    }

    @Test
    void hivModelWithAllPairwiseInteractionsMatchesRcapture() {
        // given the HIV table and the model ~ (c1+c2+c3+c4)^2
        OverlapTable table = hiv();
        LogLinearModel model = new LogLinearModel(CENTRES, LogLinearModel.allPairs(4));

        // when
        ModelFit fit = LogLinearFitter.fit(table, model, 0.95);

        // then: "Mt double interaction  23443.5  9594.9  3.037  4  92.073" and "23269.8  10027.6  50046.3"
        assertTrue(fit.estimable(), fit.reason());
        assertEquals(23443.5, fit.population(), 0.05);
        assertEquals(3.037, fit.deviance(), 0.0005);
        assertEquals(4, fit.df());
        assertEquals(92.073, fit.aic(), 0.0005);
        assertEquals(23269.8, 1896 + fit.multinomialEstimate(), 0.1);
        assertEquals(10027.6, 1896 + fit.low(), 0.1);
        assertEquals(50046.3, 1896 + fit.high(), 0.1);
    }
}
