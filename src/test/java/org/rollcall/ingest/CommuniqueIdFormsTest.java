package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

/** The ways a communiqué writes a cédula after a name: none of the label stays in the name. */
class CommuniqueIdFormsTest {

    @TempDir
    Path dir;

    @Test
    void aCedulaWrittenCiDotVDotDigitsLeavesTheNameClean() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "Se otorga la amnistía a DOS (2) ciudadanas:\n1. MARCANO TOVAR ROSA CI. V.12.345.674\n"
                + "2. BASTIDAS RIVAS CARMEN E. 12.345.675\n");
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), dir.resolve("c.txt"), "c.txt", sink);
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).first().isEqualTo("MARCANO TOVAR ROSA");
        assertThat(sink.records().get(0).value(Field.ID_NUMBER)).containsIgnoringCase("V").contains("12.345.674");
        // an initial followed by a space is a name's, not a nationality letter
        assertThat(sink.records().get(1).value(Field.FULL_NAME)).isEqualTo("BASTIDAS RIVAS CARMEN E.");
    }
}
