package org.rollcall.ingest;

import java.util.List;
import java.util.Map;
import org.rollcall.config.SourceDefinition;
import org.rollcall.config.SourceFormat;
import org.rollcall.domain.SourceKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Field;

class XlsxReaderTest {

    @TempDir
    Path dir;

    /** A volunteer's sheet: a title, a blank row, the header on row 4, messy rows, a totals row. */
    private Path messyWorkbook() throws Exception {
        Path file = dir.resolve("ngo.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet s = wb.createSheet("Detenidos");
            s.createRow(0).createCell(0).setCellValue("LISTADO DE PRESOS POLÍTICOS");
            Row h = s.createRow(3);
            String[] header = {"N°", "APELLIDOS Y NOMBRES", "CÉDULA", "FECHA DE DETENCIÓN"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row a = s.createRow(4);
            a.createCell(0).setCellValue(1);
            a.createCell(1).setCellValue("PEREZ GONZALEZ, JOSE GREGORIO");
            a.createCell(2).setCellValue(12345678);
            a.createCell(3).setCellValue(LocalDate.of(2025, 8, 3));
            a.getCell(3).setCellStyle(date);
            Row b = s.createRow(5);
            b.createCell(0).setCellValue(2);
            b.createCell(2).setCellValue("S/C");
            Row c = s.createRow(7);
            c.createCell(0).setCellValue(3);
            c.createCell(1).setCellValue("María Rodríguez");
            c.createCell(2).setCellValue("S/C");
            c.createCell(3).setCellValue("03/08/2025");
            Row empty = s.createRow(8);
            empty.createCell(0).setCellValue(4);
            Row total = s.createRow(10);
            total.createCell(0).setCellValue("TOTAL");
            total.createCell(2).setCellValue(3);
            wb.createSheet("Notas").createRow(0).createCell(0).setCellValue("notas");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void readsRowsBelowTheHeaderWithProvenance() throws Exception {
        IngestSink sink = new IngestSink(Sources.ngoXlsx(4));
        new XlsxReader().read(sink.source(), messyWorkbook(), "ngo.xlsx", sink);

        assertThat(sink.records()).hasSize(2);
        SourceRecord first = sink.records().get(0);
        assertThat(first.row()).isEqualTo(5);
        assertThat(first.sheet()).isEqualTo("Detenidos");
        assertThat(first.recordRef()).isEqualTo("1");
        assertThat(first.value(Field.FULL_NAME)).isEqualTo("PEREZ GONZALEZ, JOSE GREGORIO");
        assertThat(first.value(Field.ID_NUMBER)).as("a number cell loses its .0").isEqualTo("12345678");
        assertThat(first.value(Field.DETENTION_DATE)).as("a real date cell becomes ISO").isEqualTo("2025-08-03");
        assertThat(sink.records().get(1).value(Field.DETENTION_DATE)).isEqualTo("03/08/2025");
    }

    @Test
    void findsTheHeaderWhenNoRowIsConfigured() throws Exception {
        IngestSink sink = new IngestSink(Sources.ngoXlsx(null));
        new XlsxReader().read(sink.source(), messyWorkbook(), "ngo.xlsx", sink);
        assertThat(sink.records()).hasSize(2);
    }

    @Test
    void rowWithoutNameOrIdIsRejectedWithItsReasonAndOthersAreKept() throws Exception {
        IngestSink sink = new IngestSink(Sources.ngoXlsx(4));
        new XlsxReader().read(sink.source(), messyWorkbook(), "ngo.xlsx", sink);

        assertThat(sink.rejected()).extracting(RejectedRow::row).containsExactly(6, 9);
        assertThat(sink.rejected().get(0).reason()).contains("no name, and ID number 'S/C' is not a cédula");
        assertThat(sink.rejected().get(1).reason()).contains("no name and no ID number");
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "3");
    }

    @Test
    void namedRowWithAMalformedIdIsKept() throws Exception {
        IngestSink sink = new IngestSink(Sources.ngoXlsx(4));
        new XlsxReader().read(sink.source(), messyWorkbook(), "ngo.xlsx", sink);
        assertThat(sink.records()).anySatisfy(r -> {
            assertThat(r.row()).isEqualTo(8);
            assertThat(r.value(Field.ID_NUMBER)).isEqualTo("S/C");
        });
    }

    @Test
    void totalsRowBecomesAStatedFigureNotAPerson() throws Exception {
        IngestSink sink = new IngestSink(Sources.ngoXlsx(4));
        new XlsxReader().read(sink.source(), messyWorkbook(), "ngo.xlsx", sink);
        assertThat(sink.claims()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("stated-total");
            assertThat(c.value()).isEqualTo(3);
            assertThat(c.line()).isEqualTo(11);
        });
    }

    @Test
    void missingSheetIsNamedWithTheSheetsThatExist() throws Exception {
        Path file = messyWorkbook();
        var source = new SourceDefinition("ngo", SourceKind.NGO_LIST, "ngo.xlsx",
                SourceFormat.XLSX, "Hoja1", 4, null, null, Sources.ngoXlsx(4).columns(), List.of(), null, Map.of(), Map.of());
        IngestSink sink = new IngestSink(source);
        assertThatThrownBy(() -> new XlsxReader().read(source, file, "ngo.xlsx", sink))
                .hasMessageContaining("'Hoja1'").hasMessageContaining("Detenidos").hasMessageContaining("Notas");
    }

    @Test
    void fileThatIsNotAWorkbookSaysSo() throws Exception {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "this is not a workbook");
        IngestSink sink = new IngestSink(Sources.ngoXlsx(4));
        assertThatThrownBy(() -> new XlsxReader().read(sink.source(), file, "fake.xlsx", sink))
                .isInstanceOf(SourceReadException.class).hasMessageContaining("cannot be read as an .xlsx workbook");
    }

    private static SourceDefinition withColumns(Map<Field, String> columns) {
        SourceDefinition s = Sources.ngoXlsx(null);
        return new SourceDefinition(s.id(), s.kind(), s.path(), s.format(), s.sheet(), null, null, null, columns, s.dateFormats(), null,
                Map.of(), Map.of());
    }

    @Test
    void ordinalSignAndDegreeSignNameOneColumn() throws Exception {
        SourceDefinition source = withColumns(Map.of(Field.RECORD_REF, "Nº", Field.FULL_NAME, "Apellidos y nombres", Field.ID_NUMBER, "Cédula"));
        IngestSink sink = new IngestSink(source);
        new XlsxReader().read(source, messyWorkbook(), "ngo.xlsx", sink);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).contains("1", "3");
    }

    @Test
    void aMisspeltColumnLeavesTheLikeliestHeaderRowSoTheColumnIsNamedWithTheClosestHeader() throws Exception {
        SourceDefinition source = withColumns(Map.of(Field.RECORD_REF, "N°", Field.FULL_NAME, "Apellido y nombres", Field.ID_NUMBER, "Cédula",
                Field.DETENTION_DATE, "Fecha de detención"));
        List<String> header = new XlsxReader().header(source, messyWorkbook());
        assertThat(header).as("row 4 holds three of the four mapped columns").contains("APELLIDOS Y NOMBRES");
        assertThat(ColumnMap.missing(source.columns(), header)).containsOnlyKeys(Field.FULL_NAME);
        assertThat(ColumnMap.closest("Apellido y nombres", header)).isEqualTo("APELLIDOS Y NOMBRES");
        assertThat(ColumnMap.closest("Profesión", header)).as("nothing close").isNull();
    }
}
