package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

class CommuniqueReaderTest {

    @TempDir
    Path dir;

    private static final String TEXT = """
            COMUNICADO OFICIAL N° 214-2026
            Caracas, 20 de noviembre de 2026

            Artículo 1. Conforme a la Gaceta Oficial N° 6.812, se otorga el beneficio de amnistía a
            TRESCIENTOS SETENTA Y NUEVE (379) ciudadanos privados de libertad entre 2024 y 2026.

            Lista de beneficiarios:

            1. JOSÉ GREGORIO PÉREZ GONZÁLEZ, C.I. V-12.345.678
            2. MARÍA DE LOS ÁNGELES RODRÍGUEZ, C.I. no indicada

            3. LUIS LÓPEZ — V-7654321
            4. , C.I. V-1.234.567

            Los demás serán notificados.
            """;

    private IngestSink read(String text) throws Exception {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, text);
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), file, "c.txt", sink);
        return sink;
    }

    @Test
    void statedFigureInWordsAndDigitsIsOneClaimWithItsSentence() throws Exception {
        IngestSink sink = read(TEXT);
        assertThat(sink.claims()).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(379);
            assertThat(c.subject()).isEqualTo("amnestied");
            assertThat(c.line()).as("the line the figure stands on").isEqualTo(5);
            assertThat(c.problem()).isNull();
            assertThat(c.text()).contains("TRESCIENTOS SETENTA Y NUEVE (379) ciudadanos");
        });
    }

    @Test
    void numberedListBecomesRecordsReferencedByPosition() throws Exception {
        IngestSink sink = read(TEXT);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "3", "4");
        assertThat(sink.records().get(0).value(Field.FULL_NAME)).isEqualTo("JOSÉ GREGORIO PÉREZ GONZÁLEZ");
        assertThat(sink.records().get(0).value(Field.ID_NUMBER)).isEqualTo("V-12.345.678");
        assertThat(sink.records().get(0).row()).isEqualTo(9);
        assertThat(sink.records().get(1).value(Field.FULL_NAME)).isEqualTo("MARÍA DE LOS ÁNGELES RODRÍGUEZ");
        assertThat(sink.records().get(1).values()).doesNotContainKey(Field.ID_NUMBER);
        assertThat(sink.records().get(2).value(Field.FULL_NAME)).isEqualTo("LUIS LÓPEZ");
    }

    @Test
    void aListEntryWithOnlyACedulaIsThePersonOfThatCedulaAndSaysItHasNoName() throws Exception {
        // given entry 4 written ", C.I. V-1.234.567": the government listed that cédula
        IngestSink sink = read(TEXT);
        // then it is a record with its cédula and no name, said as a field problem on its line, not a rejected line
        assertThat(sink.records().get(3).value(Field.ID_NUMBER)).isEqualTo("V-1.234.567");
        assertThat(sink.records().get(3).value(Field.FULL_NAME)).isEmpty();
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.fieldProblems()).anySatisfy(p -> assertThat(p.location() + ": " + p.message()).contains("line 13")
                .contains("no name, only a cédula"));
    }

    @Test
    void listEntryWithNeitherANameNorACedulaIsRejectedWithItsText() throws Exception {
        IngestSink sink = read("Lista de beneficiarios:\n1. JOSÉ GREGORIO PÉREZ GONZÁLEZ, C.I. V-12.345.678\n2. , C.I. no indicada\n"
                + "3. LUIS LÓPEZ — V-7654321\n");
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.reason()).contains("list entry 2 has no name");
        });
    }

    @Test
    void wordsAndDigitsThatDisagreeAreFlagged() throws Exception {
        IngestSink sink = read("Se otorga amnistía a trescientos setenta (379) ciudadanos.\n");
        assertThat(sink.claims()).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(379);
            assertThat(c.problem()).contains("370").contains("379");
        });
    }

    @Test
    void figureWithoutListGivesAClaimAndNoRecords() throws Exception {
        IngestSink sink = read("El Gobierno anunció la liberación de 120 presos políticos el 3 de enero de 2026.\n");
        assertThat(sink.records()).isEmpty();
        assertThat(sink.claims()).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(120);
            assertThat(c.subject()).isEqualTo("released");
        });
    }

    @Test
    void windows1252TextIsReadWithItsAccents() throws Exception {
        Path file = dir.resolve("c.txt");
        Files.write(file, "1. JOSÉ PÉREZ, C.I. V-12345678\n".getBytes("windows-1252"));
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), file, "c.txt", sink);
        assertThat(sink.records().get(0).value(Field.FULL_NAME)).isEqualTo("JOSÉ PÉREZ");
    }

    @Test
    void listThatSkipsANumberStaysOneListAndTheGapIsReported() throws Exception {
        IngestSink sink = read("Lista:\n1. ANA SALAS, V-1234567\n2. LUIS MORA, V-2345678\n4. JOSE PEREZ, V-3456789\n5. ROSA DIAZ, V-4567890\n");
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "4", "5");
        assertThat(sink.claims()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("list-numbering");
            assertThat(c.problem()).contains("skips number [3]");
        });
    }

    @Test
    void overlongLineIsRejectedWithItsLengthAndTheRestIsStillRead() throws Exception {
        IngestSink sink = read(TEXT + "x".repeat(CommuniqueReader.MAX_LINE + 1));
        assertThat(sink.rejected()).anySatisfy(r -> {
            assertThat(r.reason()).contains((CommuniqueReader.MAX_LINE + 1) + " characters long");
            assertThat(r.raw().length()).isLessThanOrEqualTo(501);
        });
        assertThat(sink.records()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sink.claims()).isNotEmpty();
    }
}
