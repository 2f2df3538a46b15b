package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rollcall.domain.IdFormat;

/** Where {@link DocumentIds} starts searching an entry: never after a number it would have found from the start. */
class DocumentIdsTest {

    @Test
    void aTextWithFewerThanSixDigitsHasNoNumberToTakeWhole() {
        // given an entry whose only number is short
        String text = "ANA PÉREZ, expediente 12-345";
        // when the search's first start is asked, then there is none, and nothing is found under either format
        assertThat(DocumentIds.firstStart(text)).isEqualTo(-1);
        assertThat(DocumentIds.find(text, NumberedLists.findId(text), IdFormat.VENEZUELAN)).isNull();
        assertThat(DocumentIds.find(text, NumberedLists.findId(text), IdFormat.ANY)).isNull();
    }

    @Test
    void theSearchStartsAtTheLabelBeforeTheFirstDigitHoweverWidelySpaced() {
        // given a label written with spaces and marks between its letters, after a name
        String text = "ANA PÉREZ,  C . I .   N° :  001-230481-4373B";
        // when the first start is asked, then it is the label's first letter's run: after the comma
        assertThat(DocumentIds.firstStart(text)).isEqualTo(text.indexOf(',') + 1);
    }

    @ParameterizedTest
    @EnumSource(IdFormat.class)
    void aLabelledNumberFarAfterTheNameIsFoundWholeWithItsLabel(IdFormat format) {
        // given labels spaced widely, and a passport number opening with letters
        String cedulaLabel = "MARÍA JOSÉ AGUILAR,  C . I .   N° :  001-230481-4373B";
        String passport = "RUTH TZUL CAAL, Pasaporte No. AB1234567";
        // when each is searched
        DocumentIds.Found first = DocumentIds.find(cedulaLabel, NumberedLists.findId(cedulaLabel), format);
        DocumentIds.Found second = DocumentIds.find(passport, NumberedLists.findId(passport), format);
        // then the whole number is found, its label included in what is taken out of the name
        assertThat(first.value()).isEqualTo("001-230481-4373B");
        assertThat(DocumentIds.nameBefore(cedulaLabel, first)).isEqualTo("MARÍA JOSÉ AGUILAR,");
        assertThat(second.value()).isEqualTo("AB1234567");
        assertThat(DocumentIds.nameBefore(passport, second)).isEqualTo("RUTH TZUL CAAL,");
    }

    @Test
    void aCedulaAloneAfterTheNameIsNoNumberToTakeWhole() {
        // given the common entry: a name, then its cédula
        String text = "JESUS FEMELLOUZ MECECEILLA, C.I. V-12658509";
        // when searched under Venezuelan, then nothing is taken whole: the cédula is the entry's ID
        assertThat(DocumentIds.find(text, NumberedLists.findId(text), IdFormat.VENEZUELAN)).isNull();
    }
}
