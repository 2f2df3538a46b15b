package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CsvCells renders every cell as the reports' Commons CSV format prints it. */
class CsvCellsTest {

    /** Characters that decide quoting (the ends, the delimiter, quotes, line ends, control characters) and ordinary ones. */
    private static final char[] ALPHABET = {'a', 'Z', '0', '9', ',', '"', '\n', '\r', ' ', '\t', '#', '$', '!', '\u0000', '\u001f', '\'',
        '=', '-', '+', '@', ';', 'é', 'Ñ', '\u00A0', '\uD83D', '\uDE42', '\\', '.', '|'};

    @Test
    void everyCellOfEveryShapeIsRenderedAsTheFormatPrintsIt() throws IOException {
        // given every text of up to three characters from an alphabet of the characters that decide quoting, and random longer ones
        List<String> texts = new ArrayList<>();
        texts.add(null);
        texts.add("");
        for (char a : ALPHABET) {
            texts.add(String.valueOf(a));
            for (char b : ALPHABET) {
                texts.add("" + a + b);
                for (char c : ALPHABET) {
                    texts.add("" + a + b + c);
                }
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                t.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            texts.add(t.toString());
        }

        for (String text : texts) {
            // when each is rendered first in its record and after another cell
            for (boolean first : new boolean[] {true, false}) {
                StringBuilder ours = new StringBuilder();
                CsvCells.append(ours, text, first);
                StringBuilder theirs = new StringBuilder();
                CsvFile.FORMAT.print(text, theirs, first);

                // then the characters are the format's
                assertThat(ours.toString()).as("cell [%s], first %s", text, first).isEqualTo(theirs.toString());
            }
        }
    }

    @Test
    void aRecordEndsWithTheFormatsRecordSeparator() throws IOException {
        // given a record with an empty first cell, a missing cell and a quoted one
        String[] cells = {"", null, "a \"b\", c", "plain"};

        // when
        StringBuilder ours = new StringBuilder();
        CsvCells.record(ours, cells);
        StringBuilder theirs = new StringBuilder();
        CsvFile.FORMAT.printRecord(theirs, (Object[]) cells);

        // then
        assertThat(ours.toString()).isEqualTo(theirs.toString());
    }
}
