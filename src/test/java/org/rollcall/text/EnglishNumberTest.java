package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishNumberTest {

    @ParameterizedTest
    @CsvSource({"three hundred and seventy-nine,379", "Three Hundred Seventy Nine,379", "six hundred fifty,650", "twelve,12",
            "one thousand two hundred,1200", "two million,2000000", "ninety-nine,99"})
    void readsNumbersWrittenInWords(String words, long value) {
        assertThat(EnglishNumber.parse(words)).hasValue(value);
    }

    @ParameterizedTest
    @CsvSource({"three hundred prisoners", "and", "''"})
    void refusesTextThatIsNotOnlyANumber(String words) {
        assertThat(EnglishNumber.parse(words)).isEmpty();
    }
}
