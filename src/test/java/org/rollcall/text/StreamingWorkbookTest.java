package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The workbook's sheets write every text exactly as POI's own sheet writer does. */
class StreamingWorkbookTest {

    /** POI's own escaping, called through a subclass (the method is protected). */
    private static final class PoiWriter extends SheetDataWriter {
        PoiWriter(Writer out) throws IOException {
            super(out);
        }

        void escaped(String s) throws IOException {
            outputEscapedString(s);
            _out.flush();
        }
    }

    private static String poi(String s) throws IOException {
        StringWriter out = new StringWriter();
        new PoiWriter(out).escaped(s);
        return out.toString();
    }

    private static String ours(String s) throws IOException {
        StringWriter out = new StringWriter();
        StreamingWorkbook.escape(s, out);
        return out.toString();
    }

    @Test
    void givenMarkupControlCharactersAndNonBmpTextWhenEscapedThenTheTextIsPoisOwn() throws IOException {
        String[] texts = {"", "PÉREZ, JUAN", "a < b > c & \"d\"", "línea\nsiguiente\r\tfin", "no\u00A0break", "bell\u0007 nul\u0000",
            "\uFFFE\uFFFF\uFFFD", "emoji \uD83D\uDE00 ok", "lone \uD800 high", "lone \uDC00 low", "&&&", "<", "ends with &"};
        for (String s : texts) {
            assertThat(ours(s)).as(s).isEqualTo(poi(s));
        }
    }

    @Test
    void givenRandomTextsFromEveryCharacterRangeWhenEscapedThenEveryTextIsPoisOwn() throws IOException {
        Random random = new Random(2026);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append(switch (random.nextInt(4)) {
                    case 0 -> (char) random.nextInt(128);
                    case 1 -> (char) (0xA0 + random.nextInt(0x200));
                    case 2 -> (char) (0xD7F0 + random.nextInt(0x40));
                    default -> (char) random.nextInt(0x10000);
                });
            }
            assertThat(ours(s.toString())).isEqualTo(poi(s.toString()));
        }
    }
}
