package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.IdFormat;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.SourceRecord;
import org.rollcall.text.Messages;

/** Most of a source's ID numbers not read is said on the console and at the top of the report, never silently. */
class UnreadIdsWarningTest {

    /** Nicaraguan cédulas, then two Venezuelan ones, one blank and one "S/C". */
    private static final String[] WRITTEN = {"001-150385-0012K", "281-070667-9176N", "401-161190-8811L", "0012304814373B",
        "Pasaporte C01234567", "V-12.345.678", "14567890", "", "S/C"};

    private static RecordNormalizer normalizer(IdFormat format, String language) {
        SourceDefinition source = new SourceDefinition("coalicion", SourceKind.NGO_LIST, "ngo.csv", SourceFormat.CSV, null, null, null, null,
                Map.of(Field.FULL_NAME, "Nombre", Field.ID_NUMBER, "No. Identidad"), List.of(), null, Map.of(), Map.of(), null, null, null, null,
                format);
        return new RecordNormalizer(source, GivenNames.standard(), Messages.of(language));
    }

    private static List<PersonRecord> read(RecordNormalizer normalizer, String[] written) {
        return IntStream.range(0, written.length).mapToObj(i -> normalizer.normalize(new SourceRecord("coalicion",
                SourceKind.NGO_LIST, i + 1, "ngo.csv", null, i + 2, String.valueOf(i + 1),
                Map.of(Field.FULL_NAME, "Persona " + (char) ('A' + i) + " Cruz", Field.ID_NUMBER, written[i])))).toList();
    }

    @Test
    void mostIdsNotCedulasIsAWarningNamingTheSourceColumnCountsTwoValuesAndTheSetting() {
        // given a Venezuelan-format source whose ID column holds mostly other countries' documents
        RecordNormalizer normalizer = normalizer(IdFormat.VENEZUELAN, "en");
        // when its records are read
        List<PersonRecord> records = read(normalizer, WRITTEN);
        // then the two cédulas are read, the others are field problems, and one warning says it all
        assertThat(records).filteredOn(r -> r.id() != null).hasSize(2);
        assertThat(normalizer.warnings()).singleElement().asString().contains("coalicion", "5 of 7 ID numbers", "column 'No. Identidad'",
                "'001-150385-0012K', '281-070667-9176N'", "id-format: any").doesNotContain("Persona");
        assertThat(normalizer.unmapped()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("coalicion");
            assertThat(p.message()).contains("5 of 7", "'001-150385-0012K'");
            assertThat(p.fix()).contains("id-format: any");
        });
    }

    @Test
    void theReportsWarningIsInItsLanguage() {
        RecordNormalizer normalizer = normalizer(IdFormat.VENEZUELAN, "es");
        read(normalizer, WRITTEN);
        assertThat(normalizer.unmapped()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("5 de 7 números de identidad");
            assertThat(p.fix()).contains("id-format: any");
        });
    }

    @Test
    void underAnyEveryDocumentNumberIsReadAndShownAsWrittenWithoutAWarning() {
        RecordNormalizer normalizer = normalizer(IdFormat.ANY, "en");
        List<PersonRecord> records = read(normalizer, WRITTEN);
        assertThat(records).filteredOn(r -> r.id() != null).extracting(r -> r.id().toString()).containsExactly("001-150385-0012K",
                "281-070667-9176N", "401-161190-8811L", "0012304814373B", "C01234567", "V-12345678", "14567890");
        assertThat(records).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(normalizer.warnings()).isEmpty();
        assertThat(normalizer.unmapped()).isEmpty();
    }

    @Test
    void aFewUnreadIdsAreFieldProblemsWithoutAWarning() {
        RecordNormalizer normalizer = normalizer(IdFormat.VENEZUELAN, "en");
        read(normalizer, new String[] {"V-12345678", "V-12345679", "V-12345680", "001-150385-0012K", "281-070667-9176N", "V-2345678"});
        assertThat(normalizer.warnings()).isEmpty();
        assertThat(normalizer.unmapped()).isEmpty();
    }
}
