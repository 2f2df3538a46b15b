package org.rollcall.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A sheet named by a month or date ("Enero", "Febrero 2026", "2026-03", "ene-26", "March 2026") reads as that date; other names do not. */
class SheetDateTest {

    private static SheetDate date(String name) {
        return SheetDate.read(name).orElseThrow(() -> new AssertionError("not read as a date: " + name));
    }

    @Test
    void monthNamesAndAbbreviationsInSpanishEnglishAndPortugueseAreRead() {
        assertThat(date("Enero")).isEqualTo(new SheetDate(null, 1, 0));
        assertThat(date("MARZO")).isEqualTo(new SheetDate(null, 3, 0));
        assertThat(date("Jan")).isEqualTo(new SheetDate(null, 1, 0));
        assertThat(date("Sept.")).isEqualTo(new SheetDate(null, 9, 0));
        assertThat(date("Setiembre")).isEqualTo(new SheetDate(null, 9, 0));
        assertThat(date("Março")).isEqualTo(new SheetDate(null, 3, 0));
        assertThat(date("fev")).isEqualTo(new SheetDate(null, 2, 0));
        assertThat(date("Outubro")).isEqualTo(new SheetDate(null, 10, 0));
        assertThat(date("dic")).isEqualTo(new SheetDate(null, 12, 0));
    }

    @Test
    void monthsWithTheirYearAndNumericDatesAreRead() {
        assertThat(date("Febrero 2026")).isEqualTo(new SheetDate(2026, 2, 0));
        assertThat(date("March 2026")).isEqualTo(new SheetDate(2026, 3, 0));
        assertThat(date("ene-26")).isEqualTo(new SheetDate(2026, 1, 0));
        assertThat(date("Marzo de 2026")).isEqualTo(new SheetDate(2026, 3, 0));
        assertThat(date("2026 marzo")).isEqualTo(new SheetDate(2026, 3, 0));
        assertThat(date("2026-03")).isEqualTo(new SheetDate(2026, 3, 0));
        assertThat(date("2026-03-15")).isEqualTo(new SheetDate(2026, 3, 15));
        assertThat(date("15/03/2026")).isEqualTo(new SheetDate(2026, 3, 15));
        assertThat(date("03-2026")).isEqualTo(new SheetDate(2026, 3, 0));
        assertThat(date("15 de marzo de 2026")).isEqualTo(new SheetDate(2026, 3, 15));
    }

    @Test
    void namesThatAreNoMonthOrDateAreNotRead() {
        assertThat(SheetDate.read("Detenidos")).isEmpty();
        assertThat(SheetDate.read("Notas")).isEmpty();
        assertThat(SheetDate.read("Hoja1")).isEmpty();
        assertThat(SheetDate.read("Leyenda")).isEmpty();
        assertThat(SheetDate.read("2026-13")).isEmpty();
        assertThat(SheetDate.read("31-02-2026")).isEmpty();
        assertThat(SheetDate.read("")).isEmpty();
        assertThat(SheetDate.read(null)).isEmpty();
    }

    @Test
    void theNewerMonthComparesLaterInBothArgumentOrders() {
        assertThat(date("Febrero").compareTo(date("Enero"))).isPositive();
        assertThat(date("Enero").compareTo(date("Febrero"))).isNegative();
        assertThat(date("Jan 2026").compareTo(date("Diciembre 2025"))).isPositive();
        assertThat(date("Diciembre 2025").compareTo(date("Jan 2026"))).isNegative();
        assertThat(date("2026-03-15").compareTo(date("2026-03"))).isPositive();
        assertThat(date("2026-03").compareTo(date("2026-03-15"))).isNegative();
        assertThat(date("MARZO").compareTo(date("marzo"))).isZero();
    }

    @Test
    void aMonthWithoutYearIsTheLatestSuchMonthNotAfterTheListsDateInBothArgumentOrders() {
        LocalDate list = LocalDate.parse("2026-01-20");
        SheetDate december = date("Diciembre").inYearOf(list);
        SheetDate january = date("Enero").inYearOf(list);
        assertThat(december).isEqualTo(new SheetDate(2025, 12, 0));
        assertThat(january.compareTo(december)).isPositive();
        assertThat(december.compareTo(january)).isNegative();
        assertThat(date("Febrero 2026").inYearOf(list)).isEqualTo(new SheetDate(2026, 2, 0));
    }
}
