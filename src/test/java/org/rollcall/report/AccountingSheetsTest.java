package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.ingest.SheetAccount;
import org.rollcall.ingest.SourceAccount;

/** The accounting table says, for a workbook read with sheet: "*", which sheets were read and which ignored, with their rows. */
class AccountingSheetsTest {

    private static final SourceAccount MONTHS = new SourceAccount("ngo", "input/ngo/registro.xlsx", 21, 7, 0,
            Map.of("title", 4, "blank", 3, "header", 3, "not a list", 4), null, 0, List.of(
                    new SheetAccount("Enero", SheetAccount.READ, 3, null, 5), new SheetAccount("Febrero", SheetAccount.READ, 3, null, 5),
                    new SheetAccount("Marzo", SheetAccount.READ, 4, 3, 7), new SheetAccount("Notas", SheetAccount.IGNORED, null, null, 4)));

    @Test
    void eachSheetIsNamedWithWhatBecameOfItAndItsRowsInEitherLanguage() {
        assertThat(AccountingTable.html(List.of(MONTHS), "en")).contains("<th>sheets</th>",
                "Enero: read, header on row 3, 5 rows; Febrero: read, header on row 3, 5 rows; "
                        + "Marzo: read, header on row 4 (header-row 3), 7 rows; Notas: ignored (not a list), 4 rows");
        assertThat(AccountingTable.html(List.of(MONTHS), "es")).contains("<th>hojas</th>",
                "Marzo: leída, encabezado en la fila 4 (header-row 3), 7 filas; Notas: ignorada (not a list), 4 filas");
        assertThat(MONTHS.balanced()).isTrue();
        assertThat(MONTHS.sheets().stream().mapToInt(SheetAccount::read).sum()).isEqualTo(MONTHS.read());
    }

    @Test
    void aFileReadWithoutAWildcardSheetHasAnEmptySheetsCell() {
        SourceAccount csv = new SourceAccount("tribunales", "input/tribunales/resoluciones.csv", 3, 2, 0, Map.of("header", 1), null);
        assertThat(AccountingTable.html(List.of(csv), "en")).contains("<td>0</td><td></td></tr>");
    }
}
