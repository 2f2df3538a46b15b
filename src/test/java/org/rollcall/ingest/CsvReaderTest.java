package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;
import org.rollcall.domain.Problem;

class CsvReaderTest {

    @TempDir
    Path dir;

    private static final String CSV = """
            Expediente,Tribunal,Imputado,Cédula,Decisión
            AP-1,"Tribunal 1°, Caracas","Pérez González, José",V-12345678,Amnistía otorgada
            AP-1,Tribunal 1°,"Rodríguez, María",,Amnistía otorgada
            AP-2,Tribunal 2°,Caracas,"López, Juan",V-1234567,En revisión
            AP-3,Tribunal 3°,,,Amnistía negada
            AP-4,Tribunal 4°,"Díaz, Ana",V-7654321,Amnistía otorgada
            """;

    private IngestSink read(String text, Charset charset, String encoding, boolean bom) throws Exception {
        Path file = dir.resolve("courts.csv");
        byte[] body = text.getBytes(charset);
        if (bom) {
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            body = withBom;
        }
        Files.write(file, body);
        IngestSink sink = new IngestSink(Sources.courtsCsv(encoding, null));
        new CsvReader().read(sink.source(), file, "courts.csv", sink);
        return sink;
    }

    @Test
    void readsQuotedFieldsAndNumbersDefendantsOfACase() throws Exception {
        IngestSink sink = read(CSV, StandardCharsets.UTF_8, null, false);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("AP-1#1", "AP-1#2", "AP-4#1");
        assertThat(sink.records().get(0).value(Field.FULL_NAME)).isEqualTo("Pérez González, José");
        assertThat(sink.records().get(0).row()).isEqualTo(2);
    }

    @Test
    void aTitleAndNotesAboveTheHeaderAreFoundAndIgnoredWithoutHeaderRow() throws Exception {
        // given a CSV exported with a title, a note and a blank line above its header, and no header-row in the job file
        String text = "REGISTRO DE DECISIONES JUDICIALES\nActualizado al 20-11-2026; uso interno\n\n"
                + "Expediente,Tribunal,Imputado,Cédula,Decisión\nAP-9,Tribunal 9°,\"Mora, Ana\",V-7654321,Amnistía otorgada\n";
        IngestSink sink = read(text, StandardCharsets.UTF_8, null, false);
        // then the header is found on line 4, the lines above it are ignored, and the row is read
        assertThat(sink.records()).singleElement().satisfies(r -> {
            assertThat(r.recordRef()).isEqualTo("AP-9#1");
            assertThat(r.row()).isEqualTo(5);
        });
        assertThat(sink.rejected()).isEmpty();
        SourceAccount a = sink.account("courts.csv");
        assertThat(a.read()).isEqualTo(5);
        assertThat(a.records() + a.rejected() + a.ignoredTotal()).isEqualTo(a.read());
        assertThat(new CsvReader().header(sink.source(), dir.resolve("courts.csv"))).contains("Imputado");
    }

    @Test
    void aWholeFileLostIsAFileProblemNotARow() throws Exception {
        IngestSink sink = read("Expediente,Tribunal,Imputado,Cédula,Decisión\nAP-1,T,\"Pérez, José\",V-1,Amnistía otorgada\n",
                Charset.forName("windows-1252"), "UTF-8", false);
        assertThat(sink.rejected()).anySatisfy(r -> {
            assertThat(r.isWholeFile()).isTrue();
            assertThat(r.problem().kind()).isEqualTo(Problem.Kind.SOURCE_FILE);
            assertThat(r.problem().location()).isEqualTo("courts.csv");
        });
    }

    @Test
    void lineWithAFieldTooManyIsRejectedAndTheNextLineStillRead() throws Exception {
        IngestSink sink = read(CSV, StandardCharsets.UTF_8, null, false);
        assertThat(sink.rejected()).anySatisfy(r -> {
            assertThat(r.row()).isEqualTo(4);
            assertThat(r.reason()).contains("has 6 fields where the header has 5");
        });
        assertThat(sink.records()).anyMatch(r -> r.recordRef().equals("AP-4#1"));
    }

    @Test
    void rowWithoutDefendantOrIdIsRejected() throws Exception {
        IngestSink sink = read(CSV, StandardCharsets.UTF_8, null, false);
        assertThat(sink.rejected()).anySatisfy(r -> assertThat(r.reason()).contains("no name and no ID number"));
        assertThat(sink.rejected()).hasSize(2);
    }

    @Test
    void byteOrderMarkIsSkippedSoTheFirstColumnStillMaps() throws Exception {
        IngestSink sink = read(CSV, StandardCharsets.UTF_8, null, true);
        assertThat(sink.records()).hasSize(3);
    }

