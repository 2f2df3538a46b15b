package org.rollcall.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.reconcile.Figure;
import org.rollcall.reconcile.ListRow;
import org.rollcall.reconcile.Reconciliation;

/** A list's sheet shows at most the job's sheet-rows, and a cut sheet says so and names the CSV that holds every row. */
class WorkbookReportTest {

    private static Reconciliation reconciliation(int people, int listed) {
        Map<String, List<ListRow>> lists = new LinkedHashMap<>();
        lists.put("people", rows(people));
        lists.put("listed", rows(listed));
        return new Reconciliation(List.of(new Figure("people", people, "people on any list", false),
                new Figure("listed", listed, "names actually listed in the announcement", false)), lists, List.of(), List.of(), List.of());
    }

    private static List<ListRow> rows(int n) {
        return IntStream.range(0, n).mapToObj(i -> new ListRow(String.format("P%04d", i + 1), "Persona " + i, "V-" + (1_000_000 + i),
                "ngo #" + i + " (ngo.csv, line " + (i + 2) + ")", "")).toList();
    }

    private static XSSFWorkbook write(Reconciliation rec, String language, int sheetRows, Path dir) throws IOException {
        Path file = dir.resolve("reconciliation.xlsx");
        new WorkbookReport(rec, new Labels(language), "Título", new RunHeader("nightly", "run", List.of(), true, 0.9, 0.5))
                .withSheetRows(sheetRows).write(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void aListLongerThanTheSheetShowsItsFirstRowsAndSaysWhereTheWholeListIs(@TempDir Path dir) throws IOException {
        // given 5 people and a sheet of at most 3 rows
        try (XSSFWorkbook wb = write(reconciliation(5, 2), "es", 3, dir)) {
            Sheet people = wb.getSheet(new Labels("es").sheet("people"));
            // then: the header, the first 3 people, and the note below them; the note also sits on the header row
            assertThat(people.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P0001");
            assertThat(people.getRow(3).getCell(0).getStringCellValue()).isEqualTo("P0003");
            String note = people.getRow(4).getCell(0).getStringCellValue();
            assertThat(note).isEqualTo("Hoja recortada: se muestran las primeras 3 de 5 filas; la lista completa está en lists/people.csv.");
            assertThat(cells(people.getRow(0))).contains(note);
            assertThat(people.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void aListThatFitsIsWholeAndSaysNothingOfACut(@TempDir Path dir) throws IOException {
        try (XSSFWorkbook wb = write(reconciliation(3, 2), "en", 3, dir)) {
            Labels en = new Labels("en");
            for (String key : List.of("people", "listed")) {
                Sheet sheet = wb.getSheet(en.sheet(key));
                int rows = key.equals("people") ? 3 : 2;
                assertThat(sheet.getLastRowNum()).as(key).isEqualTo(rows);
                assertThat(sheet.getRow(rows).getCell(0).getStringCellValue()).as(key).startsWith("P000");
                assertThat(cells(sheet.getRow(0))).as(key).noneMatch(c -> c.contains("lists/"));
            }
        }
    }

    private static List<String> cells(Row row) {
        return IntStream.range(0, row.getLastCellNum()).mapToObj(row::getCell).filter(c -> c != null).map(c -> c.getStringCellValue()).toList();
    }
}
