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
    void aDeclaredFormatSaysTheOrderNotTheZeros() {
        DateReader us = new DateReader(List.of("MM/dd/yyyy"));
        assertThat(us.read("3/9/2025")).contains(LocalDate.of(2025, 3, 9));
        assertThat(us.read("03/09/2025")).contains(LocalDate.of(2025, 3, 9));
        assertThat(us.read("13/09/2025")).as("month 13 in a month-first source").isEmpty();
        assertThat(reader.read("3/9/2025")).contains(LocalDate.of(2025, 9, 3));
        assertThat(DateReader.unpadded("ddMMyyyy")).as("fields side by side need their zeros").isEqualTo("ddMMyyyy");
        assertThat(DateReader.unpadded("dd 'de' MMMM")).isEqualTo("dd 'de' MMMM");
    }

    @Test
    void aTextSayingTheDateIsNotKnownIsAMissingDateNotOneWrittenWrong() {
        for (String none : List.of("sin fecha", "Sin Fecha", "S/F", "s/f", "desconocida", "N/A", "—", "?", "no consta", "unknown")) {
            assertThat(DateReader.saysNone(none)).as(none).isTrue();
        }
        for (String written : List.of("5/11/2026", "marzo 2024", "31/02/2025", "ayer")) {
            assertThat(DateReader.saysNone(written)).as(written).isFalse();
        }
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(reader.read("31/02/2026")).isEmpty();
        assertThat(reader.read("ayer")).isEmpty();
        assertThat(reader.read("  ")).isEmpty();
    }

    @Test
    void problemNamesTheFieldTheTextAndTheFormats() {
        // was asserted on 31/02/2026, which now gets its own message (a day that does not exist): a text of no format here
        assertThat(reader.problem("detention-date", "2026.11.05")).contains("detention-date", "'2026.11.05'", "dd/MM/yyyy", "date-formats");
    }

    @Test
    void aDayPastTheEndOfItsMonthIsSaidNotToExistInTheReportLanguage() {
        // given: dates written in a declared format that name no day
        // when/then: the problem says why, not that a format is missing
        assertThat(reader.problem("birth-date", "31/02/2025", Messages.of("es")))
                .isEqualTo("birth-date '31/02/2025' no es una fecha que exista: febrero no tiene 31 días; corríjala en la fuente");
        assertThat(reader.problem("birth-date", "31 de abril de 2024", Messages.of("en")))
                .contains("'31 de abril de 2024'", "is not a date that exists", "April has no day 31").doesNotContain("date-formats");
    }

    @Test
    void february29thOfACommonYearIsSaidNotToExistWithItsYear() {
        assertThat(reader.problem("detention-date", "29/02/2025", Messages.of("es"))).contains("febrero de 2025 no tiene 29 días");
        assertThat(reader.problem("detention-date", "29/02/2025", Messages.of("en"))).contains("February 2025 has no day 29");
        assertThat(reader.read("29/02/2024")).as("a leap year has it").contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void monthThirteenAndDayZeroAreSaidNotToExistInIsoAndDeclaredFormats() {
        assertThat(reader.problem("birth-date", "2025-13-01", Messages.of("es"))).contains("no existe el mes 13").doesNotContain("date-formats");
        assertThat(reader.problem("birth-date", "00/05/2024", Messages.of("es"))).contains("no existe el día 0");
        assertThat(reader.problem("birth-date", "15-13-2024", Messages.of("en"))).contains("there is no month 13");
    }

    @Test
    void textOfNoFormatStillNamesTheFormatsInTheReportLanguage() {
        assertThat(reader.problem("birth-date", "ayer", Messages.of("es"))).contains("'ayer'", "no encaja", "dd/MM/yyyy", "date-formats");
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

    @Test
    void aMonthAndYearIsSaidToNameNoDayRatherThanToFitNoFormat() {
        DateReader reader = new DateReader(List.of("dd/MM/yy"), 1940);
        assertThat(reader.read("marzo 2024")).isEmpty();
        assertThat(reader.problem("detention-date", "marzo 2024")).contains("'marzo 2024'", "names no day", "kept without this date")
                .doesNotContain("date-formats");
        assertThat(reader.problem("detention-date", "03/2024")).contains("names no day");
        assertThat(reader.problem("detention-date", "2024")).contains("names no day");
        assertThat(reader.problem("detention-date", "ayer")).contains("date-formats");
    }

    @Test
    void aFormatWithoutADayIsRefused() {
        for (String pattern : List.of("MMMM yyyy", "MM/yyyy", "yyyy")) {
            assertThatThrownBy(() -> DateReader.formatter(pattern)).as(pattern).hasMessageContaining("has no day");
        }
    }
}
