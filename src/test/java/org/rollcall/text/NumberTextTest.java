package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as volunteers write them in an age or sentence column. */
class NumberTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"70|70", "70 años|70", " 73 AÑOS |73", "70,5|70.5", "7.5 años|7.5", "8 a.|8", "0|0", "70 years|70", "8 yrs|8"})
    void aNumberWithOrWithoutItsUnitIsRead(String text, String expected) {
        assertThat(NumberText.read(text)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"setenta", "1.500", "1,500", "8 años y 6 meses", "70-75", "aprox. 70", "", "  ", "n/d", "-3", "12 meses", "18 meses", "90 días"})
    void aTextThatIsNotOneNumberIsNone(String text) {
        assertThat(NumberText.read(text)).isEmpty();
    }
}
