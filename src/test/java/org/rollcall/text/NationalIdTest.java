package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NationalIdTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "V-12.345.678;V-12345678", "v12345678;V-12345678", "12345678;12345678", "12.345.678;12345678",
            "E-1234567;E-1234567", "C.I. V-12.345.678;V-12345678", "CI: 12345678;12345678", "12345678.0;12345678",
            "v - 12 345 678;V-12345678", "V-123456;V-123456", "C.I. N° V-12345678;V-12345678"})
    void readsEveryWrittenFormOfACedula(String written, String canonical) {
        assertThat(NationalId.parse(written)).hasValueSatisfying(id -> assertThat(id.toString()).isEqualTo(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "S/C", "no posee", "12345", "123456789", "V-", "pendiente", "X-12345678"})
    void rejectsTextThatIsNotACedula(String written) {
        assertThat(NationalId.parse(written)).isEmpty();
    }

    @Test
    void explainsWhyATextIsNotACedulaButNotWhyABlankIs() {
        assertThat(NationalId.problem("12.345")).contains("'12.345'").contains("6 to 8 digits");
        assertThat(NationalId.problem("V-1234567890")).contains("6 to 8 digits");
        assertThat(NationalId.problem("")).isNull();
        assertThat(NationalId.problem("V-12345678")).isNull();
    }

    @Test
    void letterDoesNotChangeWhoTheNumberIs() {
        NationalId withLetter = NationalId.parse("V-12345678").orElseThrow();
        NationalId bare = NationalId.parse("12345678").orElseThrow();
        assertThat(withLetter.digits()).isEqualTo(bare.digits());
    }

    @ParameterizedTest
    @CsvSource({"12345678,12345687,true", "12345678,12345679,true", "12345678,21345678,true", "12345678,12345678,false",
            "12345678,87654321,false", "12345678,1234567,false", "12345678,12354687,false"})
    void oneTypoApartInBothArgumentOrders(String a, String b, boolean near) {
        NationalId x = NationalId.parse(a).orElseThrow();
        NationalId y = NationalId.parse(b).orElseThrow();
        assertThat(x.nearlyEquals(y)).isEqualTo(near);
        assertThat(y.nearlyEquals(x)).isEqualTo(near);
    }

    @Test
    void twoNeighbouringDigitsSwappedAreATranspositionInEitherOrderAndConsecutiveNumbersAreNot() {
        NationalId a = NationalId.parse("V-22.079.542").orElseThrow();
        NationalId swapped = NationalId.parse("22079452").orElseThrow();
        NationalId next = NationalId.parse("22079543").orElseThrow();
        assertThat(a.transposedFrom(swapped)).isTrue();
        assertThat(swapped.transposedFrom(a)).isTrue();
        assertThat(a.transposedFrom(next)).isFalse();
        assertThat(next.transposedFrom(a)).isFalse();
        assertThat(a.transposedFrom(a)).isFalse();
        assertThat(a.nearlyEquals(swapped)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"20550322,02550322,true", "20550322,2550322,true", "30550322,03550322,true", "20550322,3550322,false", "20550322,2550323,false",
            "2055032,205503,false", "10234567,1234567,true", "20550322,20550322,false", "12345678,1234567,false"})
    void aSwapThatPutsAZeroFirstIsATranspositionThoughTheZeroIsDroppedInBothArgumentOrders(String a, String b, boolean swapped) {
        NationalId x = NationalId.parse(a).orElseThrow();
        NationalId y = NationalId.parse(b).orElseThrow();
        assertThat(x.transposedFrom(y)).isEqualTo(swapped);
        assertThat(y.transposedFrom(x)).isEqualTo(swapped);
        assertThat(x.nearlyEquals(y)).isEqualTo(swapped);
        assertThat(y.nearlyEquals(x)).isEqualTo(swapped);
    }

    @Test
    void numbersOneApartAreConsecutiveInEitherOrderWithTheLetterWrittenOrNot() {
        NationalId a = NationalId.parse("V-11.063.420").orElseThrow();
        NationalId b = NationalId.parse("11063421").orElseThrow();
        assertThat(a.consecutiveTo(b)).isTrue();
        assertThat(b.consecutiveTo(a)).isTrue();
        NationalId foreign = NationalId.parse("E-11063421").orElseThrow();
        assertThat(a.consecutiveTo(foreign)).as("V and E are different series").isFalse();
        assertThat(foreign.consecutiveTo(a)).isFalse();
        NationalId typo = NationalId.parse("11063520").orElseThrow();
        assertThat(a.consecutiveTo(typo)).isFalse();
        assertThat(typo.consecutiveTo(a)).isFalse();
    }

    @Test
    void aCellWithSeveralCedulasGivesEachOnceAndOneCedulaGivesNone() {
        assertThat(NationalId.several("V-22.100.200 y V-22.300.400")).extracting(NationalId::digits).containsExactly("22100200", "22300400");
        assertThat(NationalId.several("V-1234567 / E-7654321; 9876543")).hasSize(3);
        assertThat(NationalId.several("V-12.345.678")).isEmpty();
        assertThat(NationalId.several("V-12.345.678 / V-12345678")).as("the same number twice is one").isEmpty();
        assertThat(NationalId.several("S/C")).isEmpty();
        assertThat(NationalId.several(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"S/C", "s/c", "S/N", "SC", "Sin cédula", "sin CI", "No posee", "no tiene", "No indicada", "N/A", "n/d", "—", "-",
        "?", "Desconocida", "indocumentado", "pendiente", "0"})
    void aTextSayingThereIsNoCedulaIsAMissingValueNotAProblem(String written) {
        assertThat(NationalId.parse(written)).isEmpty();
        assertThat(NationalId.saysNone(written)).isTrue();
        assertThat(NationalId.problem(written)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "V-123", "X-12345678", "cédula 12", "Caracas"})
    void aTextThatIsNeitherACedulaNorSaysThereIsNoneIsAProblem(String written) {
        assertThat(NationalId.saysNone(written)).isFalse();
        assertThat(NationalId.problem(written)).isNotNull();
    }

    @Test
    void aNationalityLetterWrittenTwiceIsOneCedulaAndTwoCedulasAfterItAreSeveral() {
        assertThat(NationalId.parse("V V-16.000.111")).contains(NationalId.parse("V-16000111").orElseThrow());
        assertThat(NationalId.parse("E E-84.111.222")).contains(NationalId.parse("E-84111222").orElseThrow());
        assertThat(NationalId.parse("V E-84.111.222")).isEmpty();
        assertThat(NationalId.several("V V-22.100.200 y V-22.300.400")).hasSize(2);
    }

    @Test
    void aNationalityLetterWithNoNumberOrWithNoPoseeIsNoCedulaNotAnInvalidOne() {
        for (String written : new String[] {"V", "V-", "E", "V no posee", "v  S/C", "E no tiene"}) {
            assertThat(NationalId.parse(written)).as(written).isEmpty();
            assertThat(NationalId.problem(written)).as(written).isNull();
        }
        assertThat(NationalId.problem("V 123")).isNotNull();
    }

    @Test
    void aDecimalCellAfterTheLetterIsItsWholeNumberButADottedNumberIsNotCut() {
        assertThat(NationalId.parse("12345682.0")).contains(new NationalId(null, "12345682"));
        assertThat(NationalId.parse("V 12345682.0")).contains(new NationalId('V', "12345682"));
        assertThat(NationalId.parse("V-1.234.000")).contains(new NationalId('V', "1234000"));
    }
}
