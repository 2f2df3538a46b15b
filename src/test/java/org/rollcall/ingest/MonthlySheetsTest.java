package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.Field;
import org.rollcall.domain.SourceKind;

/**
 * An NGO workbook with one sheet per month read with {@code sheet: "*"} and {@code header-row: 3}:
 * a title above each header, a "Fiscalía" column inserted in March, March's header one row lower
 * (one more title line), a "Notas" sheet of prose; each sheet numbering its rows from 1 ("N°").
 */
class MonthlySheetsTest {

    @TempDir
    Path dir;

    private static final String[] JANUARY = {"N°", "APELLIDOS, Nombres", "C.I.", "Situación"};
    private static final String[] MARCH = {"N°", "APELLIDOS, Nombres", "C.I.", "Fiscalía", "Situación"};

    /** A month's sheet: its title lines, its header, then one row per person (N° from 1, C.I. from {@code firstId}). */
    private static void month(XSSFWorkbook wb, String name, int titleLines, String[] header, int firstId, String... people) {
        Sheet s = wb.createSheet(name);
        for (int t = 0; t < titleLines; t++) {
            s.createRow(t).createCell(0).setCellValue(t == 0 ? "REGISTRO DE DETENIDOS — " + name.toUpperCase() : "Actualizado por el equipo");
        }
        Row h = s.createRow(titleLines + 1);
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        for (int p = 0; p < people.length; p++) {
            Row r = s.createRow(titleLines + 2 + p);
            for (int i = 0; i < header.length; i++) {
                switch (header[i]) {
                    case "N°" -> r.createCell(i).setCellValue(p + 1);
                    case "APELLIDOS, Nombres" -> r.createCell(i).setCellValue(people[p]);
                    case "C.I." -> r.createCell(i).setCellValue(4_100_000 + firstId + p);
                    case "Fiscalía" -> r.createCell(i).setCellValue("Fiscalía Departamental");
                    default -> r.createCell(i).setCellValue("Detención preventiva");
                }
            }
        }
    }

    private static void notes(XSSFWorkbook wb) {
        Sheet notes = wb.createSheet("Notas");
        notes.createRow(0).createCell(0).setCellValue("Notas del equipo de datos");
        notes.createRow(1).createCell(0).setCellValue("Las filas tachadas son duplicados que se quitaron.");
        notes.createRow(3).createCell(0).setCellValue("Fuente: familiares y abogados.");
    }

