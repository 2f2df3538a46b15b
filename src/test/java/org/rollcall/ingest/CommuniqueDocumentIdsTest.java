package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.Problem;

/** An announcement's entries with ID numbers that are not cédulas: the whole number is read, never a slice of it left beside the name. */
class CommuniqueDocumentIdsTest {

    @TempDir
    Path dir;

    private IngestSink read(IdFormat format, String text) throws Exception {
        Path file = dir.resolve("c.txt");
        Files.writeString(file, text);
        IngestSink sink = new IngestSink(Sources.communique(format));
        new CommuniqueReader().read(sink.source(), file, "c.txt", sink);
        Ingester.settle(sink, "c.txt", sink.claims());
        UnreadIds.check(sink, "c.txt");
        return sink;
    }

    private static List<String> names(IngestSink sink) {
        return sink.records().stream().map(r -> r.value(Field.FULL_NAME)).toList();
    }

    private static List<String> ids(IngestSink sink) {
        return sink.records().stream().map(r -> r.value(Field.ID_NUMBER)).toList();
    }

    @ParameterizedTest
    @EnumSource(IdFormat.class)
    void aDashedOrLabelledNumberIsReadWholeAndNothingOfItIsLeftInTheName(IdFormat format) throws Exception {
        // given twins born the same day, listed with their Nicaraguan cédulas
        String text = """
                El Gobierno informa que se otorga el beneficio de amnistía a TRES (3) personas privadas de libertad:
                1. MARÍA JOSÉ AGUILAR ARRÓLIGA, Identidad 001-230481-4373B
                2. JEFFERSON HERNÁNDEZ ZAMORA, Identidad 281-231202-2375U
                3. ELVIN HERNÁNDEZ ZAMORA, 281-231202-2376Z
                4. RUTH TZUL CAAL, Pasaporte C01234567
                5. YADER OBANDO CRUZ, DNI 0801-1990-12345
                """;
        // when the announcement is read, under either id-format
        IngestSink sink = read(format, text);
        // then each whole number is the entry's ID, and the names hold no part of it
        assertThat(names(sink)).containsExactly("MARÍA JOSÉ AGUILAR ARRÓLIGA", "JEFFERSON HERNÁNDEZ ZAMORA", "ELVIN HERNÁNDEZ ZAMORA",
                "RUTH TZUL CAAL", "YADER OBANDO CRUZ");
        assertThat(ids(sink)).containsExactly("001-230481-4373B", "281-231202-2375U", "281-231202-2376Z", "C01234567", "0801-1990-12345");
    }

    @Test
    void underAnyANumberWrittenWithSpacesOrWithoutSeparatorsIsReadWhole() throws Exception {
        IngestSink sink = read(IdFormat.ANY, """
                Lista de beneficiarios:
                1. DORA MARÍA RAMÍREZ VILLALOBOS 001 260303 7039G
                2. NORLAN DEL CID LÓPEZ 0010701732935P
                3. ANA SALAS, V-12.345.678
                4. LUIS MORA, C.I. 12 345 678
                """);
        assertThat(names(sink)).containsExactly("DORA MARÍA RAMÍREZ VILLALOBOS", "NORLAN DEL CID LÓPEZ", "ANA SALAS", "LUIS MORA");
        assertThat(ids(sink)).containsExactly("001 260303 7039G", "0010701732935P", "V-12.345.678", "12 345 678");
    }

    @Test
    void underVenezuelanANumberInSpacedGroupsIsReadWholeRatherThanItsMiddleGroupAsACedula() throws Exception {
        IngestSink sink = read(IdFormat.VENEZUELAN, """
                Lista de beneficiarios:
                1. DORA MARÍA RAMÍREZ VILLALOBOS 001 260303 7039G
                2. ANA SALAS, C.I. 12 345 678
                """);
        assertThat(names(sink)).containsExactly("DORA MARÍA RAMÍREZ VILLALOBOS", "ANA SALAS");
        assertThat(ids(sink)).containsExactly("001 260303 7039G", "12 345 678");
    }

    @Test
    void underVenezuelanACedulaFollowedByANumberIsStillACedula() throws Exception {
        IngestSink sink = read(IdFormat.VENEZUELAN, """
                Lista de beneficiarios:
                1. ANA SALAS, V-12.345.678
                2. LUIS MORA, C.I. 12345678 2024
                3. PEDRO DÍAZ, 23456789, detenido el 12-05-2024
                """);
        assertThat(ids(sink)).containsExactly("V-12.345.678", "12345678", "23456789");
    }

    @Test
    void fiveNumbersOrMoreOfWhichNoneReadAreAProblemOfTheFileNamingTheFix() throws Exception {
        // given a Venezuelan announcement source listing Nicaraguan cédulas
        StringBuilder text = new StringBuilder("Lista de beneficiarios:\n");
        for (int i = 1; i <= 5; i++) {
            text.append(i).append(". PERSONA NÚMERO ").append((char) ('A' + i)).append(" CRUZ, Identidad 001-23048").append(i).append("-4373B\n");
        }
        // when it is read with the default id-format
        IngestSink sink = read(IdFormat.VENEZUELAN, text.toString());
        // then the file has a problem (exit 10) naming the values and the setting that reads them; the entries are kept
        assertThat(sink.rejected()).singleElement().satisfies(r -> {
            assertThat(r.problem().kind()).isEqualTo(Problem.Kind.SOURCE_FILE);
            assertThat(r.reason()).contains("5 ID numbers", "'001-230481-4373B'", "id-format: any");
        });
        assertThat(sink.records()).hasSize(5);
        // and under id-format: any there is none
        assertThat(read(IdFormat.ANY, text.toString()).rejected()).isEmpty();
    }
}
