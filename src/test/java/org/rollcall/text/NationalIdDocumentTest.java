package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollcall.domain.IdFormat;

/** ID numbers that are not Venezuelan cédulas, read under a source's {@code id-format: any}. */
class NationalIdDocumentTest {

    private static NationalId any(String written) {
        return NationalId.parse(written, IdFormat.ANY).orElseThrow(() -> new AssertionError("not read: " + written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "001-230481-4373B;0012304814373B;001-230481-4373B",
            "0012304814373B;0012304814373B;0012304814373B",
            "Identidad 001-230481-4373B;0012304814373B;001-230481-4373B",
            "cédula 001 230481 4373b;0012304814373B;001 230481 4373b",
            "0801-1990-12345;801199012345;0801-1990-12345",
            "801199012345.0;801199012345;801199012345.0",
            "Pasaporte C01234567;C01234567;C01234567",
            "Pasaporte No. C01234567;C01234567;C01234567",
            "DNI: 12.345.678-Z;12345678Z;12.345.678-Z",
            "No. 0801/1990/12345;801199012345;0801/1990/12345",
            "ID A1234;A1234;A1234",
            "4567890 LP;4567890;4567890 LP",
            "C.I. 4567890-L.P.;4567890;4567890-L.P.",
            "4567890 Cbba.;4567890;4567890 Cbba.",
            "4567890LP;4567890;4567890LP",
            "4567890-1B;45678901B;4567890-1B",
            "2321536-1F LP;23215361F;2321536-1F LP",
            "11951265-1A-LP;119512651A;11951265-1A-LP",
            "001 230481 4373 B;0012304814373B;001 230481 4373 B"})
    void readsEveryWrittenFormOfADocumentNumberUnderAny(String written, String key, String shown) {
        // given a source whose IDs are any document's
        // when the cell is read
        NationalId id = any(written);
        // then its key has no label, separators or lower case, and it is shown as written
        assertThat(id.isDocument()).isTrue();
        assertThat(id.digits()).isEqualTo(key);
        assertThat(id.toString()).isEqualTo(shown);
        assertThat(id.letter()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"001-230481-4373B", "0801-1990-12345", "Pasaporte C01234567", "0012304814373B"})
    void aDocumentNumberIsNotReadUnderVenezuelanAndSaysSo(String written) {
        assertThat(NationalId.parse(written, IdFormat.VENEZUELAN)).isEmpty();
        assertThat(NationalId.parse(written)).isEmpty();
        assertThat(NationalId.problem(written, IdFormat.VENEZUELAN, Messages.of("en"))).contains("not a cédula");
        assertThat(NationalId.problem(written, IdFormat.ANY, Messages.of("en"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"V-12.345.678", "12345678", "E-1234567", "C.I. V-12.345.678", "12345678.0", "v - 12 345 678"})
    void aVenezuelanCedulaIsReadAlikeUnderEitherFormat(String written) {
        NationalId venezuelan = NationalId.parse(written).orElseThrow();
        NationalId any = any(written);
        assertThat(any).isEqualTo(venezuelan);
        assertThat(any.isDocument()).isFalse();
        assertThat(any.toString()).isEqualTo(venezuelan.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "S/C", "no posee", "N/A", "1234", "A-12", "12/05/1990", "3-4-88", "SIN DOC 12345", "Exp. 123456",
            "en trámite", "C.I. no indicada", "ABCDEFG", "12345 (ver nota)"})
    void textThatIsNoDocumentNumberIsNotReadUnderAny(String written) {
        assertThat(NationalId.parse(written, IdFormat.ANY)).isEmpty();
    }

    @Test
    void explainsUnderAnyWhyATextIsNoNumberButNotWhyABlankOrANoneIs() {
        Messages en = Messages.of("en");
        assertThat(NationalId.problem("1234", IdFormat.ANY, en)).contains("'1234'").contains("4 digits");
        assertThat(NationalId.problem("", IdFormat.ANY, en)).isNull();
        assertThat(NationalId.problem("S/C", IdFormat.ANY, en)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "001-230481-4373B,0012304814373B,equal",
            "0801-1990-12345,0801199012345,equal",
            "801199012345,0801-1990-12345,equal",
            "Pasaporte C01234567,c 01234567,equal",
            "001-230481-4373B,001-230481-4373C,near",
            "001-230481-4373B,001-230481-4337B,near",
            "0801-1990-12345,0801-1990-12354,near",
            "281-231202-2375U,281-231202-2376Z,different",
            "001-150385-0012K,281-070667-9176N,different",
            "C01234567,C01234567X,different",
            "4567890 LP,4567890,equal",
            "4567890 LP,4567890 L.P.,equal",
            "4567890 PD,4567890 CB,equal",
            "4567890-1B,4567890 LP,different",
            "4567890-1B,4567890,different",
            "2321536-1F LP,2321536-1F,equal",
            "1202492-1G CB,1202492-1G,equal"})
    void documentNumbersCompareInBothArgumentOrders(String a, String b, String expected) {
        // given two document numbers
        NationalId x = any(a);
        NationalId y = any(b);
        // when compared either way, then the answer is the same
        for (NationalId[] pair : new NationalId[][] {{x, y}, {y, x}}) {
            boolean equal = pair[0].digits().equals(pair[1].digits());
            assertThat(equal).as("%s = %s", pair[0], pair[1]).isEqualTo(expected.equals("equal"));
            assertThat(!equal && pair[0].nearlyEquals(pair[1])).as("%s ~ %s", pair[0], pair[1]).isEqualTo(expected.equals("near"));
        }
    }

    @Test
    void twoDocumentNumbersOneApartAreConsecutiveInEitherOrderAndASwapIsATransposition() {
        NationalId a = any("0801-1990-12345");
        NationalId next = any("0801-1990-12346");
        NationalId swapped = any("0801-1990-12354");
        assertThat(a.consecutiveTo(next)).isTrue();
        assertThat(next.consecutiveTo(a)).isTrue();
        assertThat(a.consecutiveTo(swapped)).isFalse();
        assertThat(swapped.consecutiveTo(a)).isFalse();
        assertThat(a.transposedFrom(swapped)).isTrue();
        assertThat(swapped.transposedFrom(a)).isTrue();
        assertThat(a.transposedFrom(next)).isFalse();
        assertThat(next.transposedFrom(a)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10327271F CB", "10327271 F CB", "10327271FCB", "10327271-F.C.B.", "4567890 LP", "4567890-1B", "4567890-1B LP",
            "001-230481-4373B", "0012304814373 B", "12.345.678-Z", "C01234567", "AB 123456 CD", "0801-1990-12345", "12345 ABCDE"})
    void aKeyReadAgainIsItself(String written) {
        // a number is stored by its key and read back from it: the key of a key is the key
        NationalId.parse(written, IdFormat.ANY).ifPresent(id -> assertThat(NationalId.parse(id.digits(), IdFormat.ANY))
                .hasValueSatisfying(again -> assertThat(again.digits()).isEqualTo(id.digits())));
        assertThat(NationalId.parse("10327271F CB", IdFormat.ANY)).hasValueSatisfying(id -> assertThat(id.digits()).isEqualTo("10327271F"));
    }

    @Test
    void aNumberWithItsIssuingDepartmentIsTheNumberACedulaReadsWithoutIt() {
        // given a Bolivian list writing the department after the number, and a communiqué without it
        NationalId withPlace = any("9752461 PD");
        NationalId without = any("9752461");
        // then they are one number, in either order, and the department is still shown as written
        assertThat(withPlace.digits()).isEqualTo(without.digits());
        assertThat(without.digits()).isEqualTo(withPlace.digits());
        assertThat(withPlace.toString()).isEqualTo("9752461 PD");
        // and a word after the number is no department
        assertThat(NationalId.parse("4567890 Santa Cruz", IdFormat.ANY)).isEmpty();
    }

    @Test
    void aCedulaAndADocumentNumberAreComparedWithoutFailingInEitherOrder() {
        NationalId cedula = NationalId.parse("V-12345678").orElseThrow();
        NationalId document = any("C01234567");
        assertThat(cedula.nearlyEquals(document)).isFalse();
        assertThat(document.nearlyEquals(cedula)).isFalse();
        assertThat(cedula.consecutiveTo(document)).isFalse();
        assertThat(document.consecutiveTo(cedula)).isFalse();
    }
}