    private Path write(XSSFWorkbook wb) throws Exception {
        Path file = dir.resolve("registro.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** Enero and Febrero with their header on row 3, Marzo with {@code marchTitles} title lines above its header. */
    private Path workbook(int marchTitles) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        month(wb, "Enero", 1, JANUARY, 0, "Quispe Mamani, Juan Carlos", "Choque Flores, Rosa");
        month(wb, "Febrero", 1, JANUARY, 10, "Condori Apaza, Wilfredo", "Mamani Limachi, Elena");
        month(wb, "Marzo", marchTitles, MARCH, 20, "Huanca Ticona, Marcelo", "Callisaya Poma, Lidia", "Yujra Nina, René");
        notes(wb);
        return write(wb);
    }

    static SourceDefinition source(Integer headerRow) {
        return new SourceDefinition("ngo", SourceKind.NGO_LIST, "registro.xlsx", SourceFormat.XLSX, "*", headerRow, null, null,
                Map.of(Field.RECORD_REF, "N°", Field.FULL_NAME, "APELLIDOS, Nombres", Field.ID_NUMBER, "C.I.", Field.STATUS, "Situación"),
                List.of("dd/MM/yyyy"), null, Map.of(), Map.of());
    }

    private static IngestSink read(Path file, Integer headerRow) {
        IngestSink sink = new IngestSink(source(headerRow));
        new XlsxReader().read(sink.source(), file, "registro.xlsx", sink);
        return sink;
    }

    private static List<String> names(IngestSink sink) {
        return sink.records().stream().map(r -> r.sheet() + "/" + r.row() + " " + r.value(Field.FULL_NAME)).toList();
    }

    @Test
    void aMonthWhoseHeaderIsOneRowBelowHeaderRowIsReadFromItsHeaderWithAWarningNamingFileSheetAndBothRows() throws Exception {
        IngestSink sink = read(workbook(2), 3);

        assertThat(names(sink)).containsExactly("Enero/4 Quispe Mamani, Juan Carlos", "Enero/5 Choque Flores, Rosa",
                "Febrero/4 Condori Apaza, Wilfredo", "Febrero/5 Mamani Limachi, Elena",
                "Marzo/5 Huanca Ticona, Marcelo", "Marzo/6 Callisaya Poma, Lidia", "Marzo/7 Yujra Nina, René");
        assertThat(sink.warnings()).singleElement().asString()
                .contains("registro.xlsx", "sheet 'Marzo'", "header-row in the job file is 3", "found on row 4");
        SourceAccount account = sink.account("registro.xlsx");
        assertThat(account.problem()).isNull();
        assertThat(account.balanced()).as(account.toString()).isTrue();
        assertThat(account.sheets()).extracting(s -> s.sheet() + " " + s.outcome() + " " + s.headerRow() + " " + s.declaredHeaderRow() + " " + s.read())
                .containsExactly("Enero read 3 null 5", "Febrero read 3 null 5", "Marzo read 4 3 7", "Notas ignored null null 4");
        assertThat(account.ignored()).containsEntry("not a list", 4).containsEntry("title", 4).containsEntry("header", 3);
        assertThat(account.read()).isEqualTo(5 + 5 + 7 + 4);
    }

    @Test
    void aMonthWhoseHeaderIsOneRowAboveHeaderRowIsReadFromItsHeaderAndItsRowThreeIsAPerson() throws Exception {
        IngestSink sink = read(workbook(0), 3);

        assertThat(names(sink)).contains("Marzo/3 Huanca Ticona, Marcelo", "Marzo/4 Callisaya Poma, Lidia", "Marzo/5 Yujra Nina, René");
        assertThat(sink.records()).hasSize(7);
        assertThat(sink.warnings()).singleElement().asString().contains("sheet 'Marzo'", "is 3", "found on row 2");
        SourceAccount account = sink.account("registro.xlsx");
        assertThat(account.balanced()).as(account.toString()).isTrue();
        assertThat(account.problem()).isNull();
        assertThat(account.sheets()).extracting(SheetAccount::headerRow).containsExactly(3, 3, 2, null);
    }

    @Test
    void withTheHeaderWhereHeaderRowSaysOnEverySheetNothingIsWarnedOf() throws Exception {
        IngestSink sink = read(workbook(1), 3);

        assertThat(sink.records()).hasSize(7);
        assertThat(sink.warnings()).isEmpty();
        assertThat(sink.account("registro.xlsx").sheets()).extracting(SheetAccount::declaredHeaderRow).containsOnlyNulls();
    }

    @Test
    void aHeaderLikeRowAboveTheDeclaredHeaderDoesNotMakeTheRowsBetweenThemPeople() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        month(wb, "Enero", 1, JANUARY, 0, "Quispe Mamani, Juan Carlos", "Choque Flores, Rosa");
        Sheet s = wb.getSheet("Enero");
        Row copy = s.getRow(0);
        for (int i = 0; i < JANUARY.length; i++) {
            copy.createCell(i).setCellValue(JANUARY[i]); // row 1: the column names written above as a title
        }
        s.createRow(1).createCell(1).setCellValue("Lista en revisión");
        IngestSink sink = read(write(wb), 3);

        assertThat(names(sink)).containsExactly("Enero/4 Quispe Mamani, Juan Carlos", "Enero/5 Choque Flores, Rosa");
        assertThat(sink.warnings()).isEmpty();
        SourceAccount account = sink.account("registro.xlsx");
        assertThat(account.rejected()).isZero();
        assertThat(account.ignored()).containsEntry("title", 2).containsEntry("header", 1);
        assertThat(account.balanced()).as(account.toString()).isTrue();
    }

