package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;
import org.rollcall.ingest.SourceRecord;

/** A date that cannot be true on the list's date is a field problem, and the record keeps the field absent. */
class ImpossibleDatesTest {

    /** An NGO list dated 2025-10-15 by its file's name, dates written dd/MM/yyyy. */
    private static RecordNormalizer normalizer(String file) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (Field f : List.of(Field.FULL_NAME, Field.BIRTH_DATE, Field.DETENTION_DATE, Field.RELEASE_DATE)) {
            columns.put(f, f.name());
        }
        SourceDefinition source = new SourceDefinition("ngo", SourceKind.NGO_LIST, file, SourceFormat.CSV, null, null, null, null,
                columns, List.of("dd/MM/yyyy"), null, Map.of(), Map.of());
        return new RecordNormalizer(source);
    }

    private static PersonRecord read(RecordNormalizer n, String file, Map<Field, String> values) {
        return n.normalize(new SourceRecord("ngo", SourceKind.NGO_LIST, 1, file, null, 6, "1", values));
    }

    @Test
    void aDetentionAfterTheListsDateIsAProblemAndNoDate() {
        // given a detention typed 2205 for 2025 on a list of 15 October 2025
        RecordNormalizer n = normalizer("registro-2025-10-15.csv");
        PersonRecord r = read(n, "registro-2025-10-15.csv", Map.of(Field.FULL_NAME, "Ana Golindano", Field.DETENTION_DATE, "10/03/2205"));
        // then the record has no detention date, and the problem names the column, the value and the list's date
        assertThat(r.detention().detentionDate()).isNull();
        assertThat(r.problems()).singleElement().asString().contains("detention-date", "'10/03/2205'", "after the list's date 2025-10-15");
        assertThat(n.warnings()).anySatisfy(w -> assertThat(w).contains("1 detention-date value(s)", "'10/03/2205'"));
    }

    @Test
    void aDateOnTheListsDateOrBeforeIsKept() {
        RecordNormalizer n = normalizer("registro-2025-10-15.csv");
        PersonRecord r = read(n, "registro-2025-10-15.csv", Map.of(Field.FULL_NAME, "Ana Golindano", Field.DETENTION_DATE, "15/10/2025",
                Field.RELEASE_DATE, "14/10/2025", Field.BIRTH_DATE, "02/01/1980"));
        assertThat(r.detention().detentionDate()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(r.detention().releaseDate()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(r.birthDate()).isEqualTo(LocalDate.of(1980, 1, 2));
        assertThat(r.problems()).isEmpty();
        assertThat(n.warnings()).isEmpty();
    }

    @Test
    void aReleaseAfterTheListsDateIsAProblemAndNoDate() {
        RecordNormalizer n = normalizer("registro-2025-10-15.csv");
        PersonRecord r = read(n, "registro-2025-10-15.csv", Map.of(Field.FULL_NAME, "Ana Golindano", Field.RELEASE_DATE, "16/10/2025"));
        assertThat(r.detention().releaseDate()).isNull();
        assertThat(r.problems()).singleElement().asString().contains("release-date", "'16/10/2025'", "2025-10-15");
    }

    @Test
    void aBirthDateGivingAChildOrACentenarianIsAProblemAndNoDate() {
        RecordNormalizer n = normalizer("registro-2025-10-15.csv");
        // 9 years old, 111 years old, and 10 and 110 exactly (kept)
        PersonRecord child = read(n, "registro-2025-10-15.csv", Map.of(Field.FULL_NAME, "Ana Golindano", Field.BIRTH_DATE, "16/10/2015"));
        PersonRecord old = read(n, "registro-2025-10-15.csv", Map.of(Field.FULL_NAME, "Ana Golindano", Field.BIRTH_DATE, "14/10/1914"));
        PersonRecord ten = read(n, "registro-2025-10-15.csv", Map.of(Field.FULL_NAME, "Ana Golindano", Field.BIRTH_DATE, "15/10/2015"));
        PersonRecord hundredTen = read(n, "registro-2025-10-15.csv", Map.of(Field.FULL_NAME, "Ana Golindano", Field.BIRTH_DATE, "15/10/1915"));
        assertThat(child.birthDate()).isNull();
        assertThat(child.problems()).singleElement().asString().contains("birth-date", "'16/10/2015'", "9 years old");
        assertThat(old.birthDate()).isNull();
        assertThat(old.problems()).singleElement().asString().contains("111 years old");
        assertThat(ten.birthDate()).isEqualTo(LocalDate.of(2015, 10, 15));
        assertThat(hundredTen.birthDate()).isEqualTo(LocalDate.of(1915, 10, 15));
    }
}
