package org.rollcall.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    private final DateReader reader = new DateReader(List.of("dd/MM/yyyy", "d-M-yyyy", "d 'de' MMMM 'de' yyyy"));

    @Test
    void readsEachDeclaredFormatAndIso() {
        assertThat(reader.read("05/11/2026")).contains(LocalDate.of(2026, 11, 5));
        assertThat(reader.read("5-11-2026")).contains(LocalDate.of(2026, 11, 5));
        assertThat(reader.read("5 de noviembre de 2026")).contains(LocalDate.of(2026, 11, 5));
        assertThat(reader.read("5 DE NOVIEMBRE DE 2026")).contains(LocalDate.of(2026, 11, 5));
        assertThat(reader.read("2026-11-05")).contains(LocalDate.of(2026, 11, 5));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(reader.read("31/02/2026")).isEmpty();
        assertThat(reader.read("ayer")).isEmpty();
        assertThat(reader.read("  ")).isEmpty();
    }

    @Test
    void problemNamesTheFieldTheTextAndTheFormats() {
        assertThat(reader.problem("detention-date", "31/02/2026")).contains("detention-date", "'31/02/2026'", "dd/MM/yyyy", "date-formats");
    }

    @Test
    void invalidPatternIsRefusedWithThePatternNamed() {
        assertThatThrownBy(() -> new DateReader(List.of("dd/MM/yyyy", "qq/bb"))).hasMessageContaining("'qq/bb'");
    }
}