    @Test
    void withoutHeaderRowEachMonthsHeaderIsFoundWhereItIsWithoutAWarning() throws Exception {
        IngestSink sink = read(workbook(2), null);

        assertThat(sink.records()).hasSize(7);
        assertThat(sink.warnings()).isEmpty();
        assertThat(sink.account("registro.xlsx").balanced()).isTrue();
    }

    @Test
    void aMonthHoldingATableWhoseHeaderIsNowhereIsAFileProblemNamingTheSheet() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        month(wb, "Enero", 1, JANUARY, 0, "Quispe Mamani, Juan Carlos");
        month(wb, "Marzo", 2, new String[] {"Nro", "Nombre completo", "Documento", "Estado"}, 20, "Huanca Ticona, Marcelo",
                "Callisaya Poma, Lidia", "Yujra Nina, René");
        notes(wb);
        IngestSink sink = read(write(wb), 3);

        assertThat(sink.records()).hasSize(1);
        assertThat(sink.account("registro.xlsx").problem()).contains("sheet 'Marzo'", "holds a table");
        assertThat(sink.account("registro.xlsx").sheets()).extracting(s -> s.sheet() + " " + s.outcome())
                .containsExactly("Enero read", "Marzo problem", "Notas ignored");
    }

    @Test
    void aMonthWithARenamedColumnOnItsHeaderRowIsStillAProblemNamingTheColumn() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        month(wb, "Enero", 1, JANUARY, 0, "Quispe Mamani, Juan Carlos");
        month(wb, "Marzo", 1, new String[] {"N°", "APELLIDOS, Nombres", "CI", "Situación"}, 20, "Huanca Ticona, Marcelo");
        IngestSink sink = read(write(wb), 3);

        assertThat(sink.account("registro.xlsx").problem()).contains("sheet 'Marzo'", "[C.I.]");
        assertThat(sink.warnings()).isEmpty();
    }

    @Test
    void eachMonthNumbersItsOwnRowsTheLaterSheetsReferencesNamingTheirSheetWithoutRepeatProblems() throws Exception {
        IngestSink sink = read(workbook(1), 3);

        assertThat(sink.records()).extracting(SourceRecord::recordRef)
                .containsExactly("1", "2", "1@Febrero", "2@Febrero", "1@Marzo", "2@Marzo", "3");
        assertThat(sink.fieldProblems()).isEmpty();
    }

    @Test
    void aNumberRepeatedWithinOneMonthIsStillARepeatNamedWithItsSheet() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        month(wb, "Enero", 1, JANUARY, 0, "Quispe Mamani, Juan Carlos", "Choque Flores, Rosa");
        month(wb, "Febrero", 1, JANUARY, 10, "Condori Apaza, Wilfredo", "Mamani Limachi, Elena", "Yujra Nina, René");
        wb.getSheet("Febrero").getRow(5).getCell(0).setCellValue(2); // Febrero's third row numbered 2 again
        IngestSink sink = read(write(wb), 3);

        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "1@Febrero", "2@Febrero", "2@row 6");
        assertThat(sink.fieldProblems()).singleElement().satisfies(p -> assertThat(p.location()).contains("sheet 'Febrero'", "row 6"));
    }

    @Test
    void aSumanRowUnderAMonthIsATotalsRowNotAPersonNamedSuman() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        month(wb, "Enero", 1, JANUARY, 0, "Quispe Mamani, Juan Carlos", "Choque Flores, Rosa");
        Row suman = wb.getSheet("Enero").createRow(6);
        suman.createCell(1).setCellValue("Suman");
        suman.createCell(2).setCellValue(2);
        IngestSink sink = read(write(wb), 3);

        assertThat(names(sink)).containsExactly("Enero/4 Quispe Mamani, Juan Carlos", "Enero/5 Choque Flores, Rosa");
        assertThat(sink.claims()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("stated-total");
            assertThat(c.value()).isEqualTo(2);
            assertThat(c.sheet()).isEqualTo("Enero");
        });
        assertThat(sink.account("registro.xlsx").ignored()).containsEntry("totals", 1);
        assertThat(sink.account("registro.xlsx").balanced()).isTrue();
    }
}
