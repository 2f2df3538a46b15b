package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

class SectionHeadingRowsTest {

    @TempDir
    Path dir;

    private IngestSink read(String text) throws Exception {
        Path file = dir.resolve("ngo.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        IngestSink sink = new IngestSink(Sources.ngoCsv());
        new CsvReader().read(sink.source(), file, "ngo.csv", sink);
        return sink;
    }

    @Test
    void aStateOrRegionAloneOnARowIsAHeadingNotAPerson() throws Exception {
        // given an NGO list grouped by state, each group under a row holding only its heading
        String text = """
                Nº,Nombre,Cédula
                ,ESTADO ZULIA,
                1,"QUERALES PIÑANGO, Luis",V-21000001
                ,Región Capital,
                2,"SALAZAR LUGO, Iván",V-21000003
                ,MIRANDA,
                3,"APONTE VIELMA, Julio",V-21000004
                ,Nueva Esparta:,
                4,"YÉPEZ NIEVES, Omar",V-21000002
                """;
        // when it is read
        IngestSink sink = read(text);
        // then the four headings are ignored lines of kind heading, and the four people are records
        assertThat(sink.records()).hasSize(4);
        assertThat(sink.rejected()).isEmpty();
        SourceAccount a = sink.account("ngo.csv");
        assertThat(a.ignored()).containsEntry("heading", 4);
        assertThat(a.balanced()).isTrue();
    }

    @Test
    void aPersonWithOneNameAndAnythingElseOnTheRowStaysAPerson() throws Exception {
        // given rows whose only name is a place's name, but which hold a cédula or a number, and a lone surname that names no place
        String text = """
                Nº,Nombre,Cédula
                1,MIRANDA,
                ,LARA,V-21000005
                ,PÉREZ,
                """;
        // when it is read
        IngestSink sink = read(text);
        // then none is a heading: each is read as before
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("MIRANDA", "LARA", "PÉREZ");
        assertThat(sink.account("ngo.csv").ignored()).doesNotContainKey("heading");
    }

    @Test
    void theHeadingRuleNeedsOneCellOfKnownHeadingWordsAndNoDigit() {
        assertThat(SectionHeadings.isHeading(Arrays.asList(null, "ESTADO ZULIA", null, ""))).isTrue();
        assertThat(SectionHeadings.isHeading(Arrays.asList("", "", "Mérida"))).isTrue();
        assertThat(SectionHeadings.isHeading(Arrays.asList("Estado Lara (3)", null))).isFalse();
        assertThat(SectionHeadings.isHeading(Arrays.asList("MIRANDA", "V"))).isFalse();
        assertThat(SectionHeadings.isHeading(Arrays.asList("José Miranda", null))).isFalse();
        assertThat(SectionHeadings.isHeading(Arrays.asList(null, null))).isFalse();
    }
}
