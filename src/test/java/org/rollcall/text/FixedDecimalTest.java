package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fixed decimals are written exactly as String.format writes them, ties, signs and zeros included. */
class FixedDecimalTest {

    @Test
    void givenTiesSignsZerosAndSpecialValuesWhenFormattedThenTheTextIsTheFormattersOwn() {
        double[] values = {0, -0.0, 0.0005, -0.0005, 0.0015, 0.0025, 1.0005, 2.675, 2.4995, -2.4995, 0.1, 0.7, 1e-9, -1e-9, 0.9999995, 0.0000005,
            -0.0000004, 12345.6785, 999.9995, 1e11, -1e11, 1e15, 1e300, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 13.287712379549449, -4.321928094887363, 0.5, 1.5, 2.5, -0.5};
        for (double v : values) {
            for (int places = 0; places <= 8; places++) {
                assertThat(FixedDecimal.format(v, places)).as("%s with %d places", v, places).isEqualTo(reference(v, places));
            }
        }
    }

    @Test
    void givenMillionsOfRandomWeightsAndProbabilitiesWhenFormattedThenEveryTextIsTheFormattersOwn() {
        Random random = new Random(2026);
        for (int i = 0; i < 1_000_000; i++) {
            double v = switch (i % 5) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextDouble() - 0.5) * 80;
                case 2 -> Math.round(random.nextDouble() * 2_000_000) / 1000.0 + (random.nextBoolean() ? 0.0005 : -0.0005);
                case 3 -> Math.round(random.nextDouble() * 2_000_000_000L) / 1_000_000.0 + 0.0000005;
                default -> Double.longBitsToDouble(random.nextLong());
            };
            int places = i % 2 == 0 ? 3 : 6;
            String got = FixedDecimal.format(v, places);
            if (!got.equals(reference(v, places))) {
                assertThat(got).as("%s with %d places", v, places).isEqualTo(reference(v, places));
            }
        }
    }

    private static String reference(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }
}
