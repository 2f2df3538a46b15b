package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The shortcuts a long list is read with answer as the patterns they stand for. */
class NumberedListsTest {

    private static final String[] PIECES = {"V-", "E ", "C.I. ", "cédula: ", "ID no. ", "12.345.678", "1.234.567", "123.456", "12345", "123456",
        "12345678", "1234567890", "7", "JOSÉ PÉREZ", " ", ",", "\n", "\r", "\u2028", "\u0085", "S/N", "٣", "(", ")", "-", "ve", "c", "i",
        "X", "_", "Cédula de identidad N° ", "ID number: ", "Nº", "é", "vE", "CI", "n°.", "\t", "de "};

    @Test
    void aCedulaIsFoundWhereAndAsThePatternFindsIt() {
        for (String text : texts()) {
            // when
            Matcher ours = NumberedLists.findId(text);
            Matcher pattern = NumberedLists.ID.matcher(text);

            // then
            if (pattern.find()) {
                assertThat(ours).as(text).isNotNull();
                assertThat(ours.start()).as(text).isEqualTo(pattern.start());
                assertThat(ours.group()).as(text).isEqualTo(pattern.group());
            } else {
                assertThat(ours).as(text).isNull();
            }
            assertThat(NumberedLists.hasId(text)).as(text).isEqualTo(NumberedLists.ID.matcher(text).find());
        }
    }

    @Test
    void aDigitOnOneLineIsWhatTheRegexOfAnyTextWithADigitMatches() {
        for (String text : texts()) {
            assertThat(NumberedLists.digitOnOneLine(text)).as(text).isEqualTo(text.matches(".*\\d.*"));
        }
    }

    private static List<String> texts() {
        List<String> out = new ArrayList<>(List.of("", "a", "1", "123456", "12345", "V-12.345.678", "V-1.234.56", "x\n1", "1\r", "\u20281"));
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                t.append(PIECES[random.nextInt(PIECES.length)]);
            }
            out.add(t.toString());
        }
        return out;
    }
}