    @Test
    void windows1252FileReadsWhenItsEncodingIsDeclared() throws Exception {
        IngestSink sink = read(CSV, Charset.forName("windows-1252"), "windows-1252", false);
        assertThat(sink.records().get(0).value(Field.FULL_NAME)).isEqualTo("Pérez González, José");
    }

    @Test
    void windows1252FileDeclaredAsUtf8IsRejectedWithTheFixNotGarbled() throws Exception {
        IngestSink sink = read(CSV, Charset.forName("windows-1252"), "UTF-8", false);
        assertThat(sink.rejected()).anySatisfy(r -> assertThat(r.reason()).contains("encoding"));
        assertThat(sink.records()).noneMatch(r -> r.value(Field.FULL_NAME).contains("\uFFFD"));
    }

    @Test
    void headerWithoutAMappedColumnNamesItAndTheDelimiter() throws Exception {
        Path file = dir.resolve("semi.csv");
        Files.writeString(file, CSV.replace(',', ';'));
        IngestSink sink = new IngestSink(Sources.courtsCsv(null, null));
        assertThatThrownBy(() -> new CsvReader().read(sink.source(), file, "semi.csv", sink))
                .hasMessageContaining("Expediente").hasMessageContaining("delimiter");
    }

    @Test
    void aRowNamingTwoDefendantsWithTwoCedulasIsTwoRecordsEachWithItsCedulaNotOnePerson() throws Exception {
        // (until the trial of 2026-11-25 such a row was rejected: both people then showed as having no ruling)
        IngestSink sink = read("""
                Expediente,Tribunal,Imputado,Cédula,Decisión
                AP-1,T1,"JUAN PÉREZ y PEDRO GÓMEZ",V-22.100.200 y V-22.300.400,Amnistía otorgada
                AP-2,T2,"Díaz, Ana",V-7654321,Amnistía otorgada
                """, StandardCharsets.UTF_8, null, false);
        assertThat(sink.records()).extracting(r -> r.recordRef() + " " + r.value(Field.FULL_NAME) + " " + r.value(Field.ID_NUMBER))
                .containsExactly("AP-1#1 JUAN PÉREZ V-22.100.200", "AP-1#2 PEDRO GÓMEZ V-22.300.400", "AP-2#1 Díaz, Ana V-7654321");
        assertThat(sink.rejected()).isEmpty();
        SourceAccount a = sink.account("courts.csv");
        assertThat(a.read()).isEqualTo(a.records() - a.sharedRowRecords() + a.rejected() + a.ignoredTotal());
    }

    @Test
    void aWindows1252FileWithoutADeclaredEncodingReadsWhole() throws Exception {
        IngestSink sink = read(CSV, Charset.forName("windows-1252"), null, false);

        assertThat(sink.rejected()).noneMatch(r -> r.reason().contains("encoding"));
        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).containsExactly("Pérez González, José", "Rodríguez, María",
                "Díaz, Ana");
    }

    @Test
    void aUtf8FileWithOneBadLineKeepsUtf8AndRejectsThatLineOnly() throws Exception {
        byte[] good = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bad = "AP-5,Tribunal 5°,\"Mu\u00f1oz, Luis\",V-5555555,Amnist\u00eda otorgada\n".getBytes(Charset.forName("windows-1252"));
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        Path file = dir.resolve("mixed.csv");
        Files.write(file, both);
        IngestSink sink = new IngestSink(Sources.courtsCsv(null, null));

        new CsvReader().read(sink.source(), file, "mixed.csv", sink);

        assertThat(sink.records()).extracting(r -> r.value(Field.FULL_NAME)).contains("Pérez González, José").doesNotContain("Muñoz, Luis");
        assertThat(sink.rejected()).filteredOn(r -> r.reason().contains("encoding")).singleElement()
                .satisfies(r -> assertThat(r.raw()).contains("Luis"));
    }

    @Test
    void aUtf8FileReadsAsUtf8() {
        assertThat(CsvReader.singleByte("Pérez, José".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(CsvReader.singleByte("Perez, Jose".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(CsvReader.singleByte("Pérez, José".getBytes(Charset.forName("windows-1252")))).isTrue();
    }

    @Test
    void aWindows1252FileWhoseFirstAccentComesAfterMegabytesOfAsciiReadsWhole() throws Exception {
        StringBuilder text = new StringBuilder("Expediente,Tribunal,Imputado,Cedula,Decision\n");
        for (int i = 0; text.length() < 2_500_000; i++) {
            text.append("AP-").append(i).append(",T,\"Perez, Jose\",V-").append(10_000_000 + i).append(",Otorgada\n");
        }
        text.append("AP-X,T,\"Muñoz, Ana\",V-9999999,Otorgada\n");
        Path file = dir.resolve("long.csv");
        Files.write(file, text.toString().getBytes(Charset.forName("windows-1252")));

        assertThat(CsvReader.charset(Sources.courtsCsv(null, null), file)).isEqualTo(Charset.forName("windows-1252"));
    }
}
