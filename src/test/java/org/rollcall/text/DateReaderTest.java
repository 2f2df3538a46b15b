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

    @Test
    void aShortMonthReadsInEveryWayListsCutIt() {
        DateReader shortMonths = new DateReader(List.of("dd/MMM/yyyy", "d-MMM-yy"), 1940);

        for (String sept : List.of("18/sep/2024", "18/sept/2024", "18/Sep./2024", "18/SET/2024", "18/septiembre/2024", "18/Sept./2024")) {
            assertThat(shortMonths.read(sept)).as(sept).contains(LocalDate.of(2024, 9, 18));
        }
        assertThat(shortMonths.read("08/ene/2025")).contains(LocalDate.of(2025, 1, 8));
        assertThat(shortMonths.read("08/Ago/2025")).contains(LocalDate.of(2025, 8, 8));
        assertThat(shortMonths.read("08/aug/2025")).contains(LocalDate.of(2025, 8, 8));
        assertThat(shortMonths.read("3-dic-24")).contains(LocalDate.of(2024, 12, 3));
        assertThat(shortMonths.read("3-dec-24")).contains(LocalDate.of(2024, 12, 3));
    }

    @Test
    void aMonthNameWithOrWithoutAccentOrCapitalsReadsAndAWordThatIsNoMonthDoesNot() {
        assertThat(reader.read("1 de Setiembre de 2025")).contains(LocalDate.of(2025, 9, 1));
        assertThat(reader.read("1 de ABRIL de 2025")).contains(LocalDate.of(2025, 4, 1));
        assertThat(reader.read("1 de abr de 2025")).contains(LocalDate.of(2025, 4, 1));
        assertThat(reader.read("1 de primavera de 2025")).isEmpty();
        assertThat(reader.read("31 de febrero de 2025")).isEmpty();
    }

    @Test
    void aTwoDigitMonthAlsoReadsWhereTheFormatSaysAMonthWord() {
        DateReader shortMonths = new DateReader(List.of("dd/MMM/yyyy"));

        assertThat(shortMonths.read("18/09/2024")).contains(LocalDate.of(2024, 9, 18));
        assertThat(shortMonths.read("18/13/2024")).isEmpty();
    }

    @Test
    void aDayWrittenAsAnOrdinalReads() {
        assertThat(reader.read("1° de mayo de 2025")).contains(LocalDate.of(2025, 5, 1));
        assertThat(reader.read("1º de mayo de 2025")).contains(LocalDate.of(2025, 5, 1));
        assertThat(reader.read("1ro de mayo de 2025")).contains(LocalDate.of(2025, 5, 1));
    }

    @Test
    void aPatternWithTheUsualMistakesIsRefusedWithTheRightLetters() {
        assertThatThrownBy(() -> new DateReader(List.of("dd/mm/yyyy"))).hasMessageContaining("'mm' is minutes").hasMessageContaining("MM");
        assertThatThrownBy(() -> new DateReader(List.of("dd/MM/aaaa"))).hasMessageContaining("yyyy");
        assertThatThrownBy(() -> new DateReader(List.of("DD/MM/YYYY"))).hasMessageContaining("dd").hasMessageContaining("yyyy");
        assertThat(new DateReader(List.of("d 'de' MMMM 'de' yyyy")).read("3 de marzo de 2025")).contains(LocalDate.of(2025, 3, 3));
    }
}
