package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

/** A numbered list longer than any sample: every entry becomes a record, whatever the number's length. */
class CommuniqueLongListTest {

    @Test
    void aListOfMoreThan99999EntriesKeepsEveryEntry(@TempDir Path dir) throws Exception {
        // given a communiqué numbering 100,007 names (generated here: too big to keep as a file)
        int entries = 100_007;
        StringBuilder text = new StringBuilder("Se otorga el beneficio de amnistía a los ciudadanos siguientes:\n\n");
        for (int i = 1; i <= entries; i++) {
            text.append(i).append(". ").append(letters(i)).append(" PÉREZ, C.I. V-").append(10_000_000 + i).append('\n');
        }
        Path file = dir.resolve("long.txt");
        Files.writeString(file, text);
        IngestSink sink = new IngestSink(Sources.communique());
        // when
        new CommuniqueReader().read(sink.source(), file, "long.txt", sink);
        // then
        assertThat(sink.records()).hasSize(entries);
        SourceRecord last = sink.records().get(entries - 1);
        assertThat(last.recordRef()).isEqualTo("100007");
        assertThat(last.value(Field.ID_NUMBER)).isEqualTo("V-10100007");
        assertThat(sink.records().get(99_999).recordRef()).as("the first entry past five digits").isEqualTo("100000");
        assertThat(last.value(Field.FULL_NAME)).isEqualTo(letters(entries) + " PÉREZ");
        assertThat(sink.claims()).noneMatch(c -> "list-numbering".equals(c.subject()));
    }

    /** A made-up given name spelling the number in letters (a digit in a name would read as a cédula). */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = n; k > 0; k /= 26) {
            s.append((char) ('A' + k % 26));
        }
        return s.toString();
    }
}
