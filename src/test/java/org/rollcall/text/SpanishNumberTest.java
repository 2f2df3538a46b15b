package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishNumberTest {

    @ParameterizedTest
    @CsvSource({"TRESCIENTOS SETENTA Y NUEVE,379", "cien,100", "ciento uno,101", "veintiún,21", "mil doscientos,1200",
            "dos mil trescientos cuarenta y cinco,2345", "seiscientos cincuenta,650", "un millón doscientos mil,1200000",
            "quinientas,500", "cero,0"})
    void readsNumbersWrittenInWords(String words, long value) {
        assertThat(SpanishNumber.parse(words)).hasValue(value);
    }

    @ParameterizedTest
    @CsvSource({"trescientos presos", "y", "''"})
    void refusesTextThatIsNotOnlyANumber(String words) {
        assertThat(SpanishNumber.parse(words)).isEmpty();
    }
}
