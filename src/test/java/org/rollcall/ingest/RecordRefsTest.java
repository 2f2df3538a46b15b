package org.rollcall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rollcall.config.SourceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.domain.Problem;

/** Every record's reference (entities.csv record_id) is unique within its source and stable from run to run. */
class RecordRefsTest {

    @TempDir
    Path dir;

    private IngestSink read(String text) throws Exception {
        Path file = dir.resolve("ngo.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        IngestSink sink = new IngestSink(Sources.ngoCsv());
        new CsvReader().read(sink.source(), file, "ngo.csv", sink);
        return sink;
    }

    private static final String LIST = """
            Nº,Nombre,Cédula
            1,"PÉREZ, Ana",V-1234567
            2,"GÓMEZ, Luis",V-2345678
            2,"MORA, Inés",V-3456789
            ,"ROJAS, Pedro",V-4567890
            4,"DÍAZ, Juan",V-5678901
            5,"SALAS, Nelson; BRICEÑO, Carmen",
            """;

    @Test
    void aRepeatedNumberGetsARowBasedReferenceAndIsAFieldProblem() throws Exception {
        IngestSink sink = read(LIST);
        // the second "2" (line 4) is referenced by its line; the first keeps its number
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "2@row 4", "row 5", "4", "5/1", "5/2");
        assertThat(sink.fieldProblems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.FIELD);
            assertThat(p.location()).isEqualTo("ngo.csv, row 4");
            assertThat(p.message()).contains("'Nº'").contains("'2'").contains("row 3").contains("'2@row 4'").contains("give each row its own number");
        });
    }

    @Test
    void aBlankNumberCannotTakeTheNumberOfAnotherRow() throws Exception {
        // given a blank Nº on data row 4 and a real Nº 4 below it (the data row was the fallback, and collided)
        IngestSink sink = read(LIST);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).doesNotHaveDuplicates().contains("row 5", "4");
    }

    @Test
    void referencesAreTheSameOnASecondReading() throws Exception {
        assertThat(read(LIST).records()).extracting(SourceRecord::recordRef)
                .isEqualTo(read(LIST).records().stream().map(SourceRecord::recordRef).toList());
    }

    @Test
    void twoFilesOfOneSourceEachNumberTheirOwnRowsWithoutAProblem() throws Exception {
        // given two dated snapshots of one list, both numbered from 1 (a glob matching both), the second repeating 2 itself
        Files.writeString(dir.resolve("ngo-1.csv"), "Nº,Nombre,Cédula\n1,\"PÉREZ, Ana\",V-1234567\n2,\"GÓMEZ, Luis\",V-2345678\n");
        Files.writeString(dir.resolve("ngo-2.csv"), "Nº,Nombre,Cédula\n1,\"PÉREZ, Ana\",V-1234567\n2,\"GÓMEZ, Luis\",V-2345678\n"
                + "2,\"MORA, Inés\",V-3456789\n");
        IngestSink sink = new IngestSink(Sources.ngoCsv());
        new CsvReader().read(sink.source(), dir.resolve("ngo-1.csv"), "ngo-1.csv", sink);
        new CsvReader().read(sink.source(), dir.resolve("ngo-2.csv"), "ngo-2.csv", sink);
        // then every reference is unique, the second file's by its name, and only the repeat inside ngo-2.csv is a problem
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "1@ngo-2.csv", "2@ngo-2.csv", "2@row 4");
        assertThat(sink.fieldProblems()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("ngo-2.csv, row 4"));
    }

    @Test
    void twoCommuniquesOfOneSourceEachNumberTheirOwnEntriesAndEveryReferenceIsUnique() throws Exception {
        // given two communiqués of one source, each listing its beneficiaries from 1 (trial 10: both numbered 1–5)
        Files.writeString(dir.resolve("c-18.txt"), "Se otorga la amnistía a dos (2) ciudadanos.\n\n1.- ANA PÉREZ C.I. V-1.234.567\n"
                + "2.- LUIS GÓMEZ C.I. V-2.345.678\n");
        Files.writeString(dir.resolve("c-21.txt"), "Se otorga la amnistía a dos (2) ciudadanos más.\n\n1.- INÉS MORA C.I. V-3.456.789\n"
                + "2.- PEDRO ROJAS C.I. V-4.567.890\n");
        IngestSink sink = new IngestSink(Sources.communique());
        new CommuniqueReader().read(sink.source(), dir.resolve("c-18.txt"), "c-18.txt", sink);
        new CommuniqueReader().read(sink.source(), dir.resolve("c-21.txt"), "c-21.txt", sink);
        // then the first file's entries keep their positions, the second's carry its name, as a second NGO file's rows do
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "1@c-21.txt", "2@c-21.txt");
        assertThat(sink.fieldProblems()).isEmpty();
    }

    /** A workbook of one sheet "Detenidos" numbering 1, 2, 2 (the repeat on row 4), and a notes sheet when asked. */
    private Path detenidos(String name, boolean notes) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Detenidos");
            String[][] rows = {{"N°", "Apellidos y nombres", "Cédula", "Fecha de detención"}, {"1", "ROJAS PAZ, Ana", "V-10000001"},
                {"2", "SOSA LARA, Beto", "V-10000002"}, {"2", "DIAZ MORA, Carla", "V-10000003"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            if (notes) {
                wb.createSheet("Notas").createRow(0).createCell(0).setCellValue("Lista del equipo de datos");
            }
            wb.write(out);
        }
        return file;
    }

    private IngestSink readTwoDatedWorkbooks(SourceDefinition source, boolean notes) throws Exception {
        IngestSink sink = new IngestSink(source);
        for (String name : new String[] {"detenidos-2025-03-01.xlsx", "detenidos-2025-03-15.xlsx"}) {
            new XlsxReader().read(source, detenidos(name, notes), "input/" + name, sink);
        }
        return sink;
    }

    @Test
    void twoDatedSingleSheetWorkbooksKeepTheReferencesTheyHadBeforeSheetsWereNamed() throws Exception {
        // given two dated one-sheet workbooks of one source, each repeating N° 2 on row 4 (review case refs)
        IngestSink sink = readTwoDatedWorkbooks(Sources.ngoXlsx(null), false);
        // then the references are those of rollcall before sheets were named in them (dcdb6d4): no sheet's name in any
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "2@row 4",
                "1@detenidos-2025-03-15.xlsx", "2@detenidos-2025-03-15.xlsx", "2@input/detenidos-2025-03-15.xlsx row 4");
    }

    @Test
    void aWildcardSheetMatchingOneListSheetKeepsTheSingleSheetReferences() throws Exception {
        SourceDefinition source = Sources.ngoXlsx(null);
        SourceDefinition wildcard = new SourceDefinition(source.id(), source.kind(), source.path(), source.format(), "*", null, null, null,
                source.columns(), source.dateFormats(), null, java.util.Map.of(), java.util.Map.of());
        IngestSink sink = readTwoDatedWorkbooks(wildcard, true);
        assertThat(sink.records()).extracting(SourceRecord::recordRef).containsExactly("1", "2", "2@row 4",
                "1@detenidos-2025-03-15.xlsx", "2@detenidos-2025-03-15.xlsx", "2@input/detenidos-2025-03-15.xlsx row 4");
    }
}
