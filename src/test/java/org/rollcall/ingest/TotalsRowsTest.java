package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A totals row is a row whose first filled cell, in whichever column, is a totals word (Spanish,
 * English, Portuguese) and whose other cells are numbers: its first number is the stated figure. A
 * person's row is never one, even when a name is such a word ("2 | Suma | 10000005").
 */
class TotalsRowsTest {

    private static Long total(String... cells) {
        return ColumnMap.totalOf(List.of(cells));
    }

    @Test
    void aTotalsWordInAnyColumnBesideItsFigureIsATotalsRow() {
        assertThat(total("", "Suman", "103", "")).isEqualTo(103L);
        assertThat(total("", "Total general", "", "651")).isEqualTo(651L);
        assertThat(total("", "", "TOTAL: 173")).isEqualTo(173L);
        assertThat(total("", "Gran total", "1.204")).isEqualTo(1204L);
        assertThat(total("Subtotal", "48")).isEqualTo(48L);
        assertThat(total("", "Suma", "12")).isEqualTo(12L);
        assertThat(total("", "Grand total", "12")).isEqualTo(12L);
        assertThat(total("", "Soma", "12")).isEqualTo(12L);
        assertThat(total("", "Total geral", "12")).isEqualTo(12L);
        assertThat(total("", "Totales", "12", "3")).isEqualTo(12L);
    }

    @Test
    void aTotalsRowAsRollcallReadItBeforeStillIsOne() {
        assertThat(total("TOTAL", "", "651")).isEqualTo(651L);
        assertThat(total("TOTAL DETENIDOS", "651")).isEqualTo(651L);
        assertThat(total("Total de presos")).isEqualTo(-1L);
        assertThat(total("", "Suman")).isEqualTo(-1L);
    }

    @Test
    void aTotalsWordCountsOnlyAsTheRowsFirstFilledCell() {
        assertThat(total("", "Suman", "103")).isEqualTo(103L);
        assertThat(total("TOTAL: 173")).isEqualTo(173L);
        assertThat(total("", "", "TOTAL: 173", "")).isEqualTo(173L);
        assertThat(total("Total general", "173")).isEqualTo(173L);
        assertThat(total("", "Total general", "", "173")).isEqualTo(173L);
        assertThat(total("2", "Suma", "10000005", "")).isNull(); // the single-name person Suma, ID in a number cell
        assertThat(total("2", "Suma", "10000005")).isNull();
        assertThat(total("", "103", "Suman")).isNull();
        assertThat(total("173", "TOTAL: 173")).isEqualTo(173L); // "total…" after a number is nobody's name
    }

    @Test
    void aPersonsRowIsNoTotalsRowWhateverWordItHolds() {
        assertThat(total("1", "Suma Quispe, Ana", "4100001")).isNull();
        assertThat(total("2", "Suman", "4100002", "Detención preventiva")).isNull();
        assertThat(total("3", "Totoral Mamani, Luis", "4100003")).isNull();
        assertThat(total("", "Suman", "12/03/2026")).isNull();
        // without a row number the single-name person's ID number is no count: a count has six digits at most
        assertThat(total("", "Suma", "10000005")).isNull();
        assertThat(total("", "Suman", "4.100.002")).isNull();
        assertThat(total("", "Suman", "999999")).isEqualTo(999999L);
        // after the row's number, "Total" is nobody's name: a totals row; "Suma" may be
        assertThat(total("3", "Total", "", "")).isEqualTo(3L);
        assertThat(total("12", "TOTAL DETENIDOS", "12")).isEqualTo(12L);
        assertThat(total("2", "Suma", "4")).isNull();
        assertThat(total("", "", "")).isNull();
    }
}
